pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One line of the roster table: the columns at fixed widths (0 fills), the
// header in bold, the id in small grey print.
RowLayout {
    id: line
    property var columns: []
    property var values: null
    property bool header: false
    spacing: 8
    Repeater {
        model: line.columns
        delegate: Label {
            required property var modelData
            readonly property bool isId: modelData.role === "personId"
            text: line.header ? modelData.title : (line.values ? line.values[modelData.role] || "" : "")
            font.bold: line.header
            font.pixelSize: isId && !line.header ? 11 : 14
            color: isId ? "#777" : "#222"
            elide: Text.ElideRight
            leftPadding: 6
            Layout.preferredWidth: modelData.width > 0 ? modelData.width : 120
            Layout.fillWidth: modelData.width === 0
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
