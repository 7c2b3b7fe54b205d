<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BallotPage</name>
    <message>
        <source>录票：%1选举　第 %2 轮</source>
        <translation>Ballots: %1 election, round %2</translation>
    </message>
    <message>
        <source>录票</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <source>计票人 A 已录 %1 张，B 已录 %2 张，收回 %3 张</source>
        <translation>Teller A entered %1, B entered %2, %3 returned</translation>
    </message>
    <message>
        <source>已录 %1 / 收回 %2 张</source>
        <translation>%1 entered / %2 returned</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default mark</translation>
    </message>
    <message>
        <source>赞成 ○</source>
        <translation>Approve ○</translation>
    </message>
    <message>
        <source>弃权（空白）</source>
        <translation>Abstain (blank)</translation>
    </message>
    <message>
        <source>双人录入</source>
        <translation>Double entry</translation>
    </message>
    <message>
        <source>输入候选人序号改变标记（○ → 空白 → ×），回车确认本张；Ctrl+Z 撤回上一张。已输入：</source>
        <translation>Type a candidate's number to change the mark (○ → blank → ×), Enter to accept; Ctrl+Z undoes the last ballot. Typed: </translation>
    </message>
    <message>
        <source>另选人姓名</source>
        <translation>Write-in name</translation>
    </message>
    <message>
        <source>另选：</source>
        <translation>Write-ins: </translation>
    </message>
    <message>
        <source>无效原因</source>
        <translation>Why void</translation>
    </message>
    <message>
        <source>作废票</source>
        <translation>Void ballot</translation>
    </message>
    <message>
        <source>无法辨认</source>
        <translation>illegible</translation>
    </message>
    <message>
        <source>撤回上一张 Ctrl+Z</source>
        <translation>Undo last ballot Ctrl+Z</translation>
    </message>
    <message>
        <source>确认本张 ⏎</source>
        <translation>Accept ballot ⏎</translation>
    </message>
    <message>
        <source>两次录入不一致的选票（%1 张），请监票人裁定</source>
        <translation>Ballots where the two entries differ (%1): the scrutineers decide</translation>
    </message>
    <message>
        <source>第 %1 张</source>
        <translation>Ballot %1</translation>
    </message>
    <message>
        <source>两次录入一致，计入票数</source>
        <translation>Both entries agree: counted</translation>
    </message>
    <message>
        <source>监票人签字，结束计票</source>
        <translation>Scrutineers sign: close the count</translation>
    </message>
    <message>
        <source>正在更正第 %1 张</source>
        <translation>Correcting ballot %1</translation>
    </message>
    <message>
        <source>更正原因（必填，记入日志）</source>
        <translation>Reason for the correction (required; kept in the journal)</translation>
    </message>
    <message>
        <source>放弃更正</source>
        <translation>Abandon the correction</translation>
    </message>
    <message>
        <source>已录入的选票</source>
        <translation>Ballots entered</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>确认更正 ⏎</source>
        <translation>Confirm the correction ⏎</translation>
    </message>
    <message>
        <source>键盘录入</source>
        <translation>Keyboard entry</translation>
    </message>
    <message>
        <source>扫描选票</source>
        <translation>Scanned ballots</translation>
    </message>
    <message>
        <source>已计入 %1 / 收回 %2 张</source>
        <translation>%1 counted / %2 returned</translation>
    </message>
    <message>
        <source>计票人已录 %1 张，扫描可比对 %2 张，收回 %3 张</source>
        <translation>tellers %1, scan %2 ready, %3 returned</translation>
    </message>
    <message>
        <source>计票人：</source>
        <translation>Tellers: </translation>
    </message>
    <message>
        <source>扫描：</source>
        <translation>Scan: </translation>
    </message>
    <message>
        <source>抽查 %1 张：请录入扫描顺序第 %2 张（已录 %3 张）</source>
        <translation>Sample of %1: type ballot %2 in scanning order (%3 typed)</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>已签到</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>excused</translation>
    </message>
    <message>
        <source>未到</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>离场</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <source>请假事由</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>如：外出务工、生病；不填记为“请假”</source>
        <translation>e.g. working away, ill; leave it blank to record “excused”</translation>
    </message>
    <message>
        <source>%1 已经签到</source>
        <translation>%1 has checked in already</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>✓ 已签到：%1</source>
        <translation>✓ Checked in: %1</translation>
    </message>
    <message>
        <source>签错了，撤销</source>
        <translation>Wrong person — undo</translation>
    </message>
    <message>
        <source>签到时选错了人，当场撤销</source>
        <translation>wrong person checked in; undone at once</translation>
    </message>
    <message>
        <source>打印代表证…</source>
        <translation>Print delegate cards…</translation>
    </message>
    <message>
        <source>输入姓名或拼音首字母（如 wf），↑↓ 选择，回车签到；或用扫码枪扫代表证</source>
        <translation>A name or its pinyin initials (wf), ↑↓, Enter; or scan a delegate card</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>更正原因（必填，记入日志）</source>
        <translation>Reason for the correction (required; kept in the journal)</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Go back and change</translation>
    </message>
