#include "app_controller.hpp"
#include "qt_text.hpp"

#include "delegate_cards.hpp"
#include "document_set.hpp"
#include "errors.hpp"
#include "key_store.hpp"
#include "signing.hpp"
#include "verify.hpp"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QJSEngine>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QTimer>
#include <QStandardPaths>
#include <QUrl>

#include <filesystem>

namespace {

std::string nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

constexpr qsizetype kRecentKept = 8;

// Puts the workspace first in the user's list of recent workspaces.
void remember(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value("recentWorkspaces").toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue("recentWorkspaces", recent.mid(0, kRecentKept));
}

// Icons and types by name alone. Qt's default provider reads a file's first
// bytes to guess its type; opening and closing the open workspace file from
// this process drops SQLite's POSIX locks on it, and a second program (the
// CLI at another desk) then takes itself for the only one and deletes the
// write-ahead log the console is still writing to: everything after is lost.
class NameOnlyIcons : public QFileIconProvider {
public:
    QIcon icon(const QFileInfo& info) const override { return QFileIconProvider::icon(info.isDir() ? Folder : File); }
    QString type(const QFileInfo& info) const override { return info.isDir() ? QFileIconProvider::type(info) : info.suffix(); }
};

} // namespace

AppController::AppController(QObject* parent) : QObject(parent), m_session(&m_link)
{
    connect(&m_link, &EngineLink::changed, this, [this] {
        // An accepted command removes the cause of the last refusal.
        if (m_messageIsError)
            m_message.clear();
        refresh();
    });
    connect(&m_link, &EngineLink::refused, this, [this](const QString& reason) {
        m_message = reason;
        m_messageIsError = true;
        emit changed();
    });
    // What huixuan-cli writes to the open workspace shows here within a second.
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, &m_link, &EngineLink::poll);
    m_poll.start();
}

AppController::~AppController() = default;

void AppController::fail(const hx::Text& t)
{
    m_message = m_link.say(t);
    m_messageIsError = true;
    emit changed();
}

void AppController::confirm(const QString& text)
{
    m_message = text;
    m_messageIsError = false;
    emit changed();
    // A confirmation fades; an error stays until its cause is gone.
    QTimer::singleShot(6000, this, [this, text] {
        if (!m_messageIsError && m_message == text) {
            m_message.clear();
            emit changed();
        }
    });
}

void AppController::adopt(std::unique_ptr<hx::Workspace> ws, const QString& path)
{
    const hx::VerifyReport r = ws->journal().verify();
    m_link.setWorkspace(nullptr);
    m_ws = std::move(ws);
    m_path = path;
    m_session.scan()->setWorkspacePath(path);
    m_journalValid = r.ok;
    m_journalStatus = r.ok ? m_link.say({"日志完整：" + std::to_string(r.events) + " 条事件", "journal intact: " + std::to_string(r.events) + " events"})
                           : m_link.say(r.problem);
    m_message.clear();
    m_identity = m_ws->journal().firstHash(); // read once: hasSigningKey is asked after every ballot
    m_link.setWorkspace(m_ws.get());
    remember(path);
    // Reopening returns to where the work was: the last meeting that is not finished.
    const auto& order = m_ws->state().meetingOrder;
    for (auto it = order.rbegin(); it != order.rend(); ++it)
        if (m_ws->state().meetings.at(*it).kind != "first_plenary") {
            m_session.setMeeting(q(*it));
            break;
        }
    listDocuments();
    emit workspaceOpened();
}

bool AppController::openWorkspace(const QString& pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    try {
        adopt(std::make_unique<hx::Workspace>(hx::Workspace::open(path.toStdString(), nowIso)), path);
        return true;
    } catch (const hx::Error& e) {
        fail(e.text());
        return false;
    }
}

