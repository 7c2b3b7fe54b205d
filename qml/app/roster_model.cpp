#include "roster_model.hpp"

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_people.size());
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const hx::Person& p = m_people[static_cast<size_t>(index.row())];
    const auto q = [](const std::string& s) { return QString::fromStdString(s); };
    switch (role) {
    case IdRole: return q(p.id);
    case NameRole: return q(p.name);
    case SexRole: return q(p.sex);
    case BirthRole: return q(p.birth);
    case PartyRole: return q(p.party);
    case WorkplaceRole: return q(p.workplace);
    case PostRole: return q(p.post);
    default: return {};
    }
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    return {{IdRole, "personId"}, {NameRole, "name"}, {SexRole, "sex"}, {BirthRole, "birth"},
            {PartyRole, "party"}, {WorkplaceRole, "workplace"}, {PostRole, "post"}};
}

void RosterModel::reset(const hx::Roster& roster)
{
    beginResetModel();
    m_people.clear();
    for (const auto& id : roster.order())
        m_people.push_back(*roster.find(id));
    endResetModel();
    emit countChanged();
}
