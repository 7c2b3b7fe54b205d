pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// One election-method setting: its choices, and a sentence on what the chosen one means.
ColumnLayout {
    id: box
    required property string key
    required property var options
    readonly property string currentValue: combo.currentValue ?? ""
    Layout.fillWidth: true
    Layout.preferredWidth: 300
    ComboBox {
        id: combo
        Layout.fillWidth: true
        model: box.options
        textRole: "label"
        valueRole: "value"
    }
    Label {
        text: App.explainSetting(box.key, combo.currentValue)
        color: "#555"
        font.pixelSize: 14
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.preferredWidth: 300 // not the text's own width: a wrapped label must not size its layout
    }
}
