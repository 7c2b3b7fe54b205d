#include "scan_desk.hpp"
#include "qt_text.hpp"

#include "errors.hpp"
#include "file_io.hpp"
#include "scan_files.hpp"
#include "scan_view.hpp"
#include "scanned.hpp"
#include "sha256.hpp"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <filesystem>

using hx::Json;

namespace {

QImage toQImage(const cv::Mat& m, int maxHeight)
{
    if (m.empty())
        return {};
    cv::Mat shown = m;
    if (m.rows > maxHeight)
        cv::resize(m, shown, cv::Size(m.cols * maxHeight / m.rows, maxHeight), 0, 0, cv::INTER_AREA);
    if (shown.channels() == 1)
        return QImage(shown.data, shown.cols, shown.rows, static_cast<qsizetype>(shown.step), QImage::Format_Grayscale8).copy();
    return QImage(shown.data, shown.cols, shown.rows, static_cast<qsizetype>(shown.step), QImage::Format_BGR888).copy();
}

bool isScan(const QString& file)
{
    static const QStringList kinds = {"png", "jpg", "jpeg", "tif", "tiff", "pdf", "pnm"};
    return kinds.contains(QFileInfo(file).suffix().toLower());
}

QString kindName(hx::ScanTask::Kind k)
{
    switch (k) {
    case hx::ScanTask::Kind::Cell: return "cell";
    case hx::ScanTask::Kind::WriteInMark: return "write_in_mark";
    case hx::ScanTask::Kind::WriteInName: return "write_in_name";
    case hx::ScanTask::Kind::Ballot: return "ballot";
    }
    return {};
}

} // namespace

ScanDesk::ScanDesk(EngineLink* link, QObject* parent) : QObject(parent), m_link(link)
{
    m_poll.setInterval(700);
    connect(&m_poll, &QTimer::timeout, this, &ScanDesk::poll);
    m_pool.setMaxThreadCount(1);
    connect(&m_scan, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        const QString err = QString::fromLocal8Bit(m_scan.readAllStandardError()).trimmed();
        // scanimage ends its batch with "Document feeder out of documents": the stack is done.
        m_message = code == 0 || err.contains("out of documents") ? say({"扫描仪已送完这一叠", "The scanner has fed the whole stack"})
                                                                 : say({"扫描仪出错：", "The scanner failed: "}) + err.section('\n', -1);
        poll();
        emit changed();
    });
    connect(&m_list, &QProcess::finished, this, [this] {
        m_scanners.clear();
        for (const QString& line : QString::fromLocal8Bit(m_list.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts))
            m_scanners << line.trimmed();
        emit changed();
    });
}

ScanDesk::~ScanDesk()
{
    m_scan.kill();
    m_scan.waitForFinished(2000);
    m_list.kill();
    m_list.waitForFinished(2000);
    m_pool.waitForDone();
}

const hx::Round* ScanDesk::round() const
{
    return m_link->currentRound(m_meeting, m_contest);
}

int ScanDesk::scanned() const
{
    const hx::Round* r = round();
    return r ? static_cast<int>(r->scanned.size()) : 0;
}

int ScanDesk::ready() const
{
    const hx::Round* r = round();
    return r && !r->scanned.empty() ? static_cast<int>(r->pendingB.size()) : 0;
}

int ScanDesk::sheetsRead() const
{
    return static_cast<int>(std::count_if(m_pending.begin(), m_pending.end(), [](const auto& s) { return s.result.read; }));
}

int ScanDesk::cellsUnclear() const
{
    int n = 0;
    for (const auto& s : m_pending)
        n += s.result.unclear;
    return n;
}

bool ScanDesk::counted() const
{
    const hx::Round* r = round();
    return r && r->valid + r->voided > 0;
}

int ScanDesk::returned() const
{
    const hx::Round* r = round();
    return r && r->returned ? static_cast<int>(*r->returned) : 0;
}

