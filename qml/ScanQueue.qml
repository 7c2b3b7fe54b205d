pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What the scan waits for, each with its cell cut out of the image: a mark
// the scrutineer on duty decides, a sheet set aside that the scrutineers
// void or take out, a name written in that the teller on duty types.
ColumnLayout {
    id: queue
    required property var scan
    spacing: 6
    RowLayout {
        spacing: 8
        Label { text: qsTr("待处理（%1 项）").arg(queue.scan.tasks.length); font.bold: true; font.pixelSize: 18 }
        Item { Layout.fillWidth: true }
        Label { text: qsTr("裁定的监票人") }
        ComboBox {
            id: scrutineer
            model: queue.scan.scrutineers
            textRole: "name"
            valueRole: "id"
            Layout.preferredWidth: 130
        }
        Label { text: qsTr("录入的计票人") }
        ComboBox {
            id: teller
            model: queue.scan.tellers
            textRole: "name"
            valueRole: "id"
            Layout.preferredWidth: 130
        }
    }
    Label {
        visible: queue.scan.tasks.length === 0
        text: queue.scan.counted ? qsTr("本轮已计票。")
              : queue.scan.waiting > 0 ? qsTr("点按“记录这一批”后，这一批读不清的格子、搁置的选票和另选人姓名会列在这里，交监票人裁定。")
              : queue.scan.scanned > 0 ? qsTr("扫描的选票都已读清或裁定。请计票人在“键盘录入”中录入同一叠选票（A），两次录入逐张比对。")
                                     : qsTr("扫描后读不清的格子、搁置的选票和另选人姓名会列在这里。")
        color: "#666"
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 6
        model: queue.scan.tasks
        ScrollBar.vertical: ScrollBar {}
        delegate: Rectangle {
            id: task
            required property var modelData
            readonly property bool forScrutineers: task.modelData.kind !== "write_in_name"
            width: ListView.view.width - 14
            height: row.implicitHeight + 12
            color: "white"
            border.color: task.modelData.kind === "ballot" ? "#e0b050" : "#d7cfc2"
            radius: 4
            RowLayout {
                id: row
                anchors.fill: parent
                anchors.margins: 6
                spacing: 10
                Image {
                    source: task.modelData.image
                    sourceSize.height: task.modelData.kind === "ballot" ? 240 : 180
                    Layout.preferredHeight: task.modelData.kind === "ballot" ? 120 : 90
                    Layout.preferredWidth: 160
                    fillMode: Image.PreserveAspectFit
                    cache: false
                    // A click shows the whole ballot, its marks drawn, beside the queue.
                    MouseArea { anchors.fill: parent; cursorShape: Qt.PointingHandCursor; onClicked: queue.scan.showBallot(task.modelData.ballot) }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Label { text: task.modelData.text; wrapMode: Text.WordWrap; Layout.fillWidth: true }
                    RowLayout {
                        visible: task.modelData.kind === "cell" || task.modelData.kind === "write_in_mark"
                        Repeater {
                            model: [{ mark: "approve", label: qsTr("赞成 ○") }, { mark: "oppose", label: qsTr("不赞成 ×") }, { mark: "blank", label: qsTr("弃权（空白）") }]
                            delegate: Button {
                                required property var modelData
                                text: modelData.label
                                onClicked: queue.scan.decide(task.modelData.ballot, task.modelData.candidate, task.modelData.writeIn, modelData.mark, scrutineer.currentValue)
                            }
                        }
                    }
                    RowLayout {
                        visible: task.modelData.kind === "write_in_name"
                        TextField {
                            id: name
                            placeholderText: qsTr("图中所写的姓名")
                            Layout.preferredWidth: 160
                            onAccepted: queue.scan.transcribe(task.modelData.ballot, task.modelData.writeIn, text, teller.currentValue)
                        }
                        Button {
                            text: qsTr("确认姓名")
                            enabled: name.text.trim().length > 0
                            onClicked: queue.scan.transcribe(task.modelData.ballot, task.modelData.writeIn, name.text, teller.currentValue)
                        }
                        Button {
                            text: qsTr("没有写姓名")
                            onClicked: queue.scan.transcribe(task.modelData.ballot, task.modelData.writeIn, "", teller.currentValue)
                        }
                    }
                    RowLayout {
                        visible: task.modelData.kind === "ballot"
                        Button {
                            text: qsTr("作废票（无法辨认）")
                            onClicked: queue.scan.decideBallot(task.modelData.ballot, false, scrutineer.currentValue)
                        }
                        Button {
                            text: qsTr("不是本轮选票（取出）")
                            onClicked: queue.scan.decideBallot(task.modelData.ballot, true, scrutineer.currentValue)
                        }
                    }
                }
            }
        }
    }
}
