pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// Open or create a workspace, create the federation, set up the signing key.
Page {
    id: start
    function create(path) {
        return App.createWorkspace(path, fedName.text, kinds.currentValue, partyOrg.text, upper.text)
    }
    // The form filled in and submitted in one go (the scenario driver types this way).
    function createWith(path, federation) {
        fedName.text = federation.name
        kinds.currentIndex = kinds.indexOfValue(federation.kind)
        partyOrg.text = federation.party_organisation ?? ""
        upper.text = federation.upper_federation ?? ""
        return create(path)
    }
    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width - 48
            x: 24
            spacing: 14
            Label { text: qsTr("工作区"); font.pixelSize: 26; font.bold: true; topPadding: 16 }
            Label {
                text: App.hasWorkspace ? qsTr("已打开：%1").arg(App.workspacePath) : qsTr("每个妇联一个工作区文件（.huixuan），记录全部会议和名册。")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                Button {
                    text: qsTr("打开工作区…")
                    onClicked: {
                        const path = App.askFile("open", qsTr("打开工作区"), qsTr("会选工作区 (*.huixuan)"))
                        if (path.length > 0)
                            App.openWorkspace(path)
                    }
                }
            }
            GroupBox {
                title: qsTr("最近使用的工作区")
                visible: App.recentWorkspaces.length > 0
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    Repeater {
                        model: App.recentWorkspaces
                        delegate: RowLayout {
                            id: recent
                            required property string modelData
                            Layout.fillWidth: true
                            Button {
                                text: recent.modelData.substring(recent.modelData.lastIndexOf("/") + 1)
                                enabled: recent.modelData !== App.workspacePath
                                onClicked: App.openWorkspace(recent.modelData)
                            }
                            Label {
                                text: recent.modelData.substring(0, recent.modelData.lastIndexOf("/"))
                                opacity: 0.6
                                elide: Text.ElideMiddle
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
            GroupBox {
                title: qsTr("新建工作区并建立妇联")
                Layout.fillWidth: true
                GridLayout {
                    columns: 2
                    anchors.fill: parent
                    Label { text: qsTr("妇联名称") }
                    TextField { id: fedName; Layout.fillWidth: true; placeholderText: qsTr("例如：星光社区妇女联合会") }
                    Label { text: qsTr("组织类型") }
                    ComboBox {
                        id: kinds
                        textRole: "label"
                        valueRole: "kind"
                        model: [
                            { kind: "community", label: qsTr("社区") }, { kind: "village", label: qsTr("村") },
                            { kind: "township", label: qsTr("乡镇") }, { kind: "street", label: qsTr("街道") },
                            { kind: "new_sector", label: qsTr("新领域（四新）") }, { kind: "system", label: qsTr("机关事业单位系统") }
                        ]
                    }
                    Label { text: qsTr("同级党组织") }
                    TextField { id: partyOrg; objectName: "partyOrgField"; Layout.fillWidth: true }
                    Label { text: qsTr("上级妇联") }
                    TextField { id: upper; objectName: "upperField"; Layout.fillWidth: true }
                    Item { width: 1 }
                    Button {
                        text: qsTr("选择保存位置并新建…")
                        enabled: fedName.text.length > 0
                        onClicked: {
                            const path = App.askFile("save", qsTr("新建工作区"), qsTr("会选工作区 (*.huixuan)"), "huixuan")
                            if (path.length > 0)
                                start.create(path)
                        }
                    }
                }
            }
            GroupBox {
                title: qsTr("签名密钥")
                visible: App.hasWorkspace
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    Label {
                        text: App.hasSigningKey ? qsTr("已有签名密钥：报送的文件将加数字签名。") : qsTr("尚无签名密钥。设定口令（至少 8 个字符）后生成；口令请妥善保管。")
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        visible: !App.hasSigningKey
                        TextField { id: pass1; echoMode: TextInput.Password; placeholderText: qsTr("口令") }
                        TextField { id: pass2; echoMode: TextInput.Password; placeholderText: qsTr("再输一次") }
                        Button {
                            text: qsTr("生成密钥")
                            enabled: pass1.text.length >= 8 && pass1.text === pass2.text
                            onClicked: App.createSigningKey(pass1.text)
                        }
                    }
                }
            }
        }
    }
}
