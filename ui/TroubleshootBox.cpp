#include "TroubleshootBox.h"

#include "KnowledgeBase.h"
#include "SupportReport.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPushButton>

namespace sfconnect {

QMessageBox *TroubleshootBox::open(QWidget *parent, const Connection &c, ConnectionStatus status)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("troubleshootBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(connectionStatusNeedsAttention(status) ? QMessageBox::Warning
                                                        : QMessageBox::Information);
    box->setWindowTitle(tr("Troubleshoot %1").arg(c.name));
    if (c.lastErrorProblemId.isEmpty()) {
        box->setText(tr("\"%1\" is %2 and has no problem on record. Check it to see how it is now.")
                         .arg(c.name, connectionStatusText(status)));
    } else {
        const KnownProblem *known = KnowledgeBase::match(c.lastErrorProblemId);
        box->setText(tr("\"%1\": %2").arg(c.name, c.lastErrorText));
        box->setInformativeText(known
                                    ? KnowledgeBase::describe(*known)
                                    : tr("This problem is not in sfconnect's list yet; the report "
                                         "below tells support what happened."));
    }
    const QString report = SupportReport::text(c, status);
    box->setDetailedText(report);
    QPushButton *copy = box->addButton(tr("&Copy Report"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyReportButton"));
    box->addButton(QMessageBox::Close);
    copy->disconnect(); // copying must not close the box
    QObject::connect(copy, &QPushButton::clicked, box,
                     [report] { QApplication::clipboard()->setText(report); });
    box->open();
    return box;
}

} // namespace sfconnect
