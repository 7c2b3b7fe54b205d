pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// One person of the roster, added or edited by hand (a journaled command
// each), or removed when entered in error — with the reason, and only if no
// meeting and no register entry names the person (the engine decides).
Dialog {
    id: dialog
    property string personId: ""
    property bool removing: false
    readonly property var fields: [
        { key: "name", label: qsTr("姓名（必填）") }, { key: "sex", label: qsTr("性别") },
        { key: "birth", label: qsTr("出生年月（如 1978-03）") }, { key: "ethnicity", label: qsTr("民族") },
        { key: "party", label: qsTr("政治面貌") }, { key: "education", label: qsTr("学历") },
        { key: "workplace", label: qsTr("工作单位") }, { key: "post", label: qsTr("职务") },
        { key: "phone", label: qsTr("联系电话") }
    ]
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(620, (Overlay.overlay ? Overlay.overlay.width : 660) - 40)
    title: personId.length ? qsTr("修改人员信息") : qsTr("新增人员")
    function edit(id) {
        personId = id
        const p = id.length ? App.roster.person(id) : {}
        for (let i = 0; i < inputs.count; ++i)
            inputs.itemAt(i).text = p[fields[i].key] || ""
        open()
    }
    function values() {
        const p = { id: personId }
        for (let i = 0; i < inputs.count; ++i)
            p[fields[i].key] = inputs.itemAt(i).text
        return p
    }
    onOpened: {
        removing = false
        refusal.text = ""
        reason.text = ""
        inputs.itemAt(0).forceActiveFocus()
    }
    ColumnLayout {
        width: parent.width
        spacing: 10
        GridLayout {
            columns: 2
            columnSpacing: 12
            rowSpacing: 6
            Layout.fillWidth: true
            Repeater {
                id: labels
                model: dialog.fields
                delegate: Label {
                    required property var modelData
                    required property int index
                    text: modelData.label
                    Layout.row: index
                    Layout.column: 0
                }
            }
            Repeater {
                id: inputs
                model: dialog.fields
                delegate: TextField {
                    required property var modelData
                    required property int index
                    objectName: "person." + modelData.key
                    Layout.row: index
                    Layout.column: 1
                    Layout.fillWidth: true
                    onTextEdited: refusal.text = ""
                    onAccepted: save.clicked()
                }
            }
        }
        Label {
            visible: dialog.personId.length > 0
            text: qsTr("编号 %1").arg(dialog.personId)
            color: "#666"
            font.pixelSize: 12
        }
        TextField {
            id: reason
            visible: dialog.removing
            placeholderText: qsTr("删除原因（必填，记入日志），如：重复录入")
            Layout.fillWidth: true
            onTextEdited: refusal.text = ""
            onAccepted: remove.clicked()
        }
        Label { id: refusal; visible: text.length > 0; color: "#b71c1c"; wrapMode: Text.WordWrap; Layout.fillWidth: true }
    }
    footer: DialogButtonBox {
        Button {
            id: save
            visible: !dialog.removing
            text: qsTr("保存")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                if (App.savePerson(dialog.values()))
                    dialog.close()
                else
                    refusal.text = App.message
            }
        }
        Button {
            id: remove
            visible: dialog.personId.length > 0
            text: dialog.removing ? qsTr("确认删除") : qsTr("从名册删除…")
            enabled: !dialog.removing || reason.text.trim().length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                if (!dialog.removing) {
                    dialog.removing = true
                    reason.forceActiveFocus()
                } else if (App.removePerson(dialog.personId, reason.text)) {
                    dialog.close()
                } else {
                    refusal.text = App.message
                }
            }
        }
        Button {
            text: qsTr("取消")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