bool AppController::createWorkspace(const QString& pathOrUrl, const QString& name, const QString& kind,
                                    const QString& partyOrganisation, const QString& upperFederation)
{
    QString path = localPath(pathOrUrl);
    if (!path.endsWith(".huixuan"))
        path += ".huixuan";
    const hx::Json fed = {{"name", name.trimmed().toStdString()}, {"kind", kind.toStdString()},
                          {"party_organisation", partyOrganisation.trimmed().toStdString()}, {"upper_federation", upperFederation.trimmed().toStdString()}};
    if (const hx::Text problem = hx::checkFederation(hx::federationFromJson(fed)); !problem.empty()) {
        fail(problem);
        return false;
    }
    try {
        auto ws = std::make_unique<hx::Workspace>(hx::Workspace::create(path.toStdString(), nowIso));
        if (const hx::Verdict v = ws->execute({{"do", "create_federation"}, {"federation", fed}}); !v.accepted()) {
            fail(v.refusal);
            return false;
        }
        adopt(std::move(ws), path);
        return true;
    } catch (const hx::Error& e) {
        fail(e.text());
        return false;
    }
}

QStringList AppController::recentWorkspaces() const
{
    QStringList out;
    for (const QString& path : QSettings().value("recentWorkspaces").toStringList())
        if (QFileInfo::exists(path))
            out << path;
    return out;
}

std::unique_ptr<QFileDialog> AppController::fileDialog(const QString& mode, const QString& title, const QString& filter, const QString& suffix)
{
    auto dialog = std::make_unique<QFileDialog>(nullptr, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
    dialog->setObjectName("fileDialog");
    dialog->setOption(QFileDialog::DontUseNativeDialog); // the icon provider below must be the one that runs
    static NameOnlyIcons icons;
    dialog->setIconProvider(&icons);
    const bool save = mode == "save";
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : mode == "folder" ? QFileDialog::Directory : QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::ShowDirsOnly, mode == "folder");
    if (!suffix.isEmpty())
        dialog->setDefaultSuffix(suffix);
    return dialog;
}

QString AppController::askFile(const QString& mode, const QString& title, const QString& filter, const QString& suffix)
{
    const auto dialog = fileDialog(mode, title, filter, suffix);
    if (dialog->exec() != QDialog::Accepted || dialog->selectedFiles().isEmpty())
        return {};
    return dialog->selectedFiles().constFirst();
}

QUrl AppController::documentsLocation() const
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

hx::KeyPaths AppController::keyPaths() const
{
    return hx::signingKeyPaths(m_path.toStdString(), m_identity);
}

bool AppController::hasSigningKey() const
{
    return m_ws && QFileInfo::exists(q(keyPaths().key));
}

bool AppController::createSigningKey(const QString& passphrase)
{
    if (!m_ws)
        return false;
    try {
        const auto now = QDateTime::currentSecsSinceEpoch();
        // A new key goes to the user's key store, not beside the workspace (which may be on a shared drive).
        const hx::KeyPaths k = hx::newStoreKeyPaths(m_identity);
        hx::saveIdentity(hx::createIdentity(federationName().toStdString(), now - 86400, 3650), k.key, k.cert, passphrase.toStdString());
        confirm(m_link.say({"已生成签名密钥（口令加密，仅本人可读）", "signing key created (passphrase-encrypted, owner-only)"}));
        return true;
    } catch (const hx::Error& e) {
        fail(e.text());
        return false;
    }
}

bool AppController::createMeeting(const QVariantMap& meeting, const QStringList& expected, const QVariantMap& method)
{
    if (!m_ws)
        return false;
    hx::Json m = EngineLink::toJson(meeting);
    const std::string kind = m.value("kind", "");
    const bool fromRegister = !m_ws->state().executives.empty() && (kind == "executive_meeting" || kind == "executive_by_election");
    hx::Json ids = hx::Json::array();
    if (expected.isEmpty())
        for (const auto& id : m_ws->state().roster.order())
            ids.push_back(id);
    for (const auto& id : expected)
        ids.push_back(id.toStdString());
    if (!fromRegister || !expected.isEmpty())
        m["expected"] = ids; // else the engine takes the register's serving executives
    m["method"] = EngineLink::toJson(method);
    if (!m_link.run({{"do", "create_meeting"}, {"meeting", m}}).isEmpty())
        return false;
    m_session.setMeeting(meeting.value("id").toString());
    return true;
}

