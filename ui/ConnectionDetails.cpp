#include "ConnectionDetails.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace sfconnect {

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)
                       : ConnectionDetails::tr("never");
}

} // namespace

ConnectionDetails::ConnectionDetails(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionDetails"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    layout->addStretch(1);
    add(QStringLiteral("detailsOrg"), tr("Org"));
    add(QStringLiteral("detailsUser"), tr("User"));
    add(QStringLiteral("detailsInstance"), tr("Instance"));
    add(QStringLiteral("detailsLoginUrl"), tr("Login URL"));
    add(QStringLiteral("detailsMethod"), tr("Method"));
    add(QStringLiteral("detailsApi"), tr("API version"));
    add(QStringLiteral("detailsScopes"), tr("Scopes"));
    add(QStringLiteral("detailsLastSignIn"), tr("Last connected"));
    add(QStringLiteral("detailsLastError"), tr("Last error"));
    clear();
}

QLabel *ConnectionDetails::add(const QString &objectName, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setAccessibleName(label);
    m_form->addRow(label, value);
    m_values << value;
    return value;
}

void ConnectionDetails::clear()
{
    m_title->setText(tr("No connection selected"));
    m_status->clear();
    for (QLabel *v : std::as_const(m_values))
        v->clear();
}

void ConnectionDetails::show(const Connection &c, ConnectionStatus status)
{
    m_title->setText(c.name);
    m_status->setText(
        tr("%1 · checked %2").arg(connectionStatusText(status), when(c.lastCheckedAt)));
    m_status->setToolTip(connectionStatusText(status));
    const QStringList values{
        c.orgId.isEmpty() ? tr("not known yet") : c.orgId,
        c.username,
        c.instanceUrl,
        c.loginUrl.toString(),
        authMethodLabel(c.method),
        c.apiVersion.isEmpty() ? tr("not known yet") : QStringLiteral("v") + c.apiVersion,
        c.scopes.join(QLatin1Char(' ')),
        when(c.lastConnectedAt),
        c.lastErrorText.isEmpty() ? tr("none") : c.lastErrorText,
    };
    for (int i = 0; i < m_values.size(); ++i)
        m_values[i]->setText(values.value(i));
}

} // namespace sfconnect
