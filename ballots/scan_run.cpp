#include "scan_run.hpp"

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace hx::scan {

void scanAll(const std::vector<std::string>& files, const LayoutBook& book, int threads, bool keepImages,
             const std::function<void(PageRead&&)>& each)
{
    std::mutex lock;
    std::condition_variable ready;
    std::map<size_t, std::vector<PageRead>> done; // by file, waiting for their turn
    size_t next = 0, handed = 0;                   // the next file to take; files handed on
    const size_t ahead = 2 * static_cast<size_t>(std::max(1, threads));
    auto work = [&] {
        for (;;) {
            size_t mine;
            {
                std::unique_lock<std::mutex> hold(lock);
                // Stay a few files ahead of what has been handed on, no more.
                ready.wait(hold, [&] { return next >= files.size() || next < handed + ahead; });
                if (next >= files.size())
                    return;
                mine = next++;
            }
            std::vector<PageRead> pages;
            forEachPage(files[mine], [&](ScannedPage&& p) {
                PageRead r;
                if (p.grey.empty()) {
                    r.result = unreadable(p.file, p.page);
                } else {
                    r.reading = readSheet(p.grey, book.finder());
                    r.result = interpret(r.reading, book, p.file, p.page);
                    if (keepImages)
                        r.grey = std::move(p.grey);
                }
                pages.push_back(std::move(r));
            });
            std::lock_guard<std::mutex> hold(lock);
            done[mine] = std::move(pages);
            ready.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (int i = 0; i < std::max(1, threads); ++i)
        pool.emplace_back(work);
    for (size_t f = 0; f < files.size(); ++f) {
        std::vector<PageRead> pages;
        {
            std::unique_lock<std::mutex> hold(lock);
            ready.wait(hold, [&] { return done.count(f) > 0; });
            pages = std::move(done[f]);
            done.erase(f);
            handed = f + 1;
            ready.notify_all();
        }
        for (auto& p : pages)
            each(std::move(p));
    }
    for (auto& t : pool)
        t.join();
}

} // namespace hx::scan
