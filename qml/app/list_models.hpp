#pragma once
// The console's lists. Each list is its own QAbstractListModel with its own
// roles (from Qt::UserRole + 1); rows are filled from the engine's state by
// the controllers, never computed in QML.
#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// Rows of named values; subclasses name their roles.
class RowsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    RowsModel(QStringList roles, QObject* parent);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_rows.size()); }
    Q_INVOKABLE QVariantMap get(int row) const { return m_rows.value(row); }
    // Replaces the rows; unchanged rows are left alone so views keep their place.
    void setRows(QList<QVariantMap> rows);

signals:
    void countChanged();

private:
    QStringList m_roles;
    QList<QVariantMap> m_rows;
};

// Agenda items: name, state (done, now, blocked, later), why.
class AgendaModel : public RowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the console's controllers")
public:
    explicit AgendaModel(QObject* parent = nullptr) : RowsModel({"item", "name", "state", "why"}, parent) {}
};

// People at the check-in desk: id, name, status (present, excused, absent), post.
class AttendanceModel : public RowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the console's controllers")
public:
    explicit AttendanceModel(QObject* parent = nullptr) : RowsModel({"personId", "name", "status", "post"}, parent) {}
};

// Meetings of the workspace.
class MeetingListModel : public RowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the console's controllers")
public:
    explicit MeetingListModel(QObject* parent = nullptr) : RowsModel({"meetingId", "title", "kind", "date", "present", "expected"}, parent) {}
};

// Roster import preview rows.
class ImportPreviewModel : public RowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the console's controllers")
public:
    explicit ImportPreviewModel(QObject* parent = nullptr) : RowsModel({"line", "status", "name", "reason"}, parent) {}
};

// The candidates at the ballot desk: number, name, mark (A, O, .), approvals so far.
class DeskModel : public RowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the console's controllers")
public:
    explicit DeskModel(QObject* parent = nullptr) : RowsModel({"number", "candidateId", "name", "mark"}, parent) {}
};

// Double entry: the ballots where the tellers differ.
// Ballots entered in a round, newest first: index (1-based, order entered), summary.
class EntryModel : public RowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the console's controllers")
public:
    explicit EntryModel(QObject* parent = nullptr) : RowsModel({"index", "summary"}, parent) {}
};

class DifferenceModel : public RowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the console's controllers")
public:
    explicit DifferenceModel(QObject* parent = nullptr) : RowsModel({"index", "a", "b"}, parent) {}
};

// Count bars for the results and the projector: name, approve, oppose, abstain, elected, threshold.
class TallyModel : public RowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the console's controllers")
public:
    explicit TallyModel(QObject* parent = nullptr) : RowsModel({"candidateId", "name", "approve", "oppose", "abstain", "elected", "threshold", "valid", "counted", "writeIn"}, parent) {}
};

// Topics of a regular executive meeting: topicId, title, source, outcome, detail, feedback, deliberated.
class TopicModel : public RowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the console's controllers")
public:
    explicit TopicModel(QObject* parent = nullptr)
        : RowsModel({"topicId", "title", "source", "outcome", "detail", "feedback", "deliberated"}, parent) {}
};

// Contests of the meeting: id, office, seats, round, outcome, elected, announced.
class ContestModel : public RowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the console's controllers")
public:
    explicit ContestModel(QObject* parent = nullptr) : RowsModel({"contestId", "office", "seats", "round", "kind", "outcome", "elected", "announced", "voting"}, parent) {}
};

// Files of a document set.
class DocumentModel : public RowsModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("filled by the console's controllers")
public:
    explicit DocumentModel(QObject* parent = nullptr) : RowsModel({"file", "title", "path"}, parent) {}
};

