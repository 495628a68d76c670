#pragma once

#include "Connection.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace sfconnect {

class ConnectionManager;
class ConnectionStore;

/// The saved connections, one row per connection, kept in step with a ConnectionStore. Views
/// read it through named roles (the same in every column) or through its columns.
class ConnectionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        EnvironmentColumn,
        MethodColumn,
        UserColumn,
        StatusColumn,
        LastCheckedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        EnvironmentRole,     ///< "production", "sandbox", "custom"
        EnvironmentTextRole, ///< for people
        LoginUrlRole,
        MethodRole, ///< "web", "byoa", "password", "jwt"
        MethodTextRole,
        UsernameRole,
        InstanceRole,
        OrgIdRole,
        ApiVersionRole,
        StatusRole, ///< ConnectionStatus as int
        StatusTextRole,
        StatusIconRole,
        NeedsAttentionRole,
        LastCheckedRole, ///< QDateTime (UTC), invalid when never checked
        LastErrorRole,
        ConnectionRole, ///< the whole Connection, as a QVariant
    };
    Q_ENUM(Role)

    explicit ConnectionListModel(ConnectionStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows what @p manager is doing (Checking, Refreshing) until each check's result is saved.
    void setManager(ConnectionManager *manager);

    QModelIndex indexOf(const QUuid &id) const;
    Connection connectionAt(int row) const { return m_rows.value(row); }

private:
    void reload();
    void onAdded(const QUuid &id);
    void onChanged(const QUuid &id);
    void onRemoved(const QUuid &id);

    ConnectionStatus statusOf(const Connection &c) const
    {
        return m_live.value(c.id, c.lastStatus);
    }

    ConnectionStore *m_store;
    QList<Connection> m_rows;
    mutable QHash<QUuid, int> m_rowOf; ///< id -> row, checked on every use
    QHash<QUuid, ConnectionStatus> m_live;
};

/// Sorting and filtering for ConnectionListModel: the filter text matches the name, user,
/// instance, login URL, environment and method, case-insensitively.
class ConnectionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ConnectionFilterModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
};

} // namespace sfconnect

Q_DECLARE_METATYPE(sfconnect::Connection)
