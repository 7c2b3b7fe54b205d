pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// A regular executive meeting's business: each topic with where it came from,
// its deliberation (acclamation, hands or deferred) and the feedback; duty
// reports; the annual review; closing the meeting. The engine decides
// adoption by the method's threshold; this only sends what the hall did.
ColumnLayout {
    id: panel
    spacing: 8
    property string outcome: ""
    function send(step) {
        const refusal = App.session.command(step)
        outcome = refusal
        return refusal
    }
    function deliberate(topic, by, approve, oppose, abstain) {
        return send({ "do": "deliberate", "topic": topic, "by": by, "approve": approve, "oppose": oppose, "abstain": abstain })
    }
    function feedback(topic, text, date) { return send({ "do": "feedback", "topic": topic, "feedback": text, "date": date }) }
    function dutyReport(person, form) { return send({ "do": "duty_report", "person": person, "form": form }) }
    function review(year, results) { return send({ "do": "review", "year": year, "results": results }) }
    function closeMeeting() { return send({ "do": "close_meeting" }) }

    Label { text: qsTr("议题"); font.pixelSize: 18; color: "#8c1c22"; font.bold: true }
    Repeater {
        model: App.session.topics
        delegate: Frame {
            id: topicRow
            required property string topicId
            required property string title
            required property string source
            required property string detail
            required property string feedback
            required property bool deliberated
            Layout.fillWidth: true
            ColumnLayout {
                width: parent.width
                Label {
                    text: topicRow.title + "　（" + topicRow.source + "）" + (topicRow.deliberated ? "　" + topicRow.detail : "")
                    font.bold: !topicRow.deliberated
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    visible: !topicRow.deliberated && !App.session.closed
                    Button { text: qsTr("鼓掌通过"); onClicked: panel.deliberate(topicRow.topicId, "acclamation", 0, 0, 0) }
                    Label { text: qsTr("举手：赞成") }
                    SpinBox { id: yes; from: 0; to: 999; editable: true; Layout.preferredWidth: 100 }
                    Label { text: qsTr("反对") }
                    SpinBox { id: no; from: 0; to: 999; editable: true; Layout.preferredWidth: 100 }
                    Label { text: qsTr("弃权") }
                    SpinBox { id: abst; from: 0; to: 999; editable: true; Layout.preferredWidth: 100 }
                    Button { text: qsTr("表决"); onClicked: panel.deliberate(topicRow.topicId, "show_of_hands", yes.value, no.value, abst.value) }
                    Button { text: qsTr("暂缓"); onClicked: panel.deliberate(topicRow.topicId, "deferred", 0, 0, 0) }
                }
                RowLayout {
                    visible: topicRow.deliberated
                    Layout.fillWidth: true
                    Label {
                        text: topicRow.feedback.length ? qsTr("反馈：") + topicRow.feedback : qsTr("尚未反馈")
                        color: topicRow.feedback.length ? "#1b5e20" : "#8a6d3b"
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    TextField { id: fb; visible: !topicRow.feedback.length; placeholderText: qsTr("向提出方反馈的内容"); Layout.preferredWidth: 260 }
                    Button {
                        visible: !topicRow.feedback.length
                        text: qsTr("记录反馈")
                        onClicked: panel.feedback(topicRow.topicId, fb.text, Qt.formatDate(new Date(), "yyyy-MM-dd"))
                    }
                }
            }
        }
    }
    RowLayout {
        visible: !App.session.closed
        Label { text: qsTr("述职") }
        ComboBox { id: reporter; model: App.session.attendance; textRole: "name"; valueRole: "personId"; currentIndex: count > 0 ? 0 : -1; Layout.preferredWidth: 160 }
        Button { text: qsTr("口头述职"); onClicked: panel.dutyReport(reporter.currentValue, "oral") }
        Button { text: qsTr("书面述职"); onClicked: panel.dutyReport(reporter.currentValue, "written") }
        Item { Layout.fillWidth: true }
        Button { text: qsTr("散会"); highlighted: true; onClicked: panel.closeMeeting() }
    }
    RowLayout {
        visible: !App.session.closed
        Label { text: qsTr("评议") }
        SpinBox { id: reviewYear; from: 2000; to: 2100; value: new Date().getFullYear(); editable: true; textFromValue: v => String(v) }
        ComboBox { id: reviewed; model: App.session.attendance; textRole: "name"; valueRole: "personId"; currentIndex: count > 0 ? 0 : -1; Layout.preferredWidth: 160 }
        ComboBox {
            id: grade
            textRole: "label"
            valueRole: "value"
            model: App.executiveRegister.codes("review").map(c => ({ value: c, label: App.executiveRegister.codeText("review", c) }))
        }
        Button {
            text: qsTr("记录评议")
            onClicked: {
                const results = {}
                results[reviewed.currentValue] = grade.currentValue
                panel.review(reviewYear.value, results)
            }
        }
    }
    Label {
        visible: App.session.closed
        text: qsTr("会议已结束；本次出勤已计入执委名册。")
        color: "#1b5e20"
    }
    Label { visible: panel.outcome.length > 0; text: panel.outcome; color: "#b71c1c"; wrapMode: Text.WordWrap; Layout.fillWidth: true }
}