QString AppController::explainSetting(const QString& key, const QVariant& value) const
{
    const QString v = value.toString();
    const bool zh = !english();
    if (key == "quorum")
        return zh ? (v == "at_least" ? QStringLiteral("到会人数达到应到人数的三分之二（含本数）即可选举。") : QStringLiteral("到会人数须超过应到人数的三分之二方可选举（默认）。"))
                  : (v == "at_least" ? QStringLiteral("Voting needs at least two thirds of the expected.") : QStringLiteral("Voting needs more than two thirds of the expected (default)."));
    if (key == "tie")
        return zh ? (v == "fewer_oppose_then_revote" ? QStringLiteral("末位得票相等时，不赞成票少者当选；仍相等再投票。") : QStringLiteral("末位得票相等时，就相等者再次投票（默认）。"))
                  : (v == "fewer_oppose_then_revote" ? QStringLiteral("A tie goes to fewer oppositions, then a re-vote.") : QStringLiteral("A tie is re-voted among the tied (default)."));
    if (key == "shortfall")
        return zh ? (v == "none" ? QStringLiteral("当选人数不足时不再另行选举。") : v == "reduce_seats" ? QStringLiteral("当选人数不足时，经记录的决定减少名额。") : QStringLiteral("当选人数不足时，对不足名额另行选举（默认）。"))
                  : (v == "none" ? QStringLiteral("No further round after a shortfall.") : v == "reduce_seats" ? QStringLiteral("After a shortfall the seats are reduced by recorded decision.") : QStringLiteral("A shortfall is filled by a supplementary round (default)."));
    if (key == "marks")
        return zh ? (v == "tick_cross_circle" ? QStringLiteral("赞成划√，不赞成划×，弃权划〇。") : QStringLiteral("赞成划○，不赞成划×，弃权不划（默认）。"))
                  : (v == "tick_cross_circle" ? QStringLiteral("√ approve, × oppose, 〇 abstain.") : QStringLiteral("○ approve, × oppose, blank abstain (default)."));
    if (key == "name_order")
        return zh ? (v == "full_name" ? QStringLiteral("按姓名笔画排序：田大利在田富之前。") : QStringLiteral("按姓氏笔画排序：田富在田大利之前（默认）。"))
                  : (v == "full_name" ? QStringLiteral("Full-name strokes: 田大利 before 田富.") : QStringLiteral("Surname strokes: 田富 before 田大利 (default)."));
    return {};
}

QString AppController::federationName() const
{
    return m_ws && m_ws->state().federation ? q(m_ws->state().federation->name) : QString();
}

QString AppController::federationKind() const
{
    return m_ws && m_ws->state().federation ? q(hx::federationKindLabel(m_ws->state().federation->kind)) : QString();
}

QString AppController::documentsFolder() const
{
    if (!m_ws || m_session.meetingId().isEmpty())
        return {};
    // Named as an office files them: beside the workspace, one folder per meeting, by date and title.
    const hx::Meeting* m = m_ws->state().meeting(m_session.meetingId().toStdString());
    QString name = m ? q(m->date + " " + m->title) : m_session.meetingId();
    name.replace('/', QChar(0xFF0F)).replace(QChar(0), QChar(' '));
    const QFileInfo info(m_path);
    return info.absolutePath() + "/" + info.completeBaseName() + m_link.say({"-文件/", "-documents/"}) + name.left(120);
}

void AppController::listDocuments()
{
    QList<QVariantMap> rows;
    // No folder yet, nothing listed (QDir of "" would list the current folder).
    const QString folder = documentsFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        m_documents.setRows(rows);
        return;
    }
    const QDir dir(folder);
    for (const QString& f : dir.entryList({"*.pdf"}, QDir::Files, QDir::Name))
        rows.append({{"file", f}, {"title", f}, {"path", dir.filePath(f)}});
    m_documents.setRows(rows);
}

bool AppController::generateDocuments(const QString& passphrase)
{
    if (!m_ws || m_session.meetingId().isEmpty())
        return false;
    try {
        hx::requireIntactJournal(*m_ws);
        const hx::KeyPaths k = keyPaths();
        const hx::Identity id = hx::loadIdentity(k.key, k.cert, passphrase.toStdString());
        const auto events = m_ws->journal().readAll();
        const std::string out = documentsFolder().toStdString();
        (void)hx::writeDocuments(m_ws->state(), m_session.meetingId().toStdString(), m_ws->journal().head(), m_ws->journal().length(),
                                 events.empty() ? nowIso() : events.back().at, id, out);
        listDocuments();
        confirm(m_link.say({"文件已生成并签名：", "documents written and signed: "}) + documentsFolder());
        return true;
    } catch (const hx::Error& e) {
        fail(e.text());
        return false;
    }
}

