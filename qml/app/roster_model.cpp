#include "roster_model.hpp"

#include "pinyin.hpp"

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || role <= Qt::UserRole || role > PhoneRole)
        return {};
    const hx::Person& p = *m_shown[static_cast<size_t>(index.row())];
    // The roles follow personFields() order: id, name, sex, birth, ethnicity, party, education, workplace, post, phone.
    const auto& field = hx::personFields()[static_cast<size_t>(role - IdRole)];
    return QString::fromStdString(p.*field.member);
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    QHash<int, QByteArray> roles;
    int role = IdRole;
    for (const auto& f : hx::personFields())
        roles[role++] = f.key == std::string("id") ? QByteArray("personId") : QByteArray(f.key);
    return roles;
}

void RosterModel::reset(const hx::Roster& roster)
{
    beginResetModel();
    m_all.clear();
    for (const auto& id : roster.order())
        m_all.push_back(*roster.find(id));
    filter();
    endResetModel();
    emit countChanged();
}

void RosterModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    beginResetModel();
    m_query = query;
    filter();
    endResetModel();
    emit countChanged();
}

void RosterModel::filter()
{
    m_shown.clear();
    const std::string q = m_query.trimmed().toStdString();
    for (const auto& p : m_all)
        if (q.empty() || hx::nameMatches(p.id, p.name, q))
            m_shown.push_back(&p);
}

QVariantMap RosterModel::person(const QString& id) const
{
    QVariantMap out;
    for (const auto& p : m_all)
        if (p.id == id.toStdString())
            for (const auto& f : hx::personFields())
                out[QString::fromUtf8(f.key)] = QString::fromStdString(p.*f.member);
    return out;
}