void ScanDesk::setRound(const std::string& meeting, const std::string& contest)
{
    m_meeting = meeting;
    m_contest = contest;
    const hx::Round* r = round();
    const std::string shown = meeting + "|" + contest + "|" + std::to_string(r ? r->number : 0);
    if (shown != m_shown) {
        m_shown = shown;
        discard();
    }
    m_book = m_link->state() ? std::make_shared<const hx::scan::LayoutBook>(*m_link->state()) : nullptr;
    m_recorded = std::make_shared<const std::set<std::string>>(m_link->state() ? hx::scan::recordedImages(*m_link->state()) : std::set<std::string>{});
    if (r && m_link->state()) {
        const hx::Meeting& m = *m_link->state()->meeting(meeting);
        m_sheetsPerBallot = static_cast<int>(hx::ballotLayout(*m_link->state(), m, *m.contest(contest), *r).pages.size());
    }
    publish();
}

void ScanDesk::setFolder(const QString& pathOrUrl)
{
    stop();
    m_folder = localPath(pathOrUrl);
    m_sizes.clear();
    m_taken.clear();
    m_skipped = 0;
    emit changed();
}

void ScanDesk::start()
{
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir()) {
        m_message = say({"请先选择扫描仪保存图像的文件夹", "Choose the folder where the scanner saves its images first"});
        emit changed();
        return;
    }
    m_watching = true;
    if (!m_watcher) {
        m_watcher = std::make_unique<QFileSystemWatcher>();
        connect(m_watcher.get(), &QFileSystemWatcher::directoryChanged, this, &ScanDesk::poll);
    }
    m_watcher->addPath(m_folder);
    m_poll.start();
    m_message = say({"正在监视文件夹：扫描仪存入的每一页都会读出", "Watching the folder: every page the scanner saves is read"});
    poll();
    emit changed();
}

