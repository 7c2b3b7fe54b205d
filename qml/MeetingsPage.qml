pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// Meetings: open one, or create one from a template with its election method.
Page {
    id: meetingsPage
    readonly property var topicSources: [[qsTr("党组织："), "party_organisation"], [qsTr("上级妇联："), "upper_federation"],
                                         [qsTr("主席："), "chair"], [qsTr("执委："), "executives"], [qsTr("群众："), "women"]]
    function fromRegister() {
        return App.executiveRegister.kept && (kind.currentValue === "executive_meeting" || kind.currentValue === "executive_by_election")
    }
    // One topic per line; a prefix names where it came from (the chair by default).
    function parseTopics(text) {
        const out = []
        for (const raw of text.split("\n")) {
            let line = raw.trim(), source = "chair"
            for (const [prefix, code] of topicSources)
                if (line.startsWith(prefix)) { source = code; line = line.slice(prefix.length).trim() }
            if (line.length > 0)
                out.push({ id: "t" + (out.length + 1), title: line, source: source })
        }
        return out
    }
    signal opened()

    function open(id) {
        App.session.setMeeting(id)
        meetingsPage.opened()
    }
    function createWith(meeting) {
        const def = { id: meeting.id, kind: meeting.kind, title: meeting.title ?? "", date: meeting.date ?? "",
                      place: meeting.place ?? "", presiding: meeting.presiding ?? "", recorder: meeting.recorder ?? "" }
        if (meeting.topics !== undefined) def.topics = meeting.topics
        if (meeting.elections !== undefined) def.elections = meeting.elections
        const ok = App.createMeeting(def, meeting.expected ?? [], meeting.method ?? {})
        if (ok)
            meetingsPage.opened()
        return ok
    }
    // Meeting ids are made here, never typed: the kind and the date, made unique.
    function newId(kind, date) {
        const base = kind + "-" + date
        const taken = []
        for (let i = 0; i < App.meetings.count; ++i)
            taken.push(App.meetings.get(i).meetingId)
        let id = base
        for (let n = 2; taken.indexOf(id) >= 0; ++n)
            id = base + "-" + n
        return id
    }
    function create() {
        const method = {}
        if (quorum.currentValue === "at_least")
            method.quorum = { num: 2, den: 3, strict: false }
        if (tie.currentValue !== "revote") method.tie = tie.currentValue
        if (shortfall.currentValue !== "supplementary") method.shortfall = shortfall.currentValue
        if (marks.currentValue !== "circle_cross") method.marks = marks.currentValue
        if (nameOrder.currentValue !== "surname") method.name_order = nameOrder.currentValue
        const def = { id: meetingsPage.newId(kind.currentValue, date.text), kind: kind.currentValue, title: title.text, date: date.text,
                      place: place.text, presiding: presiding.chosenId, recorder: recorder.chosenId }
        if (kind.currentValue === "executive_meeting")
            def.topics = parseTopics(topics.text)
        const ok = App.createMeeting(def, [], method)
        if (ok)
            meetingsPage.opened()
        return ok
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 20
        ColumnLayout {
            Layout.preferredWidth: 440
            Layout.fillHeight: true
            Label { text: qsTr("会议"); font.pixelSize: 24; font.bold: true }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: App.meetings
                delegate: ItemDelegate {
                    id: mrow
                    required property string meetingId
                    required property string title
                    required property string date
                    required property int present
                    required property int expected
                    width: ListView.view.width
                    highlighted: App.session.meetingId === mrow.meetingId
                    text: mrow.title + "\n" + mrow.date + qsTr("　实到 %1 / 应到 %2").arg(mrow.present).arg(mrow.expected)
                    onClicked: meetingsPage.open(mrow.meetingId)
                }
            }
        }
        // The form scrolls; its action stays in view below it.
        ColumnLayout {
          Layout.fillWidth: true
          Layout.preferredWidth: 600 // fixed: the form's own width must not feed back into the row
          Layout.fillHeight: true
          ScrollView {
            id: formScroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            GridLayout {
                width: formScroll.availableWidth
                columns: 2
                columnSpacing: 12
                Label { text: qsTr("新建会议"); font.pixelSize: 22; font.bold: true; Layout.columnSpan: 2 }
                Label { text: qsTr("会议类型") }
                ComboBox {
                    id: kind
                    Layout.fillWidth: true
                    textRole: "label"
                    valueRole: "kind"
                    model: [
                        { kind: "founding_congress", label: qsTr("成立大会（第一次妇女代表大会）") },
                        { kind: "reelection_congress", label: qsTr("换届大会") },
                        { kind: "executive_by_election", label: qsTr("执委增替补选举") },
                        { kind: "executive_meeting", label: qsTr("执委会会议") }
                    ]
                }
                Label { text: qsTr("名称") }
                TextField { id: title; Layout.fillWidth: true; placeholderText: qsTr("例如：星光社区妇女联合会第一次妇女代表大会") }
                Label { text: qsTr("日期") }
                TextField { id: date; text: Qt.formatDate(new Date(), "yyyy-MM-dd"); Layout.fillWidth: true }
                Label { text: qsTr("地点") }
                TextField { id: place; Layout.fillWidth: true }
                Label { text: qsTr("主持人") }
                PersonPicker { id: presiding; objectName: "presidingPicker"; slot: "person"; Layout.fillWidth: true }
                Label { text: qsTr("记录人") }
                PersonPicker { id: recorder; objectName: "recorderPicker"; slot: "person"; Layout.fillWidth: true }
                Label { text: qsTr("应到"); }
                Label {
                    text: meetingsPage.fromRegister() ? qsTr("执委名册现任执委（%1 人）").arg(App.executiveRegister.size)
                                                      : qsTr("名册全体（%1 人）").arg(App.roster.count)
                }
                Label { visible: kind.currentValue === "executive_meeting"; text: qsTr("议题") }
                TextArea {
                    id: topics
                    visible: kind.currentValue === "executive_meeting"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 80
                    placeholderText: qsTr("每行一个议题，可加来源前缀：党组织：/上级妇联：/主席：/执委：/群众：")
                }
                Label { text: qsTr("选举办法"); font.bold: true; Layout.columnSpan: 2; topPadding: 8 }
                Label { text: qsTr("法定人数") }
                SettingBox { id: quorum; key: "quorum"; options: [{ value: "exceed", label: qsTr("超过三分之二") }, { value: "at_least", label: qsTr("三分之二以上（含）") }] }
                Label { text: qsTr("末位票数相等") }
                SettingBox { id: tie; key: "tie"; options: [{ value: "revote", label: qsTr("再次投票") }, { value: "fewer_oppose_then_revote", label: qsTr("不赞成票少者当选") }] }
                Label { text: qsTr("当选人数不足") }
                SettingBox { id: shortfall; key: "shortfall"; options: [{ value: "supplementary", label: qsTr("另行选举") }, { value: "none", label: qsTr("不再选举") }, { value: "reduce_seats", label: qsTr("减少名额") }] }
                Label { text: qsTr("划票符号") }
                SettingBox { id: marks; key: "marks"; options: [{ value: "circle_cross", label: qsTr("○ / × / 空白") }, { value: "tick_cross_circle", label: qsTr("√ / × / 〇") }] }
                Label { text: qsTr("姓名排序") }
                SettingBox { id: nameOrder; key: "name_order"; options: [{ value: "surname", label: qsTr("姓氏笔画") }, { value: "full_name", label: qsTr("姓名笔画") }] }
                Label { text: qsTr("增替补选举的提名（当前会议）"); font.bold: true; Layout.columnSpan: 2; topPadding: 12; visible: App.session.kind === "executive_by_election" }
                Label { text: qsTr("被提名人"); visible: App.session.kind === "executive_by_election" }
                PersonPicker { id: nominee; visible: App.session.kind === "executive_by_election"; slot: "person"; Layout.fillWidth: true }
                Label { text: qsTr("提名方式"); visible: App.session.kind === "executive_by_election" }
                ComboBox {
                    id: path
                    visible: App.session.kind === "executive_by_election"
                    Layout.fillWidth: true
                    textRole: "label"; valueRole: "value"
                    model: [{ value: "organisation", label: qsTr("组织推荐") }, { value: "members", label: qsTr("群众推荐") }, { value: "self", label: qsTr("个人自荐") }]
                }
                Label { text: qsTr("联名执委数 / 批复日期"); visible: App.session.kind === "executive_by_election" }
                RowLayout {
                    visible: App.session.kind === "executive_by_election"
                    SpinBox { id: supporters; to: 1000; editable: true }
                    TextField { id: approved; placeholderText: "YYYY-MM-DD" }
                    Button {
                        text: qsTr("登记提名")
                        onClicked: App.session.command({ "do": "nominate", person: nominee.chosenId, path: path.currentValue, supporters: supporters.value, approved: approved.text })
                    }
                }
            }
          }
          RowLayout {
              Layout.fillWidth: true
              Item { Layout.fillWidth: true }
              Button { text: qsTr("建立会议"); highlighted: true; enabled: date.text.length > 0; onClicked: meetingsPage.create() }
          }
        }
    }
}
