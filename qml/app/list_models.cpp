#include "list_models.hpp"

RowsModel::RowsModel(QStringList roles, QObject* parent) : QAbstractListModel(parent), m_roles(std::move(roles)) {}

int RowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RowsModel::data(const QModelIndex& index, int role) const
{
    const int column = role - Qt::UserRole - 1;
    if (!index.isValid() || index.row() >= m_rows.size() || column < 0 || column >= m_roles.size())
        return {};
    return m_rows[index.row()].value(m_roles[column]);
}

QHash<int, QByteArray> RowsModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        names[Qt::UserRole + 1 + static_cast<int>(i)] = m_roles[i].toUtf8();
    return names;
}

void RowsModel::setRows(QList<QVariantMap> rows)
{
    if (rows.size() == m_rows.size()) {
        for (qsizetype i = 0; i < rows.size(); ++i)
            if (rows[i] != m_rows[i]) {
                m_rows[i] = rows[i];
                emit dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
            }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}
