#pragma once

#include <QMainWindow>
#include <QUrl>

class QLabel;

namespace sfconnect {

/// The application's main window: the connections, their status and the actions on them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Tells the window that a local org emulator is running at @p baseUrl (empty: none),
    /// so it can show where it is and how to sign in to it.
    void setEmulatorUrl(const QUrl &baseUrl);

private:
    void showAbout();
    void copyDebugInfo();

    QLabel *m_emptyState = nullptr;
    QLabel *m_emulatorStatus = nullptr;
};

} // namespace sfconnect
