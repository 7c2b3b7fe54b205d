#!/usr/bin/env python3
"""A 300-seat congress with 316 candidates and 50 realistic ballots (90 % approve,
5 % oppose, 5 % abstain; seed 1), for measuring the ballot desk's keystrokes:

    python3 scripts/gen-300-ballots.py > k300.json
    QT_QPA_PLATFORM=offscreen build/qml/huixuan --drive k300.json --workspace-out k.huixuan

The drive prints the keys typed; the minimum is printed here on standard error."""
import json, random, sys

random.seed(1)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "芳娜敏静丽艳娟霞秀英华玲红梅兰燕萍雪琳洁颖倩婷慧莉"
people, names = [], set()
for i in range(1, 401):
    while True:
        n = random.choice(SURNAMES) + random.choice(GIVEN) + random.choice(GIVEN)
        if n not in names:
            names.add(n)
            break
    people.append({"id": "d%03d" % i, "name": n, "sex": "女"})
ids = [p["id"] for p in people]
candidates = ids[:316]
ballots, exceptions = [], 0
for _ in range(50):
    approve, oppose = [], []
    for c in candidates:
        r = random.random()
        if r < 0.90:
            approve.append(c)
        elif r < 0.95:
            oppose.append(c)
    while len(approve) > 300:
        oppose.append(approve.pop())
    exceptions += 316 - len(approve)
    ballots.append({"count": 1, "approve": approve, "oppose": oppose})
steps = [{"do": "check_in", "people": ids},
         {"do": "complete", "item": "announce_approval"}, {"do": "complete", "item": "preparatory_report"},
         {"do": "adopt", "item": "election_method", "by": "acclamation"},
         {"do": "adopt_scrutineers", "chief": "d400", "scrutineers": ["d399"],
          "tellers": [{"name": "工作人员", "staff": True}], "by": "acclamation"},
         {"do": "open_contest", "contest": "executives", "office": "executive", "seats": 300, "candidates": candidates},
         {"do": "issue_ballots", "contest": "executives", "count": 400},
         {"do": "return_ballots", "contest": "executives", "count": 50},
         {"do": "ballots", "contest": "executives", "ballots": ballots}]
json.dump({"format": "huixuan-scenario/1",
           "federation": {"name": "测试县妇女联合会", "kind": "system", "party_organisation": "中共测试县委",
                          "upper_federation": "测试市妇女联合会"},
           "people": people,
           "meetings": [{"id": "congress", "kind": "founding_congress", "title": "测试县妇女第一次代表大会",
                         "date": "2026-12-01", "expected": ids, "steps": steps}]},
          sys.stdout, ensure_ascii=False)
print("minimum keys: %d (%d exceptions + 50 Enter)" % (exceptions + 50, exceptions), file=sys.stderr)
