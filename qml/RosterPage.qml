pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

Page {
    title: qsTr("名册")
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        Label {
            text: qsTr("名册（%1 人）").arg(list.count)
            font.pixelSize: 24
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: App.roster
            delegate: ItemDelegate {
                id: row
                required property string personId
                required property string name
                required property string sex
                required property string birth
                required property string post
                width: ListView.view.width
                text: row.name + "　" + row.sex + "　" + row.birth + "　" + row.post
            }
        }
    }
}