</context>
<context>
    <name>ContestPage</name>
    <message>
        <source>选举事项</source>
        <translation>Contests</translation>
    </message>
    <message>
        <source>　应选 %1 名　第 %2 轮　</source>
        <translation>  %1 seats, round %2  </translation>
    </message>
    <message>
        <source>新的选举事项</source>
        <translation>New contest</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>执委</source>
        <translation>Executive</translation>
    </message>
    <message>
        <source>主席</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>副主席</source>
        <translation>Vice-chair</translation>
    </message>
    <message>
        <source>常委</source>
        <translation>Standing member</translation>
    </message>
    <message>
        <source>应选名额</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>表决方式</source>
        <translation>Voting</translation>
    </message>
    <message>
        <source>无记名投票</source>
        <translation>secret ballot</translation>
    </message>
    <message>
        <source>举手表决</source>
        <translation>show of hands</translation>
    </message>
    <message>
        <source>开始本项选举</source>
        <translation>Open this contest</translation>
    </message>
    <message>
        <source>%1选举　第 %2 轮　应选 %3 名　当选至少须得 %4 票</source>
        <translation>%1 election, round %2: %3 seats; a candidate needs at least %4 votes</translation>
    </message>
    <message>
        <source>尚无选举事项</source>
        <translation>No contests yet</translation>
    </message>
    <message>
        <source>候选人（按姓氏笔画为序）</source>
        <translation>Candidates (in surname-stroke order)</translation>
    </message>
    <message>
        <source>手动排序：按新顺序输入序号，如 2,1,3</source>
        <translation>Manual order: the numbers in the new order, e.g. 2,1,3</translation>
    </message>
    <message>
        <source>决定者</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>记录手动排序</source>
        <translation>Record the manual order</translation>
    </message>
    <message>
        <source>发出选票</source>
        <translation>Ballots issued</translation>
    </message>
    <message>
        <source>登记发出</source>
        <translation>Record issued</translation>
    </message>
    <message>
        <source>收回选票</source>
        <translation>Ballots returned</translation>
    </message>
    <message>
        <source>登记收回</source>
        <translation>Record returned</translation>
    </message>
    <message>
        <source>开始录票 →</source>
        <translation>Start entering ballots →</translation>
    </message>
    <message>
        <source>举手表决：逐一登记赞成、弃权、反对人数</source>
        <translation>Show of hands: record approvals, abstentions and oppositions for each</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>监票人签字，结束计票</source>
        <translation>Scrutineers sign: close the count</translation>
    </message>
    <message>
        <source>登记收回选票</source>
        <translation>Record the ballots returned</translation>
    </message>
    <message>
        <source>收回 %1 张。</source>
        <translation>%1 returned.</translation>
    </message>
    <message>
        <source>。登记后本轮即告无效，不能再更正；如是输入错误，请返回修改。</source>
        <translation>. Once recorded the round is void and cannot be corrected; if this is a typing error, go back and change it.</translation>
    </message>
    <message>
        <source>确认本轮无效</source>
        <translation>Confirm: the round is void</translation>
    </message>
    <message>
        <source>更正%1</source>
        <translation>Correct the %1</translation>
    </message>
    <message>
        <source>%1由 %2 张更正为 %3 张。原数字保留在日志中。</source>
        <translation>%1: %2 corrected to %3. The first figure stays in the journal.</translation>
    </message>
    <message>
        <source>。更正后本轮即告无效。</source>
        <translation>. After this correction the round is void.</translation>
    </message>
    <message>
        <source>确认更正</source>
        <translation>Confirm the correction</translation>
    </message>
    <message>
        <source>更正发出…</source>
        <translation>Correct issued…</translation>
    </message>
    <message>
        <source>更正收回…</source>
        <translation>Correct returned…</translation>
    </message>
    <message>
        <source>已登记：发出 %1 张，收回 %2 张</source>
        <translation>Recorded: %1 issued, %2 returned</translation>
    </message>
    <message>
        <source>赞成</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>abstain</translation>
    </message>
    <message>
        <source>反对</source>
        <translation>against</translation>
    </message>
    <message>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>更正举手表决</source>
        <translation>Correct a show of hands</translation>
    </message>
    <message>
        <source>%1：赞成 %2，弃权 %3，反对 %4。原数字保留在日志中。</source>
        <translation>%1: %2 approve, %3 abstain, %4 oppose. The first figures stay in the journal.</translation>
    </message>
    <message>
        <source>候选人</source>
        <translation>Candidates</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>会议文件</source>
        <translation>Meeting documents</translation>
    </message>
    <message>
        <source>签名密钥口令</source>
        <translation>Signing key passphrase</translation>
    </message>
    <message>
        <source>生成并签名</source>
        <translation>Generate and sign</translation>
    </message>
    <message>
        <source>请先在“开始”页生成签名密钥。</source>
        <translation>Create the signing key on the Start page first.</translation>
    </message>
    <message>
        <source>核验</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>核验 PDF 或 record.json…</source>
        <translation>Verify a PDF or record.json…</translation>
    </message>
    <message>
        <source>扫描得到的核验码 HX1|…</source>
        <translation>Scanned check code HX1|…</translation>
    </message>
    <message>
        <source>核对</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>选择要核验的文件</source>
        <translation>Choose a file to verify</translation>
    </message>
    <message>
        <source>报送文件 (*.pdf *.json)</source>
        <translation>Filed documents (*.pdf *.json)</translation>
    </message>
    <message>
        <source>计票尚未结束：现在生成的文件只记到此刻为止，不含本轮结果；结束计票后请重新生成，报送以最后生成的为准。</source>
        <translation>The count is not finished: documents generated now hold the record up to this moment, without this round's result. Generate them again once the count is closed; file the last ones generated.</translation>
    </message>
    <message>
        <source>点左侧的文件在此预览；“打印…”用系统的打印对话框。</source>
        <translation>Click a file on the left to preview it here; “Print…” opens the system's print dialog.</translation>
    </message>
    <message>
        <source>尚未生成文件：输入签名密钥口令，点“生成并签名”。</source>
        <translation>No documents yet: type the signing key's passphrase and click “Generate and sign”.</translation>
    </message>
    <message>
        <source>发文信息</source>
        <translation>Filing details</translation>
    </message>
    <message>
        <source>公文</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>如 星光妇〔2026〕1号</source>
        <translation>e.g. 星光妇〔2026〕1号</translation>
    </message>
    <message>
        <source>签发人</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>签发人姓名</source>
        <translation>Name of the signer</translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>年-月-日，如 2026-11-10</source>
        <translation>year-month-day, e.g. 2026-11-10</translation>
    </message>
    <message>
        <source>抄送</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <source>可空；多个用“、”分开</source>
        <translation>Optional; separate several with “、”</translation>
    </message>
    <message>
        <source>保存发文信息</source>
        <translation>Save filing details</translation>
    </message>
    <message>
        <source>已保存；重新生成文件后生效。</source>
        <translation>Saved; generate the documents again to use them.</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Telephone</translation>
    </message>
