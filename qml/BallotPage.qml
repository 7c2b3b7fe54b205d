pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// The tellers' desk. Keyboard first: type a candidate's number to move it
// away from the default mark (approve → abstain → oppose), Enter accepts the
// ballot, Ctrl+Z withdraws the last one. Every accepted ballot is saved at once.
Page {
    id: ballotPage
    signal navigate(string key)
    readonly property var desk: App.session.desk

    // Feeds keys to the desk exactly as the keyboard does.
    function press(keys) {
        for (const k of keys)
            desk.key(k)
    }
    // The desk takes the keyboard whenever it is shown (not while scanning).
    function focusDesk() { if (tabs.currentIndex === 0) keys.forceActiveFocus() }
    function focusHome() { focusDesk() }
    onVisibleChanged: if (visible) focusDesk()
    function markText(mark) { return mark === "A" ? "○" : mark === "O" ? "×" : "" }

    Shortcut { sequence: "Ctrl+Z"; enabled: ballotPage.visible; onActivated: ballotPage.desk.undo() }

    // Two ways into the same round: typed at the desk, or read by the scanner.
    header: TabBar {
        id: tabs
        TabButton { text: qsTr("键盘录入"); width: implicitWidth + 40 }
        TabButton { text: qsTr("扫描选票"); width: implicitWidth + 40 }
        onCurrentIndexChanged: ballotPage.focusDesk()
    }
    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex
        Item {
            Item {
                id: keys
                anchors.fill: parent
                focus: ballotPage.visible && tabs.currentIndex === 0
                Keys.onPressed: event => {
                    if (event.modifiers & Qt.ControlModifier)
                        return
                    if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) ballotPage.desk.key("Enter")
                    else if (event.key === Qt.Key_Backspace) ballotPage.desk.key("Backspace")
                    else if (event.key === Qt.Key_Escape) ballotPage.desk.key("Escape")
                    else if (event.key === Qt.Key_Space) ballotPage.desk.key(" ")
                    else if (event.text.length === 1 && event.text >= "0" && event.text <= "9") ballotPage.desk.key(event.text)
                    else return
                    event.accepted = true
                }
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 16
                spacing: 10
                RowLayout {
                    spacing: 18
                    Label {
                        text: App.session.round.contest ? qsTr("录票：%1选举　第 %2 轮").arg(App.session.round.label).arg(App.session.round.number) : qsTr("录票")
                        font.pixelSize: 24; font.bold: true
                    }
                    Label {
                        // Once counted, the double entry's stacks are gone: the figure is what was counted.
                        text: ballotPage.desk.doubleEntry && ballotPage.desk.entered > 0
                              ? qsTr("已计入 %1 / 收回 %2 张").arg(ballotPage.desk.entered).arg(ballotPage.desk.returned)
                              : ballotPage.desk.sample > 0 && ballotPage.desk.nextBallot > 0
                              ? qsTr("抽查 %1 张：请录入扫描顺序第 %2 张（已录 %3 张）").arg(ballotPage.desk.sample).arg(ballotPage.desk.nextBallot).arg(ballotPage.desk.enteredA)
                              : ballotPage.desk.scanning
                              ? qsTr("计票人已录 %1 张，扫描可比对 %2 张，收回 %3 张").arg(ballotPage.desk.enteredA).arg(ballotPage.desk.enteredB).arg(ballotPage.desk.returned)
                              : ballotPage.desk.doubleEntry
                              ? qsTr("计票人 A 已录 %1 张，B 已录 %2 张，收回 %3 张").arg(ballotPage.desk.enteredA).arg(ballotPage.desk.enteredB).arg(ballotPage.desk.returned)
                              : qsTr("已录 %1 / 收回 %2 张").arg(ballotPage.desk.entered).arg(ballotPage.desk.returned)
                        font.pixelSize: 20
                        // Red while ballots remain to be typed, green once every returned ballot is in.
                        color: ballotPage.desk.returned > 0 && ballotPage.desk.entered === ballotPage.desk.returned ? "#1b5e20" : "#8c1c22"
                    }
                    Item { Layout.fillWidth: true }
                    Label { text: qsTr("默认") }
                    ComboBox {
                        model: [{ value: "A", label: qsTr("赞成 ○") }, { value: ".", label: qsTr("弃权（空白）") }]
                        textRole: "label"; valueRole: "value"
                        onActivated: ballotPage.desk.defaultMark = currentValue
                    }
                    CheckBox { text: qsTr("双人录入"); enabled: !ballotPage.desk.scanning; checked: ballotPage.desk.doubleEntry; onToggled: ballotPage.desk.doubleEntry = checked }
                    ComboBox {
                        visible: ballotPage.desk.doubleEntry && !ballotPage.desk.scanning
                        model: ["A", "B"]
                        onActivated: ballotPage.desk.teller = currentText
                    }
                }
                Label {
                    text: qsTr("输入候选人序号改变标记（○ → 空白 → ×），回车确认本张；Ctrl+Z 撤回上一张。已输入：") + ballotPage.desk.buffer
                    color: "#666"
                }
                // While correcting an entered ballot: which one, and the reason the record keeps.
                RowLayout {
                    visible: ballotPage.desk.correcting > 0
                    Label { text: qsTr("正在更正第 %1 张").arg(ballotPage.desk.correcting); font.bold: true; color: "#8c1c22" }
                    TextField {
                        id: correctionReason
                        placeholderText: qsTr("更正原因（必填，记入日志）")
                        text: ballotPage.desk.correctionReason
                        onTextEdited: ballotPage.desk.correctionReason = text
                        onAccepted: ballotPage.focusDesk()
                        Layout.fillWidth: true
                    }
                    Button { text: qsTr("放弃更正"); onClicked: { ballotPage.desk.cancelCorrection(); ballotPage.focusDesk() } }
                }
                // The ballot on the left; the ballots entered on the right (anchored: the grid takes what is left).
                Item {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    GridView {
                        id: grid
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.bottom: parent.bottom
                        anchors.right: entered.visible ? entered.left : parent.right
                        anchors.rightMargin: entered.visible ? 12 : 0
                        clip: true
                        cellWidth: 150
                        cellHeight: 96
                        model: ballotPage.desk.model
                        delegate: Rectangle {
                            id: cell
                            required property int number
                            required property string name
                            required property string mark
                            width: grid.cellWidth - 8
                            height: grid.cellHeight - 8
                            radius: 4
                            border.color: "#444"
                            color: cell.mark === "O" ? "#fdeaea" : cell.mark === "." ? "#f1f1f1" : "white"
                            Label { text: cell.number; anchors.left: parent.left; anchors.top: parent.top; anchors.margins: 4; color: "#888" }
                            Label { text: ballotPage.markText(cell.mark); anchors.horizontalCenter: parent.horizontalCenter; y: 4; font.pixelSize: 32; color: cell.mark === "O" ? "#b71c1c" : "#1b5e20" }
                            Label {
                                text: cell.name
                                width: parent.width - 8
                                horizontalAlignment: Text.AlignHCenter
                                fontSizeMode: Text.HorizontalFit
                                minimumPixelSize: 11
                                font.pixelSize: 20
                                anchors.horizontalCenter: parent.horizontalCenter
                                anchors.bottom: parent.bottom
                                anchors.bottomMargin: 8
                            }
                            MouseArea { anchors.fill: parent; onClicked: { ballotPage.desk.toggle(cell.number); ballotPage.focusDesk() } }
                        }
                    }
                    // The ballots entered, newest first: any of them can be put right until the count closes.
                    ColumnLayout {
                        id: entered
                        visible: !ballotPage.desk.doubleEntry && App.session.round.returned !== undefined && !App.session.round.closed
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.bottom: parent.bottom
                        width: Math.min(420, parent.width * 0.34)
                        Label { text: qsTr("已录入的选票"); font.bold: true }
                        ListView {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            clip: true
                            model: ballotPage.desk.entries
                            ScrollBar.vertical: ScrollBar {}
                            delegate: RowLayout {
                                id: erow
                                required property int index
                                required property string summary
                                width: ListView.view.width - 12
                                Label { text: qsTr("第 %1 张").arg(erow.index); color: "#666"; Layout.preferredWidth: 64 }
                                Label { text: erow.summary; elide: Text.ElideRight; Layout.fillWidth: true }
                                Button { text: qsTr("更正"); flat: true; onClicked: { ballotPage.desk.beginCorrection(erow.index); ballotPage.focusDesk() } }
                            }
                        }
                    }
                }
                RowLayout {
                    TextField { id: writeIn; placeholderText: qsTr("另选人姓名"); onAccepted: { ballotPage.desk.addWriteIn(text); text = ""; keys.forceActiveFocus() } }
                    Label { text: ballotPage.desk.writeIns.length ? qsTr("另选：") + ballotPage.desk.writeIns.join("、") : "" }
                    Item { Layout.fillWidth: true }
                    TextField { id: voidReason; placeholderText: qsTr("无效原因") }
                    Button { text: qsTr("作废票"); onClicked: { ballotPage.desk.acceptVoid(voidReason.text.length ? voidReason.text : qsTr("无法辨认")); ballotPage.focusDesk() } }
                    Button { text: qsTr("撤回上一张 Ctrl+Z"); visible: ballotPage.desk.correcting === 0; onClicked: { ballotPage.desk.undo(); ballotPage.focusDesk() } }
                    Button { text: ballotPage.desk.correcting > 0 ? qsTr("确认更正 ⏎") : qsTr("确认本张 ⏎"); highlighted: true; onClicked: { ballotPage.desk.accept(); ballotPage.focusDesk() } }
                }
                // The question before a ballot with consequences: answered by Enter (yes) or Esc (change it).
                Label {
                    visible: ballotPage.desk.warning.length > 0
                    text: ballotPage.desk.warning
                    color: "#b71c1c"
                    font.bold: true
                    font.pixelSize: 20
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    padding: 8
                    background: Rectangle { color: "#fff3d6"; border.color: "#e0b050"; radius: 4 }
                }
                Label {
                    visible: ballotPage.desk.warning.length === 0
                    text: ballotPage.desk.message
                    color: "#444"
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                ColumnLayout {
                    visible: ballotPage.desk.doubleEntry
                    Label { text: qsTr("两次录入不一致的选票（%1 张），请监票人裁定").arg(ballotPage.desk.differences.count); font.bold: true }
                    Repeater {
                        model: ballotPage.desk.differences
                        delegate: RowLayout {
                            id: drow
                            required property int index
                            required property string a
                            required property string b
                            Label { text: qsTr("第 %1 张").arg(drow.index + 1) }
                            Button { text: (ballotPage.desk.scanning ? qsTr("计票人：") : "A：") + drow.a; onClicked: ballotPage.desk.settle(drow.index, "A", App.session.scrutineerIds()[0]) }
                            Button { text: (ballotPage.desk.scanning ? qsTr("扫描：") : "B：") + drow.b; onClicked: ballotPage.desk.settle(drow.index, "B", App.session.scrutineerIds()[0]) }
                        }
                    }
                    Button { text: qsTr("两次录入一致，计入票数"); onClicked: ballotPage.desk.commitEntries() }
                }
                RowLayout {
                    Button {
                        text: qsTr("监票人签字，结束计票")
                        enabled: App.session.round.returned !== undefined && !App.session.round.closed
                        onClicked: { if (App.session.closeCount(App.session.scrutineerIds()) === "") ballotPage.navigate("results") }
                    }
                }
            }
        }
        ScanPage {}
    }
}
