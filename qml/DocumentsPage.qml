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
    property string filingOutcome: ""
    property int filingSaves: 0 // read the notice again after each save
    function generate(passphrase) { return App.generateDocuments(passphrase) }
    // The filing form as a person fills it: choose the document, type, save.
    function filing(documentId, number, signer, date, copies, contact, phone) {
        filingDoc.currentIndex = filingDoc.indexOfValue(documentId)
        fileNumber.text = number
        fileSigner.text = signer
        fileDate.text = date
        fileCopies.text = copies.join("、")
        fileContact.text = contact ?? ""
        filePhone.text = phone ?? ""
        saveFiling.clicked()
        return filingOutcome
    }
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
            Label {
                readonly property string notice: App.session.meetingId.length >= 0 && documentsPage.filingSaves >= 0 ? App.session.filingNotice() : ""
                visible: notice.length > 0
                text: notice
                color: "#8a6d3b"
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            // 发文字号, 签发人, 成文日期 and 抄送 of the request and the result report (GB/T 9704).
            GroupBox {
                id: filingBox
                title: qsTr("发文信息")
                visible: filingDoc.count > 0
                Layout.fillWidth: true
                function load() {
                    const f = App.session.filing(filingDoc.currentValue ?? "")
                    fileNumber.text = f.number ?? ""
                    fileSigner.text = f.signer ?? ""
                    fileDate.text = f.date ?? ""
                    fileCopies.text = f.copiesTo ?? ""
                    fileContact.text = f.contact ?? ""
                    filePhone.text = f.phone ?? ""
                    documentsPage.filingOutcome = ""
                }
                GridLayout {
                    width: parent.width
                    columns: 2
                    Label { text: qsTr("公文") }
                    ComboBox {
                        id: filingDoc
                        objectName: "filingDocument"
                        textRole: "label"
                        valueRole: "value"
                        // Read again whenever the session changes meeting.
                        model: App.session.meetingId.length >= 0 ? App.session.filingDocuments() : []
                        Layout.fillWidth: true
                        onActivated: filingBox.load()
                        onModelChanged: filingBox.load()
                        Component.onCompleted: filingBox.load()
                    }
                    Label { text: qsTr("文号") }
                    TextField { id: fileNumber; placeholderText: qsTr("如 星光妇〔2026〕1号"); Layout.fillWidth: true }
                    Label { text: qsTr("签发人") }
                    TextField { id: fileSigner; placeholderText: qsTr("签发人姓名"); Layout.fillWidth: true }
                    Label { text: qsTr("成文日期") }
                    TextField { id: fileDate; placeholderText: qsTr("年-月-日，如 2026-11-10"); inputMethodHints: Qt.ImhDate; Layout.fillWidth: true }
                    Label { text: qsTr("抄送") }
                    TextField { id: fileCopies; placeholderText: qsTr("可空；多个用“、”分开"); Layout.fillWidth: true }
                    // A request's 附注: who answers questions about it.
                    Label { text: qsTr("联系人"); visible: filingDoc.currentValue === "request" }
                    TextField { id: fileContact; visible: filingDoc.currentValue === "request"; Layout.fillWidth: true }
                    Label { text: qsTr("联系电话"); visible: filingDoc.currentValue === "request" }
                    TextField { id: filePhone; visible: filingDoc.currentValue === "request"; Layout.fillWidth: true }
                    Button {
                        id: saveFiling
                        text: qsTr("保存发文信息")
                        Layout.columnSpan: 2
                        onClicked: {
                            const refusal = App.session.setFiling(filingDoc.currentValue, fileNumber.text, fileSigner.text, fileDate.text, fileCopies.text,
                                                                  fileContact.text, filePhone.text)
                            documentsPage.filingOutcome = refusal
                            documentsPage.filingSaves++
                            filingNote.text = refusal.length > 0 ? refusal : qsTr("已保存；重新生成文件后生效。")
                        }
                    }
                    Label {
                        id: filingNote
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: documentsPage.filingOutcome.length > 0 ? "#b71c1c" : "#1b5e20"
                    }
                }
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