bool AppController::printDocument(const QString& path)
{
    QPdfDocument pdf;
    if (pdf.load(localPath(path)) != QPdfDocument::Error::None) {
        fail({"无法读取要打印的文件", "cannot read the file to print"});
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QFileInfo(path).fileName());
    QPrintDialog dialog(&printer);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // Each page is drawn at the printer's resolution, filling the page as the PDF does.
    QPainter painter(&printer);
    for (int i = 0; i < pdf.pageCount(); ++i) {
        if (i > 0)
            printer.newPage();
        const QRect target = painter.viewport();
        painter.drawImage(target, pdf.render(i, target.size()));
    }
    return true;
}

bool AppController::printDelegateCards()
{
    const hx::Meeting* m = m_ws ? m_ws->state().meeting(m_session.meetingId().toStdString()) : nullptr;
    if (!m)
        return false;
    const bool congress = m->kind == "founding_congress" || m->kind == "reelection_congress";
    const QString path = documentsFolder() + (congress ? "/代表证.pdf" : "/出席证.pdf");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(hx::delegateCards(m_ws->state(), *m)) < 0) {
        fail({"无法写入 " + path.toStdString(), "cannot write " + path.toStdString()});
        return false;
    }
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    confirm(m_link.say({"代表证已生成：", "delegate cards written: "}) + path);
    return printDocument(path);
}

QString AppController::verifyFile(const QString& pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    try {
        // Checked against this federation's certificate when the console has it.
        const std::string cert = m_ws ? keyPaths().cert : std::string();
        const std::string fingerprint = !cert.empty() && QFileInfo::exists(q(cert)) ? hx::certificateFingerprint(cert) : std::string();
        const QString record = QFileInfo(path).absolutePath() + "/record.json";
        const hx::FiledCheck r = path.endsWith(".pdf", Qt::CaseInsensitive)
                                     ? hx::checkFiledPdf(path.toStdString(), QFileInfo::exists(record) ? record.toStdString() : std::string(), fingerprint)
                                     : hx::checkFiledRecord(path.toStdString(), (path + ".p7s").toStdString(), m_path.toStdString(), fingerprint);
        QStringList lines;
        for (const auto& p : r.problems)
            lines << m_link.say(p);
        return r.ok() ? m_link.say(r.valid) : lines.join("\n");
    } catch (const hx::Error& e) {
        return m_link.say(e.text());
    }
}

QString AppController::verifyCode(const QString& text)
{
    const hx::FiledCheck r = hx::checkSeal(text.trimmed().toStdString(), (documentsFolder() + "/record.json").toStdString());
    QStringList lines;
    for (const auto& p : r.problems)
        lines << m_link.say(p);
    return r.ok() ? m_link.say(r.valid) : lines.join("\n");
}

void AppController::refresh()
{
    QList<QVariantMap> meetings;
    if (m_ws) {
        m_roster.reset(m_ws->state().roster);
        for (const auto& id : m_ws->state().meetingOrder) {
            const hx::Meeting& m = m_ws->state().meetings.at(id);
            if (m.kind == "first_plenary")
                continue;
            meetings.append({{"meetingId", q(m.id)}, {"title", q(m.title)}, {"kind", q(m.kind)}, {"date", q(m.date)},
                             {"present", static_cast<int>(m.present.size())}, {"expected", static_cast<int>(m.expected.size())}});
        }
        m_journalStatus = m_link.say({"日志：" + std::to_string(m_ws->journal().length()) + " 条事件", "Journal: " + std::to_string(m_ws->journal().length()) + " events"});
    }
    m_meetings.setRows(meetings);
    emit changed();
}

AppController* AppForeign::create(QQmlEngine*, QJSEngine* engine)
{
    Q_ASSERT(s_instance);
    // The engine must not take ownership of the instance main() owns.
    engine->setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}
