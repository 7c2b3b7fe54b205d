#include "hall.hpp"

namespace hx::deck {

Hall::Hall(int count, int seats, const std::string& grammar, const std::string& origin)
{
    state.federation = Federation{"测试县妇女联合会", "county", "中共测试县委员会", "测试市妇女联合会"};
    state.origin = origin;
    static const char* const longNames[] = {"阿依古丽·买买提", "欧阳娜仁其其格", "司马燕", "迪丽娜尔·艾则孜"};
    static const char* const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "周"};
    std::vector<std::string> ids;
    for (int i = 0; i < count; ++i) {
        Person p;
        p.id = "c" + std::to_string(1000 + i);
        p.name = i % 9 == 4 ? longNames[(i / 9) % 4] : std::string(surnames[i % 8]) + (i % 2 ? "芳" : "丽华");
        state.roster.put(p);
        ids.push_back(p.id);
    }
    Meeting m;
    m.id = "congress";
    m.kind = "founding_congress";
    m.method.marks = grammar;
    Contest c;
    c.id = "executives";
    c.office = "executive";
    c.seats = seats;
    Round r;
    r.seats = seats;
    r.setCandidates(ids);
    c.rounds.push_back(r);
    m.contests.push_back(c);
    state.meetings["congress"] = m;
}

void Hall::closeRoundAndOpenAnother()
{
    Contest& c = state.meetings.at("congress").contests[0];
    c.rounds.back().closed = true;
    Round r;
    r.number = 2;
    r.seats = c.seats;
    r.setCandidates(std::vector<std::string>(c.rounds[0].candidates.begin(), c.rounds[0].candidates.begin() + static_cast<long>(c.rounds[0].candidates.size() / 2)));
    c.rounds.push_back(r);
}

} // namespace hx::deck