void ScanDesk::stop()
{
    m_watching = false;
    m_poll.stop();
    if (m_watcher && !m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    emit changed();
}

// A file is taken once its size has stayed the same for one poll: the scanner has finished writing it.
void ScanDesk::poll()
{
    if (!m_watching)
        return;
    QDir dir(m_folder);
    for (const QFileInfo& f : dir.entryInfoList(QDir::Files, QDir::Name)) {
        const QString path = f.absoluteFilePath();
        if (!isScan(path) || m_taken.count(path))
            continue;
        const auto seen = m_sizes.find(path);
        if (seen != m_sizes.end() && seen->second == f.size() && f.size() > 0) {
            m_taken.insert(path);
            m_queue.push_back(path);
        } else {
            m_sizes[path] = f.size();
        }
    }
    readNext();
}

void ScanDesk::skipped(const QString& file)
{
    ++m_skipped;
    m_message = say({"已记录过的图像不再读取：" + std::to_string(m_skipped) + " 个（最近：", "Images recorded before, not read again: "
                     + std::to_string(m_skipped) + " (latest: "}) + QFileInfo(file).fileName() + say({"）", ")"});
}

// One file at a time in the background, so pages keep the order they arrived in.
void ScanDesk::readNext()
{
    if (m_busy || m_queue.empty() || !m_book)
        return;
    const QString file = m_queue.front();
    m_queue.erase(m_queue.begin());
    m_busy = true;
    emit changed();
    const auto book = m_book;
    const auto recorded = m_recorded;
    m_pool.start([this, file, book, recorded] {
        std::string sha;
        try {
            sha = hx::sha256Hex(hx::readWholeFile(file.toStdString()));
        } catch (const hx::Error&) {
            // Unreadable now: read as it is, and set aside with the reason.
        }
        // An image recorded already (the folder watched again after a restart) is not read twice.
        if (recorded->count(sha)) {
            QMetaObject::invokeMethod(this, [this, file] {
                skipped(file);
                m_busy = false;
                readNext();
                emit changed();
            }, Qt::QueuedConnection);
            return;
        }
        std::vector<std::pair<hx::scan::SheetResult, QImage>> pages;
        hx::scan::forEachPage(file.toStdString(), [&](hx::scan::ScannedPage&& p) {
            hx::scan::PageView v;
            v.grey = std::move(p.grey);
            if (v.grey.empty()) {
                pages.emplace_back(hx::scan::unreadable(p.file, p.page), QImage());
                return;
            }
            v.reading = hx::scan::readSheet(v.grey, book->finder());
            v.result = hx::scan::interpret(v.reading, *book, p.file, p.page);
            pages.emplace_back(v.result, toQImage(hx::scan::drawMarks(v, *book), 1400));
        });
        if (pages.empty())
            pages.emplace_back(hx::scan::unreadable(file.toStdString(), 1), QImage());
        QMetaObject::invokeMethod(this, [this, file, sha, pages] {
            for (const auto& [result, drawn] : pages)
                took(file, result, sha, drawn);
            m_busy = false;
            readNext();
            emit changed();
        }, Qt::QueuedConnection);
    });
}

void ScanDesk::took(const QString& file, hx::scan::SheetResult result, const std::string& sha, const QImage& drawn)
{
    const QString where = QFileInfo(file).fileName() + (result.page > 1 ? "#" + QString::number(result.page) : QString());
    m_currentText = where + say({"：", ": "}) + (result.read ? say(hx::scan::roundName(result)) + say({" 第" + std::to_string(result.sheet) + "张", " sheet " + std::to_string(result.sheet)})
                                                      + (result.unclear ? say({"，" + std::to_string(result.unclear) + " 格须裁定", ", " + std::to_string(result.unclear) + (result.unclear == 1 ? " cell" : " cells") + " unclear"}) : QString())
                                                : say({"已搁置——", "set aside — "}) + say(hx::scan::reasonText(result)));
    {
        QMutexLocker lock(&m_imagesLock);
        m_currentImage = drawn;
    }
    m_current = drawn.isNull() ? QString() : "image://scan/current/" + QString::number(++m_drawn);
    m_files[file] = q(sha);
    m_pending.push_back({std::move(result), sha});
}

QString ScanDesk::tell(const hx::Text& t)
{
    m_message = say(t);
    emit changed();
    return m_message;
}

QString ScanDesk::send(Json command)
{
    m_message = m_link->runIn(m_meeting, m_contest, std::move(command));
    publish();
    return m_message;
}

QString ScanDesk::record()
{
    const hx::Round* r = round();
    if (!r || m_pending.empty())
        return tell({"没有待记录的扫描页", "no scanned page waits to be recorded"});
    std::vector<std::string> added;
    try {
        for (const auto& [file, sha] : m_files) {
            const hx::scan::KeptImage k = hx::scan::keepImage(file.toStdString(), store());
            if (k.added)
                added.push_back(k.path);
        }
    } catch (const hx::Error& e) {
        return tell(e.text());
    }
    const std::string key = m_meeting + "|" + m_contest + "|" + std::to_string(r->number);
    const size_t sheets = m_pending.size();
    const QString refusal = send(hx::scan::recordCommand(m_pending, key));
    if (!refusal.isEmpty()) {
        for (const auto& p : added)
            std::filesystem::remove(p);
        return refusal;
    }
    discard();
    m_message = say({"已记录这一批 " + std::to_string(sheets) + " 页", "Recorded this batch of " + std::to_string(sheets) + " pages"});
    emit changed();
    return {};
}

void ScanDesk::discard()
{
    m_pending.clear();
    m_files.clear();
    emit changed();
}

void ScanDesk::findScanners()
{
    if (QStandardPaths::findExecutable("scanimage").isEmpty()) {
        m_message = say({"这台电脑没有安装 SANE（scanimage）：请用扫描仪自带的软件把图像存入文件夹", "SANE (scanimage) is not installed: save the images into the folder with the scanner's own software"});
        emit changed();
        return;
    }
    m_list.start("scanimage", {"--formatted-device-list=%d%n"});
}

QString ScanDesk::acquire(const QString& device)
{
    if (m_folder.isEmpty())
        return tell({"请先选择存放扫描图像的文件夹", "choose the folder for the scanned images first"});
    if (acquiring())
        return {};
    // Grey at 200 dpi, one file per sheet: the whole stack from the feeder when the scanner has
    // one (its --source names it), else the one sheet on the glass.
    const QString name = QDateTime::currentDateTime().toString("'sane-'yyyyMMdd-hhmmss'-%04d.tiff'");
    QStringList args = {"--device-name=" + device, "--batch=" + QDir(m_folder).filePath(name), "--format=tiff", "--resolution=200", "--mode=Gray"};
    const QString feeder = feederSource(device);
    if (feeder.isEmpty())
        args << "--batch-count=1";
    else
        args << "--source=" + feeder;
    m_scan.start("scanimage", args);
    if (!m_watching)
        start();
    m_message = say({"正在从扫描仪扫描……", "Scanning from the scanner…"});
    emit changed();
    return {};
}

QString ScanDesk::feederSource(const QString& device)
{
    QProcess options;
    options.start("scanimage", {"--device-name=" + device, "--all-options"});
    if (!options.waitForFinished(10000))
        return {};
    for (const QString& line : QString::fromLocal8Bit(options.readAllStandardOutput()).split('\n')) {
        const QString option = line.trimmed();
        if (!option.startsWith("--source "))
            continue;
        for (const QString& source : option.mid(9).section(" [", 0, 0).split('|'))
            if (source.contains("ADF", Qt::CaseInsensitive) || source.contains("feeder", Qt::CaseInsensitive))
                return source;
    }
    return {};
}

QString ScanDesk::decide(int ballot, const QString& candidate, int writeIn, const QString& mark, const QString& scrutineer)
{
    Json c = {{"do", "scan_decide"}, {"ballot", ballot}, {"mark", mark.toStdString()}, {"decided_by", scrutineer.toStdString()}};
    if (candidate.isEmpty())
        c["write_in"] = writeIn;
    else
        c["candidate"] = candidate.toStdString();
    return send(c);
}

QString ScanDesk::decideBallot(int ballot, bool notABallot, const QString& scrutineer)
{
    Json c = {{"do", "scan_decide"}, {"ballot", ballot}, {"decided_by", scrutineer.toStdString()}};
    if (notABallot)
        c["not_a_ballot"] = true;
    else
        c.update({{"void", true}, {"reason", "无法辨认"}});
    return send(c);
}

QString ScanDesk::transcribe(int ballot, int writeIn, const QString& name, const QString& teller)
{
    return send({{"do", "scan_transcribe"}, {"ballot", ballot}, {"write_in", writeIn}, {"name", name.trimmed().toStdString()}, {"by", teller.toStdString()}});
}

void ScanDesk::showBallot(int ballot)
{
    const hx::Round* r = round();
    if (!r || ballot < 1 || ballot > static_cast<int>(r->scanned.size()))
        return;
    m_current = "image://scan/page/" + QString::number(ballot - 1) + "/" + QString::number(++m_drawn);
    m_currentText = say({"第 " + std::to_string(ballot) + " 张选票（已记录）", "Ballot " + std::to_string(ballot) + " (recorded)"});
    emit changed();
}

QString ScanDesk::undoBatch()
{
    return send({{"do", "scan_undo"}, {"reason", "操作员撤回"}});
}

QVariantList ScanDesk::scrutineers() const
{
    QVariantList out;
    const hx::State* s = m_link->state();
    const hx::Meeting* m = s ? s->meeting(m_meeting) : nullptr;
    if (!m)
        return out;
    std::vector<std::string> ids = m->scrutineers.scrutineers;
    if (!m->scrutineers.chief.empty())
        ids.insert(ids.begin(), m->scrutineers.chief);
    for (const auto& id : ids) {
        const hx::Person* p = s->roster.find(id);
        out.append(QVariantMap{{"id", q(id)}, {"name", p ? q(p->name) : q(id)}});
    }
    return out;
}

QVariantList ScanDesk::tellers() const
{
    QVariantList out;
    const hx::State* s = m_link->state();
    const hx::Meeting* m = s ? s->meeting(m_meeting) : nullptr;
    if (!m)
        return out;
    for (const auto& id : m->scrutineers.tellers) {
        const hx::Person* p = s->roster.find(id);
        out.append(QVariantMap{{"id", q(id)}, {"name", p ? q(p->name) : q(id)}});
    }
    // The scrutineers may type a name too.
    out.append(scrutineers());
    return out;
}

void ScanDesk::publish()
{
    m_tasks.clear();
    const hx::Round* r = round();
    // Cut-outs are cached by ballot position: a ballot taken out or a batch withdrawn moves them.
    if (const size_t n = r ? r->scanned.size() : 0; n != m_cutsFor) {
        QMutexLocker lock(&m_imagesLock);
        m_cuts.clear();
        m_cutsFor = n;
    }
    if (r && m_link->state()) {
        const auto stamp = QString::number(m_link->workspace()->applied());
        for (const auto& t : hx::scanTasks(*r)) {
            const QString id = "task/" + QString::number(t.ballot) + "/" + kindName(t.kind) + "/" + (t.candidate.empty() ? QString::number(t.writeIn) : q(t.candidate));
            m_tasks.append(QVariantMap{{"ballot", static_cast<int>(t.ballot + 1)}, {"kind", kindName(t.kind)}, {"candidate", q(t.candidate)},
                                       {"writeIn", t.writeIn}, {"text", say(hx::scan::taskText(*m_link->state(), t))},
                                       {"image", "image://scan/" + id + "/" + stamp}});
        }
    }
    emit changed();
}

QImage ScanDesk::image(const QString& id)
{
    QMutexLocker lock(&m_imagesLock);
    if (id.startsWith("current/"))
        return m_currentImage;
    const QStringList part = id.split('/');
    const hx::Round* r = round();
    if (part.size() >= 2 && part[0] == "page" && r && m_book && part[1].toULongLong() < r->scanned.size()) {
        const hx::ScannedBallot& b = r->scanned[part[1].toULongLong()];
        const std::string file = hx::scan::keptImage(store(), b.sheets.front().first);
        return file.empty() ? QImage() : toQImage(hx::scan::drawMarks(hx::scan::viewPage(file, b.sheets.front().second, *m_book), *m_book), 1400);
    }
    if (part.size() < 4 || !r || !m_book)
        return {};
    const QString key = part.mid(0, 4).join('/');
    if (const auto at = m_cuts.find(key); at != m_cuts.end())
        return at->second;
    const size_t ballot = part[1].toULongLong();
    for (const auto& t : hx::scanTasks(*r))
        if (t.ballot == ballot && kindName(t.kind) == part[2] && (t.candidate.empty() ? QString::number(t.writeIn) : q(t.candidate)) == part[3])
            return m_cuts[key] = toQImage(hx::scan::taskImage(t, r->scanned[ballot], store(), *m_book), 1000);
    return {};
}

QImage ScanImageProvider::requestImage(const QString& id, QSize* size, const QSize& requested)
{
    QImage image = m_desk->image(id);
    if (size)
        *size = image.size();
    // QML may ask for a height only (sourceSize.height): the width then follows the picture.
    if (!image.isNull() && requested.height() > 0 && image.height() > requested.height())
        image = image.scaledToHeight(requested.height(), Qt::SmoothTransformation);
    if (!image.isNull() && requested.width() > 0 && image.width() > requested.width())
        image = image.scaledToWidth(requested.width(), Qt::SmoothTransformation);
    return image;
}
