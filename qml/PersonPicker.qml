pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// A person, picked by name and never by id: type a name, part of it or its
// pinyin initials (王芳 ← wf); the list holds only those the rules allow in
// `slot` now (App.session.pick), each with birth and post so that two 王芳
// are told apart; ↑↓ and Enter, or the mouse, choose. With `multiple` the
// chosen build a list (`chosen`, ids in the order picked), each removable.
ColumnLayout {
    id: picker
    property string slot: "person"
    property bool multiple: false
    property var chosen: []
    property var matches: []
    property string placeholder: qsTr("输入姓名或拼音首字母")
    readonly property string chosenId: chosen.length > 0 ? chosen[0] : ""
    spacing: 4
    function refresh() {
        matches = App.session.pick(slot, field.text, 8).filter(m => picker.chosen.indexOf(m.personId) < 0)
        list.currentIndex = 0
    }
    function choose(id) {
        if (!id)
            return
        chosen = multiple ? chosen.concat([id]) : [id]
        field.text = ""
        matches = []
    }
    function remove(id) { chosen = chosen.filter(x => x !== id) }
    function clear() { chosen = [] }
    Flow {
        visible: picker.chosen.length > 0
        Layout.fillWidth: true
        // A fixed preferred width: the width comes from the layout, never from how the chips flow (a polish loop otherwise).
        Layout.preferredWidth: 100
        spacing: 6
        Repeater {
            model: picker.chosen
            delegate: Button {
                required property string modelData
                text: App.session.nameOf(modelData) + "  ×"
                flat: true
                background: Rectangle { color: "#f4f1ea"; radius: 3; border.color: "#d7cfc2" }
                onClicked: picker.remove(modelData)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("移除")
            }
        }
    }
    TextField {
        id: field
        objectName: picker.objectName + ".field"
        visible: picker.multiple || picker.chosen.length === 0
        placeholderText: picker.placeholder
        Layout.fillWidth: true
        onTextEdited: picker.refresh()
        onActiveFocusChanged: if (activeFocus && text.length === 0) picker.refresh()
        onAccepted: if (picker.matches.length > 0) picker.choose(picker.matches[Math.max(0, list.currentIndex)].personId)
        Keys.onDownPressed: list.incrementCurrentIndex()
        Keys.onUpPressed: list.decrementCurrentIndex()
        Keys.onEscapePressed: picker.matches = []
    }
    ListView {
        id: list
        visible: picker.matches.length > 0 && (field.activeFocus || field.text.length > 0)
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(picker.matches.length, 5) * 38
        clip: true
        model: picker.matches
        highlightMoveDuration: 0
        delegate: ItemDelegate {
            id: option
            required property var modelData
            required property int index
            width: ListView.view.width
            height: 38
            highlighted: ListView.isCurrentItem
            focusPolicy: Qt.NoFocus
            contentItem: RowLayout {
                Label { text: option.modelData.name; font.bold: option.highlighted }
                Label { text: option.modelData.detail; color: "#777"; font.pixelSize: 13; elide: Text.ElideRight; Layout.fillWidth: true }
            }
            onClicked: picker.choose(option.modelData.personId)
        }
    }
}
