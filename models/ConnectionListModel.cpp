#include "ConnectionListModel.h"

#include "ConnectionManager.h"
#include "ConnectionStore.h"

#include <QLocale>

namespace sfconnect {

namespace {

QString environmentText(LoginEnvironment::Kind kind)
{
    switch (kind) {
    case LoginEnvironment::Kind::Production:
        return QCoreApplication::translate("sfconnect::ConnectionListModel", "Production");
    case LoginEnvironment::Kind::Sandbox:
        return QCoreApplication::translate("sfconnect::ConnectionListModel", "Sandbox");
    case LoginEnvironment::Kind::Custom:
        break;
    }
    return QCoreApplication::translate("sfconnect::ConnectionListModel", "Custom domain");
}

} // namespace

ConnectionListModel::ConnectionListModel(ConnectionStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
    connect(store, &ConnectionStore::connectionAdded, this, &ConnectionListModel::onAdded);
    connect(store, &ConnectionStore::connectionChanged, this, &ConnectionListModel::onChanged);
    connect(store, &ConnectionStore::connectionRemoved, this, &ConnectionListModel::onRemoved);
    connect(store, &ConnectionStore::reloaded, this, &ConnectionListModel::reload);
}

void ConnectionListModel::setManager(ConnectionManager *manager)
{
    connect(manager, &ConnectionManager::statusChanged, this,
            [this](const QUuid &id, ConnectionStatus status) {
                if (status == ConnectionStatus::Checking || status == ConnectionStatus::Refreshing)
                    m_live.insert(id, status);
                else
                    m_live.remove(id);
                if (const QModelIndex at = indexOf(id); at.isValid())
                    emit dataChanged(
                        at, at, {StatusRole, StatusTextRole, StatusIconRole, NeedsAttentionRole});
            });
}

void ConnectionListModel::reload()
{
    beginResetModel();
    m_rows = m_store->connections();
    endResetModel();
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EnvironmentColumn:
        return tr("Environment");
    case MethodColumn:
        return tr("Method");
    case UserColumn:
        return tr("User");
    case StatusColumn:
        return tr("Status");
    case LastCheckedColumn:
        return tr("Last checked");
    default:
        return {};
    }
}

QModelIndex ConnectionListModel::indexOf(const QUuid &id) const
{
    // A row cache that checks itself: a stale or missing entry rebuilds it once.
    auto lookup = [this, &id]() -> QModelIndex {
        const auto it = m_rowOf.constFind(id);
        if (it != m_rowOf.cend() && *it < m_rows.size() && m_rows.at(*it).id == id)
            return index(*it, 0);
        return {};
    };
    if (const QModelIndex at = lookup(); at.isValid())
        return at;
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, row);
    return lookup();
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Connection &c = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case EnvironmentColumn:
            return environmentText(c.environment);
        case MethodColumn:
            return authMethodLabel(c.method);
        case UserColumn:
            return c.username;
        case StatusColumn:
            return connectionStatusText(statusOf(c));
        case LastCheckedColumn:
            return c.lastCheckedAt.isValid()
                       ? QLocale().toString(c.lastCheckedAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("never");
        default:
            return c.name;
        }
    }
    switch (role) {
    case NameRole:
        return c.name;
    case Qt::ToolTipRole:
        return c.lastErrorText.isEmpty() ? connectionStatusText(statusOf(c)) : c.lastErrorText;
    case IdRole:
        return c.id;
    case EnvironmentRole:
        return c.loginEnvironment().kindName();
    case EnvironmentTextRole:
        return environmentText(c.environment);
    case LoginUrlRole:
        return c.loginUrl.toString();
    case MethodRole:
        return authMethodKey(c.method);
    case MethodTextRole:
        return authMethodLabel(c.method);
    case UsernameRole:
        return c.username;
    case InstanceRole:
        return c.instanceUrl;
    case OrgIdRole:
        return c.orgId;
    case ApiVersionRole:
        return c.apiVersion;
    case StatusRole:
        return int(statusOf(c));
    case StatusTextRole:
        return connectionStatusText(statusOf(c));
    case StatusIconRole:
        return connectionStatusIcon(statusOf(c));
    case NeedsAttentionRole:
        return connectionStatusNeedsAttention(statusOf(c));
    case LastCheckedRole:
        return c.lastCheckedAt;
    case LastErrorRole:
        return c.lastErrorText;
    case ConnectionRole:
        return QVariant::fromValue(c);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "id"},
                  {NameRole, "name"},
                  {EnvironmentRole, "environment"},
                  {EnvironmentTextRole, "environmentText"},
                  {LoginUrlRole, "loginUrl"},
                  {MethodRole, "method"},
                  {MethodTextRole, "methodText"},
                  {UsernameRole, "username"},
                  {InstanceRole, "instance"},
                  {OrgIdRole, "orgId"},
                  {ApiVersionRole, "apiVersion"},
                  {StatusRole, "status"},
                  {StatusTextRole, "statusText"},
                  {StatusIconRole, "statusIcon"},
                  {NeedsAttentionRole, "needsAttention"},
                  {LastCheckedRole, "lastChecked"},
                  {LastErrorRole, "lastError"},
                  {ConnectionRole, "connection"}});
    return names;
}

void ConnectionListModel::onAdded(const QUuid &id)
{
    const Connection *c = m_store->find(id);
    if (!c || indexOf(id).isValid())
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows << *c;
    endInsertRows();
}

void ConnectionListModel::onChanged(const QUuid &id)
{
    const Connection *c = m_store->find(id);
    const QModelIndex at = indexOf(id);
    if (!c || !at.isValid())
        return;
    m_rows[at.row()] = *c;
    emit dataChanged(at, at.siblingAtColumn(ColumnCount - 1));
}

void ConnectionListModel::onRemoved(const QUuid &id)
{
    const QModelIndex at = indexOf(id);
    if (!at.isValid())
        return;
    m_live.remove(id);
    beginRemoveRows({}, at.row(), at.row());
    m_rows.removeAt(at.row());
    endRemoveRows();
}

ConnectionFilterModel::ConnectionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConnectionListModel::NameRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void ConnectionFilterModel::setFilterText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

bool ConnectionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int role : {ConnectionListModel::NameRole, ConnectionListModel::UsernameRole,
                     ConnectionListModel::InstanceRole, ConnectionListModel::LoginUrlRole,
                     ConnectionListModel::EnvironmentTextRole, ConnectionListModel::MethodTextRole,
                     ConnectionListModel::StatusTextRole}) {
        if (i.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ConnectionFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (sortRole() == ConnectionListModel::LastCheckedRole)
        return left.data(sortRole()).toDateTime() < right.data(sortRole()).toDateTime();
    if (sortRole() == ConnectionListModel::StatusRole)
        return left.data(sortRole()).toInt() < right.data(sortRole()).toInt();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace sfconnect
