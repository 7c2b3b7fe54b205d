pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// The meeting's documents: generate and sign them, preview, print through
// the system's print dialog, and verify a filed PDF or a scanned QR code.
Page {
    id: documentsPage
    property string selected: ""
    property int pageNumber: 0
    property string verdict: ""
    function generate(passphrase) { return App.generateDocuments(passphrase) }
    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 16
        ColumnLayout {
            Layout.preferredWidth: 360
            Layout.fillHeight: true
            Label { text: qsTr("会议文件"); font.pixelSize: 22; font.bold: true }
            RowLayout {
                TextField { id: pass; enabled: App.hasSigningKey; echoMode: TextInput.Password; placeholderText: qsTr("签名密钥口令"); Layout.fillWidth: true }
                Button { text: qsTr("生成并签名"); enabled: App.hasSigningKey; onClicked: documentsPage.generate(pass.text) }
            }
            Label { visible: !App.hasSigningKey; text: qsTr("请先在“开始”页生成签名密钥。"); color: "#8a6d3b"; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label {
                visible: App.session.countOpen
                text: qsTr("计票尚未结束：现在生成的文件只记到此刻为止，不含本轮结果；结束计票后请重新生成，报送以最后生成的为准。")
                color: "#8a6d3b"
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: App.documents
                delegate: ItemDelegate {
                    id: drow
                    required property string file
                    required property string path
                    width: ListView.view.width
                    text: drow.file
                    highlighted: documentsPage.selected === drow.path
                    onClicked: { documentsPage.selected = drow.path; documentsPage.pageNumber = 0 }
                }
            }
            GroupBox {
                title: qsTr("核验")
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    Button {
                        text: qsTr("核验 PDF 或 record.json…")
                        onClicked: {
                            const path = App.askFile("open", qsTr("选择要核验的文件"), qsTr("报送文件 (*.pdf *.json)"))
                            if (path.length > 0)
                                documentsPage.verdict = App.verifyFile(path)
                        }
                    }
                    RowLayout {
                        TextField { id: code; placeholderText: qsTr("扫描得到的核验码 HX1|…"); Layout.fillWidth: true }
                        Button { text: qsTr("核对"); onClicked: documentsPage.verdict = App.verifyCode(code.text) }
                    }
                    // Fingerprints and digests are long unbroken strings: wrap anywhere.
                    Label { text: documentsPage.verdict; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true; color: documentsPage.verdict.indexOf("有效") === 0 || documentsPage.verdict.indexOf("valid") === 0 ? "#1b5e20" : "#b71c1c" }
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            RowLayout {
                Button { text: qsTr("上一页"); enabled: documentsPage.pageNumber > 0; onClicked: documentsPage.pageNumber-- }
                Button { text: qsTr("下一页"); enabled: documentsPage.selected.length > 0; onClicked: documentsPage.pageNumber++ }
                Button { text: qsTr("打印…"); enabled: documentsPage.selected.length > 0; onClicked: App.printDocument(documentsPage.selected) }
                Label { text: App.documentsFolder; color: "#666"; elide: Text.ElideLeft; Layout.fillWidth: true }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: "#d9d4cb"
                Label {
                    anchors.centerIn: parent
                    visible: documentsPage.selected.length === 0
                    width: parent.width - 48
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    color: "#555"
                    text: App.documents.count > 0 ? qsTr("点左侧的文件在此预览；“打印…”用系统的打印对话框。")
                                                  : qsTr("尚未生成文件：输入签名密钥口令，点“生成并签名”。")
                }
                Image {
                    anchors.fill: parent
                    anchors.margins: 12
                    fillMode: Image.PreserveAspectFit
                    sourceSize.height: height
                    cache: false
                    source: documentsPage.selected.length ? "image://pdf/" + documentsPage.pageNumber + "/" + encodeURIComponent(documentsPage.selected) : ""
                }
            }
        }
    }
}