</context>
<context>
    <name>ExecutiveMeetingPanel</name>
    <message>
        <source>议题</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>鼓掌通过</source>
        <translation>Adopt by acclamation</translation>
    </message>
    <message>
        <source>举手：赞成</source>
        <translation>Hands: for</translation>
    </message>
    <message>
        <source>反对</source>
        <translation>against</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>abstain</translation>
    </message>
    <message>
        <source>表决</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>Defer</translation>
    </message>
    <message>
        <source>反馈：</source>
        <translation>Feedback: </translation>
    </message>
    <message>
        <source>尚未反馈</source>
        <translation>No feedback yet</translation>
    </message>
    <message>
        <source>向提出方反馈的内容</source>
        <translation>What the proposer is told</translation>
    </message>
    <message>
        <source>记录反馈</source>
        <translation>Record feedback</translation>
    </message>
    <message>
        <source>述职</source>
        <translation>Duty report</translation>
    </message>
    <message>
        <source>口头述职</source>
        <translation>Oral report</translation>
    </message>
    <message>
        <source>书面述职</source>
        <translation>Written report</translation>
    </message>
    <message>
        <source>散会</source>
        <translation>Close the meeting</translation>
    </message>
    <message>
        <source>评议</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>记录评议</source>
        <translation>Record the review</translation>
    </message>
    <message>
        <source>会议已结束；本次出勤已计入执委名册。</source>
        <translation>The meeting is closed; its attendance is in the register.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>会选 — %1</source>
        <translation>Huixuan — %1</translation>
    </message>
    <message>
        <source>会选</source>
        <translation>Huixuan</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>会场</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>选举</source>
        <translation>Contests</translation>
    </message>
    <message>
        <source>录票</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>执委名册</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>会选：妇联选举与会议程序</source>
        <translation>Huixuan: Women's Federation elections and meetings</translation>
    </message>
    <message>
        <source>投影 Ctrl+P</source>
        <translation>Projector Ctrl+P</translation>
    </message>
    <message>
        <source>投影：会议名称</source>
        <translation>Projector: meeting title</translation>
    </message>
    <message>
        <source>投影：出席与法定人数</source>
        <translation>Projector: attendance and quorum</translation>
    </message>
    <message>
        <source>投影：候选人</source>
        <translation>Projector: candidates</translation>
    </message>
    <message>
        <source>投影：计票（实时）</source>
        <translation>Projector: live count</translation>
    </message>
    <message>
        <source>投影：计票结果</source>
        <translation>Projector: count result</translation>
    </message>
    <message>
        <source>投影：宣布当选</source>
        <translation>Projector: announcement</translation>
    </message>
    <message>
        <source>关闭投影 Ctrl+P</source>
        <translation>Close projector Ctrl+P</translation>
    </message>
    <message>
        <source>计票尚未结束</source>
        <translation>The count is not finished</translation>
    </message>
    <message>
        <source>%1选举第 %2 轮已录入 %3 张，收回 %4 张。已录入的选票都已保存；重新打开工作区会回到录票页接着录入。</source>
        <translation>Round %2 of the %1 election: %3 of %4 returned ballots entered. Every entered ballot is saved; opening the workspace again returns to the ballot desk to go on.</translation>
    </message>
    <message>
        <source>关闭会选</source>
        <translation>Close Huixuan</translation>
    </message>
    <message>
        <source>继续录票</source>
        <translation>Go on entering ballots</translation>
    </message>
    <message>
        <source>已记录的 %1 张扫描选票也都已保存。</source>
        <translation> The %1 scanned ballots recorded are saved too.</translation>
    </message>
    <message>
        <source>还有 %1 页扫描已读出而未记录：关闭后不保留，须重新选择文件夹读取。</source>
        <translation> %1 scanned pages are read but not recorded: they are not kept; choose the folder again to read them.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>党组织：</source>
        <translation>party organisation:</translation>
    </message>
    <message>
        <source>上级妇联：</source>
        <translation>upper federation:</translation>
    </message>
    <message>
        <source>主席：</source>
        <translation>chair:</translation>
    </message>
    <message>
        <source>执委：</source>
        <translation>executives:</translation>
    </message>
    <message>
        <source>群众：</source>
        <translation>women:</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>　实到 %1 / 应到 %2</source>
        <translation>  present %1 / expected %2</translation>
    </message>
    <message>
        <source>新建会议</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>会议类型</source>
        <translation>Meeting kind</translation>
    </message>
    <message>
        <source>成立大会（第一次妇女代表大会）</source>
        <translation>Founding congress (first women's congress)</translation>
    </message>
    <message>
        <source>换届大会</source>
        <translation>Re-election congress</translation>
    </message>
    <message>
        <source>执委增替补选举</source>
        <translation>Executive by-election</translation>
    </message>
    <message>
        <source>执委会会议</source>
        <translation>Executive committee meeting</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>例如：星光社区妇女联合会第一次妇女代表大会</source>
        <translation>e.g. 星光社区妇女联合会第一次妇女代表大会</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>主持人</source>
        <translation>Presiding officer</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>执委名册现任执委（%1 人）</source>
        <translation>the register's serving executives (%1)</translation>
    </message>
    <message>
        <source>名册全体（%1 人）</source>
        <translation>everyone in the roster (%1)</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>每行一个议题，可加来源前缀：党组织：/上级妇联：/主席：/执委：/群众：</source>
        <translation>One topic per line; a prefix names its source: 党组织：/上级妇联：/主席：/执委：/群众：</translation>
    </message>
    <message>
        <source>选举办法</source>
        <translation>Election method</translation>
    </message>
    <message>
        <source>法定人数</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>超过三分之二</source>
        <translation>more than two thirds</translation>
    </message>
    <message>
        <source>三分之二以上（含）</source>
        <translation>at least two thirds</translation>
    </message>
    <message>
        <source>末位票数相等</source>
        <translation>Tie for the last seat</translation>
    </message>
    <message>
        <source>再次投票</source>
        <translation>re-vote</translation>
    </message>
    <message>
        <source>不赞成票少者当选</source>
        <translation>fewer oppositions wins</translation>
    </message>
    <message>
        <source>当选人数不足</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <source>另行选举</source>
        <translation>supplementary round</translation>
    </message>
    <message>
        <source>不再选举</source>
        <translation>no further round</translation>
    </message>
    <message>
        <source>减少名额</source>
        <translation>reduce the seats</translation>
    </message>
    <message>
        <source>划票符号</source>
        <translation>Ballot marks</translation>
    </message>
    <message>
        <source>○ / × / 空白</source>
        <translation>○ / × / blank</translation>
    </message>
    <message>
        <source>√ / × / 〇</source>
        <translation>✓ / × / 〇</translation>
    </message>
    <message>
        <source>姓名排序</source>
        <translation>Name order</translation>
    </message>
    <message>
        <source>姓氏笔画</source>
        <translation>surname strokes</translation>
    </message>
    <message>
        <source>姓名笔画</source>
        <translation>full-name strokes</translation>
    </message>
    <message>
        <source>建立会议</source>
        <translation>Create the meeting</translation>
    </message>
    <message>
        <source>增替补选举的提名（当前会议）</source>
        <translation>By-election nominations (this meeting)</translation>
    </message>
    <message>
        <source>被提名人</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>提名方式</source>
        <translation>Nomination path</translation>
    </message>
    <message>
        <source>组织推荐</source>
        <translation>by the organisation</translation>
    </message>
    <message>
        <source>群众推荐</source>
        <translation>by the members</translation>
    </message>
    <message>
        <source>个人自荐</source>
        <translation>self-nomination</translation>
    </message>
    <message>
        <source>联名执委数 / 批复日期</source>
        <translation>Executives supporting / approval date</translation>
    </message>
    <message>
        <source>登记提名</source>
        <translation>Record the nomination</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>姓名（必填）</source>
        <translation>Name (required)</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生年月（如 1978-03）</source>
        <translation>Born (e.g. 1978-03)</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>修改人员信息</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>新增人员</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>编号 %1</source>
        <translation>Id %1</translation>
    </message>
    <message>
        <source>删除原因（必填，记入日志），如：重复录入</source>
        <translation>Reason for removal (required, kept in the journal), e.g. entered twice</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>确认删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>从名册删除…</source>
        <translation>Remove from the roster…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>输入姓名或拼音首字母</source>
        <translation>Type a name or its pinyin initials</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PreparationPanel</name>
    <message>
        <source>筹备</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>妇女人数</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>代表</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <source>执委</source>
        <translation>Executive</translation>
    </message>
    <message>
        <source>副主席</source>
        <translation>Vice-chair</translation>
    </message>
    <message>
        <source>登记建会方案</source>
        <translation>Record the founding plan</translation>
    </message>
    <message>
        <source>主席</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>常委</source>
        <translation>Standing member</translation>
    </message>
    <message>
        <source>登记候选人名单</source>
        <translation>Record the candidate list</translation>
    </message>
    <message>
        <source>请示</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>建会方案</source>
        <translation>Founding plan</translation>
    </message>
    <message>
        <source>候选人名单（%1）</source>
        <translation>Candidate list (%1)</translation>
    </message>
    <message>
        <source>批复文号</source>
        <translation>Approval number</translation>
    </message>
    <message>
        <source>登记批复</source>
        <translation>Record the approval</translation>
    </message>
    <message>
        <source>人数超出范围的理由</source>
        <translation>Reason for a size outside the range</translation>
    </message>
    <message>
        <source>候选人：输入姓名或拼音首字母</source>
        <translation>Candidates: type a name or its pinyin initials</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>会选 — 投影</source>
        <translation>Huixuan — projector</translation>
    </message>
    <message>
        <source>应到 %1 名　实到 %2 名</source>
        <translation>expected %1, present %2</translation>
    </message>
    <message>
        <source>符合法定人数</source>
        <translation>quorum met</translation>
    </message>
    <message>
        <source>未达法定人数</source>
        <translation>no quorum</translation>
    </message>
    <message>
        <source>当选%1（按姓氏笔画为序）</source>
        <translation>Elected as %1 (in surname-stroke order)</translation>
    </message>
    <message>
        <source>%1选举候选人（按姓氏笔画为序）　应选 %2 名</source>
        <translation>%1: candidates (in surname-stroke order), %2 to elect</translation>
    </message>
    <message>
        <source>%1选举结果尚未宣布</source>
        <translation>%1: the result is not yet announced</translation>
    </message>
    <message>
        <source>%1选举　计票中</source>
        <translation>%1: counting</translation>
    </message>
    <message>
        <source>%1选举　计票尚未结束</source>
        <translation>%1: the count is not finished</translation>
    </message>
    <message>
        <source>%1选举　第 %2 轮计票结果　当选须得 %3 票</source>
        <translation>%1: round %2 result — %3 votes needed to be elected</translation>
    </message>
    <message>
        <source> 当选</source>
        <translation> elected</translation>
    </message>
    <message>
        <source>白线：当选所需票数 %1</source>
        <translation>White line: %1 votes needed to be elected</translation>
    </message>
</context>
<context>
    <name>QuorumGauge</name>
    <message>
        <source>应到 %1　实到 %2　法定 %3</source>
        <translation>expected %1  present %2  quorum %3</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>自行卸免</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>组织劝退</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>资格终止</source>
        <translation>Termination</translation>
    </message>
    <message>
        <source>决定保留</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>任职</source>
        <translation>Take office</translation>
    </message>
    <message>
        <source>离任</source>
        <translation>Leave office</translation>
    </message>
    <message>
        <source>履职记录（七个一）</source>
        <translation>Duty record (seven ones)</translation>
    </message>
    <message>
        <source>已记录：%1 %2</source>
        <translation>Recorded: %1 %2</translation>
    </message>
    <message>
        <source>执委名册</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>执委</source>
        <translation>Executive</translation>
    </message>
    <message>
        <source>本届变动</source>
        <translation>Changes this term</translation>
    </message>
    <message>
        <source>劝退建议（须经同级党组织决定）</source>
        <translation>Withdrawals the rules propose (the party organisation decides)</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>劝退…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>保留…</source>
        <translation>Keep…</translation>
    </message>
    <message>
        <source>逾期未履行的“七个一”（%1 项）</source>
        <translation>Seven-ones duties overdue (%1)</translation>
    </message>
    <message>
        <source>登记变动</source>
        <translation>Record a change</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>理由/职务</source>
        <translation>Reason or office</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>批准日期</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>批准文号</source>
        <translation>Approval number</translation>
    </message>
    <message>
        <source>中共…委〔2026〕1号</source>
        <translation>e.g. 中共…委〔2026〕1号</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>保留执委席位</source>
        <translation>Keep the executive seat</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>已记录</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>现任执委：输入姓名或拼音首字母</source>
        <translation>A serving executive: type a name or its pinyin initials</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>选举事项</source>
        <translation>Contests</translation>
    </message>
    <message>
        <source>已宣布</source>
        <translation>announced</translation>
    </message>
    <message>
        <source>%1选举　第 %2 轮：举手表决，实到 %3 名；当选至少须得 %4 票</source>
        <translation>%1 election, round %2: show of hands, %3 present; a candidate needs at least %4 votes</translation>
    </message>
    <message>
        <source>%1选举　第 %2 轮：发出 %3，收回 %4，有效 %5，无效 %6；当选至少须得 %7 票</source>
        <translation>%1 election, round %2: issued %3, returned %4, valid %5, void %6; a candidate needs at least %7 votes</translation>
    </message>
    <message>
        <source>赞成 %1　不赞成 %2　弃权 %3</source>
        <translation>for %1  against %2  abstaining %3</translation>
    </message>
    <message>
        <source>当选</source>
        <translation>elected</translation>
    </message>
    <message>
        <source>主持人决定：进行下一轮</source>
        <translation>The chair decides: next round</translation>
    </message>
    <message>
        <source>决定者（如：主席团）</source>
        <translation>Decided by (e.g. the presidium)</translation>
    </message>
    <message>
        <source>记录减少名额的决定</source>
        <translation>Record the seat reduction</translation>
    </message>
    <message>
        <source>主持人宣布当选名单</source>
        <translation>The presiding officer announces the elected</translation>
    </message>
    <message>
        <source>已宣布当选：</source>
        <translation>Announced as elected: </translation>
    </message>
    <message>
        <source>赞成 %1</source>
        <translation>%1 approve</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>名册（%1 人）</source>
        <translation>Roster (%1)</translation>
    </message>
    <message>
        <source>选择文件并预览…</source>
        <translation>Choose a file and preview…</translation>
    </message>
    <message>
        <source>第 %1 行</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>error</translation>
    </message>
    <message>
        <source>确认导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>只导入无误的行</source>
        <translation>Import only the rows without errors</translation>
    </message>
    <message>
        <source>选择名册文件</source>
        <translation>Choose a roster file</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>出生年月</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>政治面貌</source>
        <translation>Political status</translation>
    </message>
    <message>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>名册（%1 人，显示 %2 人）</source>
        <translation>Roster (%1 people, %2 shown)</translation>
    </message>
    <message>
        <source>新增人员…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <source>查找：姓名、部分姓名或拼音首字母（如 wf）</source>
        <translation>Find: a name, part of one, or pinyin initials (e.g. wf)</translation>
    </message>
    <message>
        <source>名册是空的：从右侧导入名册文件，或点“新增人员…”</source>
        <translation>The roster is empty: import a roster file on the right, or click “Add person…”</translation>
    </message>
    <message>
        <source>没有找到“%1”</source>
        <translation>No one matches “%1”</translation>
    </message>
    <message>
        <source>导入名册</source>
        <translation>Import a roster</translation>
    </message>
    <message>
        <source>CSV（UTF-8、GB18030、Big5）、Excel 的“Unicode 文本”或 XLSX。</source>
        <translation>CSV (UTF-8, GB18030, Big5), Excel's "Unicode Text" or XLSX. </translation>
    </message>
    <message>
        <source>名册 (*.csv *.txt *.xlsx)</source>
        <translation>Roster (*.csv *.txt *.xlsx)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>执委会第一次全体会议议程</source>
        <translation>Agenda of the first plenary</translation>
    </message>
    <message>
        <source>议程</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>✓ 已完成</source>
        <translation>✓ done</translation>
    </message>
    <message>
        <source>▶ 当前</source>
        <translation>▶ now</translation>
    </message>
    <message>
        <source>✕ 未到</source>
        <translation>✕ not yet</translation>
    </message>
    <message>
        <source>主持词</source>
        <translation>Script</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>扫描选票：%1选举　第 %2 轮</source>
        <translation>Scanned ballots: %1 election, round %2</translation>
    </message>
    <message>
        <source>扫描选票</source>
        <translation>Scanned ballots</translation>
    </message>
    <message>
        <source>已记录 %1 张，已与计票人的录入比对并计入票数</source>
        <translation>%1 recorded, compared with the tellers' entry and counted</translation>
    </message>
    <message>
        <source>已记录 %1 张 / 收回 %2 张，可比对 %3 张</source>
        <translation>%1 recorded / %2 returned, %3 ready to compare</translation>
    </message>
    <message>
        <source>扫描文件夹</source>
        <translation>Scan folder</translation>
    </message>
    <message>
        <source>扫描仪软件保存图像的文件夹</source>
        <translation>The folder the scanner's software saves into</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>选择扫描仪保存图像的文件夹</source>
        <translation>Choose the folder the scanner saves into</translation>
    </message>
    <message>
        <source>停止监视</source>
        <translation>Stop watching</translation>
    </message>
    <message>
        <source>开始监视</source>
        <translation>Start watching</translation>
    </message>
    <message>
        <source>从扫描仪扫描</source>
        <translation>Scan from the scanner</translation>
    </message>
    <message>
        <source>查找扫描仪</source>
        <translation>Find scanners</translation>
    </message>
    <message>
        <source>本批：读取 %1 页，搁置 %2 页，%3 格须裁定</source>
        <translation>This batch: %1 pages read, %2 set aside, %3 cells unclear</translation>
    </message>
    <message>
        <source>（正在读取……）</source>
        <translation> (reading…)</translation>
    </message>
    <message>
        <source>记录这一批（%1 页）</source>
        <translation>Record this batch (%1 pages)</translation>
    </message>
    <message>
        <source>放弃这一批</source>
        <translation>Discard this batch</translation>
    </message>
    <message>
        <source>撤回上一批</source>
        <translation>Withdraw the last batch</translation>
    </message>
    <message>
        <source>撤回上一批扫描</source>
        <translation>Withdraw the last scanned batch</translation>
    </message>
    <message>
        <source>上一批扫描的选票将从本轮的扫描中撤回（记入日志），可以重新扫描。</source>
        <translation>The last scanned batch is withdrawn from this round's scan (journaled); it can be scanned again.</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>本轮已记录 %1 张扫描选票。在下方选一张，或点按待处理事项中的小图，可在这里查看整张选票和读出的标记。</source>
        <translation>%1 scanned ballots are recorded for this round. Choose one below, or click a picture in the queue, to see the whole ballot here with its marks as read.</translation>
    </message>
    <message>
        <source>还没有扫描页。选择扫描仪保存图像的文件夹并开始监视，或直接从扫描仪扫描。</source>
        <translation>No scanned page yet. Choose the folder the scanner saves into and start watching, or scan straight from the scanner.</translation>
    </message>
    <message>
        <source>已记录的第</source>
        <translation>Recorded ballot</translation>
    </message>
    <message>
        <source>张</source>
        <translation> </translation>
    </message>
    <message>
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>绿：赞成　红：不赞成　橙：须裁定　蓝框：写有姓名</source>
        <translation>green: approve   red: oppose   orange: unclear   blue box: name written</translation>
    </message>
    <message>
        <source>本轮</source>
        <translation>This round</translation>
    </message>
    <message>
        <source>%1 / %2 页</source>
        <translation>%1 of %2 pages</translation>
    </message>
</context>
<context>
    <name>ScanQueue</name>
    <message>
        <source>待处理（%1 项）</source>
        <translation>Waiting (%1)</translation>
    </message>
    <message>
        <source>裁定的监票人</source>
        <translation>Deciding scrutineer</translation>
    </message>
    <message>
        <source>录入的计票人</source>
        <translation>Teller typing</translation>
    </message>
    <message>
        <source>本轮已计票。</source>
        <translation>This round is counted.</translation>
    </message>
    <message>
        <source>扫描的选票都已读清或裁定。请计票人在“键盘录入”中录入同一叠选票（A），两次录入逐张比对。</source>
        <translation>Every scanned ballot is read or decided. The tellers now type the same stack under “Keyboard entry” (A); the two entries are compared ballot by ballot.</translation>
    </message>
    <message>
        <source>扫描后读不清的格子、搁置的选票和另选人姓名会列在这里。</source>
        <translation>Cells the scanner cannot read, sheets set aside and names written in are listed here.</translation>
    </message>
    <message>
        <source>赞成 ○</source>
        <translation>Approve ○</translation>
    </message>
    <message>
        <source>不赞成 ×</source>
        <translation>Oppose ×</translation>
    </message>
    <message>
        <source>弃权（空白）</source>
        <translation>Abstain (blank)</translation>
    </message>
    <message>
        <source>图中所写的姓名</source>
        <translation>The name written in the picture</translation>
    </message>
    <message>
        <source>确认姓名</source>
        <translation>Confirm the name</translation>
    </message>
    <message>
        <source>没有写姓名</source>
        <translation>No name written</translation>
    </message>
    <message>
        <source>作废票（无法辨认）</source>
        <translation>Void (illegible)</translation>
    </message>
    <message>
        <source>不是本轮选票（取出）</source>
        <translation>Not a ballot of this round (take out)</translation>
    </message>
    <message>
        <source>点按“记录这一批”后，这一批读不清的格子、搁置的选票和另选人姓名会列在这里，交监票人裁定。</source>
        <translation>Once you click “Record this batch”, its unclear cells, sheets set aside and names written in are listed here for the scrutineers.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>工作区</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>已打开：%1</source>
        <translation>Current workspace: %1</translation>
    </message>
    <message>
        <source>每个妇联一个工作区文件（.huixuan），记录全部会议和名册。</source>
        <translation>One workspace file (.huixuan) per federation holds every meeting and the roster.</translation>
    </message>
    <message>
        <source>打开工作区…</source>
        <translation>Open a workspace…</translation>
    </message>
    <message>
        <source>新建工作区并建立妇联</source>
        <translation>Create a workspace and its federation</translation>
    </message>
    <message>
        <source>妇联名称</source>
        <translation>Federation name</translation>
    </message>
    <message>
        <source>例如：星光社区妇女联合会</source>
        <translation>e.g. 星光社区妇女联合会</translation>
    </message>
    <message>
        <source>组织类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>community</translation>
    </message>
    <message>
        <source>村</source>
        <translation>village</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>township</translation>
    </message>
    <message>
        <source>街道</source>
        <translation>street</translation>
    </message>
    <message>
        <source>新领域（四新）</source>
        <translation>new sector</translation>
    </message>
    <message>
        <source>机关事业单位系统</source>
        <translation>government system</translation>
    </message>
    <message>
        <source>同级党组织</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <source>上级妇联</source>
        <translation>Upper federation</translation>
    </message>
    <message>
        <source>选择保存位置并新建…</source>
        <translation>Choose where to save and create…</translation>
    </message>
    <message>
        <source>签名密钥</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>已有签名密钥：报送的文件将加数字签名。</source>
        <translation>Signing key present: filed documents will be signed.</translation>
    </message>
    <message>
        <source>尚无签名密钥。设定口令（至少 8 个字符）后生成；口令请妥善保管。</source>
        <translation>No signing key yet. Set a passphrase (at least 8 characters) to create one; keep it safe.</translation>
    </message>
    <message>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Enter again</translation>
    </message>
    <message>
        <source>生成密钥</source>
        <translation>Create the key</translation>
    </message>
    <message>
        <source>打开工作区</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>会选工作区 (*.huixuan)</source>
        <translation>Huixuan workspace (*.huixuan)</translation>
    </message>
    <message>
        <source>新建工作区</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>最近使用的工作区</source>
        <translation>Recent workspaces</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <source>本项完成，进入下一项</source>
        <translation>Done; next item</translation>
    </message>
    <message>
        <source>鼓掌通过选举办法</source>
        <translation>Adopt the election method by acclamation</translation>
    </message>
    <message>
        <source>或举手：赞成</source>
        <translation>or by hands: for</translation>
    </message>
    <message>
        <source>反对</source>
        <translation>against</translation>
    </message>
    <message>
        <source>弃权</source>
        <translation>abstain</translation>
    </message>
    <message>
        <source>举手通过</source>
        <translation>adopted by show of hands</translation>
    </message>
    <message>
        <source>总监票人</source>
        <translation>Chief scrutineer</translation>
    </message>
    <message>
        <source>监票人</source>
        <translation>Scrutineers</translation>
    </message>
    <message>
        <source>鼓掌通过监票人、计票人名单</source>
        <translation>Adopt the scrutineers and tellers by acclamation</translation>
    </message>
    <message>
        <source>前往选举</source>
        <translation>To the contests</translation>
    </message>
    <message>
        <source>前往录票</source>
        <translation>To the ballot desk</translation>
    </message>
    <message>
        <source>查看结果</source>
        <translation>See the result</translation>
    </message>
    <message>
        <source>大会休会，召开执委会第一次全体会议</source>
        <translation>Recess: the executive committee's first plenary</translation>
    </message>
    <message>
        <source>全体会议结束，大会复会</source>
        <translation>Close the plenary; the congress resumes</translation>
    </message>
    <message>
        <source>计票人</source>
        <translation>Tellers</translation>
    </message>
    <message>
        <source>名册中的人：输入姓名或拼音首字母</source>
        <translation>From the roster: type a name or its pinyin initials</translation>
    </message>
    <message>
        <source>计票工作人员</source>
        <translation>Staff tellers</translation>
    </message>
    <message>
        <source>不在名册中的工作人员姓名，用逗号分隔</source>
        <translation>Staff not in the roster: names, separated by commas</translation>
    </message>
    <message>
        <source>主持人</source>
        <translation>Presiding officer</translation>
    </message>
    <message>
        <source>新当选的执委：输入姓名或拼音首字母</source>
        <translation>A new executive: type a name or its pinyin initials</translation>
    </message>
</context>
</TS>