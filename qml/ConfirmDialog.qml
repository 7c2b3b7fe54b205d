pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Asks once before a step with consequences (a figure that voids the round)
// and takes the reason of a correction. `action(reason)` sends the command
// and returns "" or the refusal, which stays here, beside the cause, until
// the operator changes something or goes back.
Dialog {
    id: dialog
    property string message
    property string warning
    property bool needsReason: false
    property string confirmText: qsTr("确认")
    property string cancelText: qsTr("返回修改")
    property var action: null
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (Overlay.overlay ? Overlay.overlay.width : 680) - 40)
    // Ask and open in one call.
    function ask(title, message, warning, needsReason, confirmText, action) {
        dialog.title = title
        dialog.message = message
        dialog.warning = warning
        dialog.needsReason = needsReason
        dialog.confirmText = confirmText
        dialog.action = action
        open()
    }
    onOpened: {
        reasonField.text = ""
        refusal.text = ""
        if (needsReason)
            reasonField.forceActiveFocus()
        else
            confirm.forceActiveFocus()
    }
    ColumnLayout {
        width: parent.width
        spacing: 12
        Label { text: dialog.message; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        Label {
            visible: dialog.warning.length > 0
            text: dialog.warning
            color: "#b71c1c"
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        TextField {
            id: reasonField
            visible: dialog.needsReason
            placeholderText: qsTr("更正原因（必填，记入日志）")
            Layout.fillWidth: true
            onTextEdited: refusal.text = ""
            onAccepted: if (confirm.enabled) confirm.clicked()
        }
        Label { id: refusal; visible: text.length > 0; color: "#b71c1c"; wrapMode: Text.WordWrap; Layout.fillWidth: true }
    }
    footer: DialogButtonBox {
        Button {
            id: confirm
            text: dialog.confirmText
            enabled: !dialog.needsReason || reasonField.text.trim().length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                const r = dialog.action ? dialog.action(reasonField.text.trim()) : ""
                if (r === "")
                    dialog.close()
                else
                    refusal.text = r
            }
        }
        Button {
            text: dialog.cancelText
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
