pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// The scanning screen, beside the keyboard desk: the scanner's own software
// saves into a folder this screen watches (or SANE scans straight into it),
// every page is read as it arrives and shown with its marks drawn, the
// batch is recorded as the round's scan, and what the machine could not
// read waits in the queue for the scrutineers (marks, sheets set aside) and
// a teller (names written in).
Item {
    id: scanPage
    readonly property var scan: App.session.scan
    readonly property int sheetsWanted: scanPage.scan.returned * scanPage.scan.sheetsPerBallot

    ConfirmDialog { id: confirmUndo }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8
        RowLayout {
            spacing: 10
            Label {
                text: App.session.round.contest ? qsTr("扫描选票：%1选举　第 %2 轮").arg(App.session.round.label).arg(App.session.round.number) : qsTr("扫描选票")
                font.pixelSize: 24; font.bold: true
            }
            Item { Layout.fillWidth: true }
            Label {
                text: scanPage.scan.counted ? qsTr("已记录 %1 张，已与计票人的录入比对并计入票数").arg(scanPage.scan.scanned)
                                            : qsTr("已记录 %1 张 / 收回 %2 张，可比对 %3 张").arg(scanPage.scan.scanned).arg(scanPage.scan.returned).arg(scanPage.scan.ready)
                font.pixelSize: 18
            }
        }
        RowLayout {
            spacing: 8
            Label { text: qsTr("扫描文件夹") }
            TextField {
                readOnly: true
                text: scanPage.scan.folder
                placeholderText: qsTr("扫描仪软件保存图像的文件夹")
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("选择文件夹…")
                enabled: !scanPage.scan.counted
                onClicked: {
                    const folder = App.askFile("folder", qsTr("选择扫描仪保存图像的文件夹"), "")
                    if (folder.length > 0)
                        scanPage.scan.setFolder(folder)
                }
            }
            Button {
                text: scanPage.scan.watching ? qsTr("停止监视") : qsTr("开始监视")
                enabled: !scanPage.scan.counted || scanPage.scan.watching
                highlighted: !scanPage.scan.watching && scanPage.scan.folder.length > 0
                onClicked: scanPage.scan.watching ? scanPage.scan.stop() : scanPage.scan.start()
            }
            ComboBox {
                id: scanner
                visible: scanPage.scan.scanners.length > 0
                model: scanPage.scan.scanners
                Layout.preferredWidth: 200
            }
            Button {
                text: scanPage.scan.scanners.length > 0 ? qsTr("从扫描仪扫描") : qsTr("查找扫描仪")
                enabled: !scanPage.scan.acquiring
                onClicked: scanPage.scan.scanners.length > 0 ? scanPage.scan.acquire(scanner.currentText) : scanPage.scan.findScanners()
            }
        }
        RowLayout {
            spacing: 10
            // The round's progress: the pages recorded and waiting, of all the ballots returned.
            Label { text: qsTr("本轮") }
            ProgressBar {
                id: roundProgress
                from: 0
                to: Math.max(1, scanPage.sheetsWanted)
                value: scanPage.scan.scanned * scanPage.scan.sheetsPerBallot + scanPage.scan.waiting
                Layout.preferredWidth: 220
            }
            Label { text: qsTr("%1 / %2 页").arg(roundProgress.value).arg(scanPage.sheetsWanted) }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("记录这一批（%1 页）").arg(scanPage.scan.waiting)
                highlighted: scanPage.scan.waiting > 0
                enabled: scanPage.scan.waiting > 0 && !scanPage.scan.busy && !scanPage.scan.counted
                onClicked: scanPage.scan.record()
            }
            Button {
                text: qsTr("放弃这一批")
                enabled: scanPage.scan.waiting > 0
                onClicked: scanPage.scan.discard()
            }
            Button {
                text: qsTr("撤回上一批")
                enabled: scanPage.scan.scanned > 0 && !scanPage.scan.counted
                onClicked: confirmUndo.ask(qsTr("撤回上一批扫描"), qsTr("上一批扫描的选票将从本轮的扫描中撤回（记入日志），可以重新扫描。"), "", false,
                                           qsTr("撤回"), () => scanPage.scan.undoBatch())
            }
        }
        Label {
            text: qsTr("本批：读取 %1 页，搁置 %2 页，%3 格须裁定").arg(scanPage.scan.sheetsRead).arg(scanPage.scan.sheetsSetAside).arg(scanPage.scan.cellsUnclear)
                  + (scanPage.scan.busy ? qsTr("（正在读取……）") : "")
            font.bold: scanPage.scan.waiting > 0
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: scanPage.scan.message.length > 0
            text: scanPage.scan.message
            color: "#444"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12
            // The page just read, its marks drawn: green ○, red ×, orange for the scrutineers.
            ColumnLayout {
                // 43 to the queue's 57: both fill the row, which shares its width out in
                // proportion to their preferred widths. A width bound to the page's arrived after
                // the row was laid out, and the row was not laid out again until the first page
                // came (the queue lay over the empty frame); bound to the row's, it fed back.
                Layout.fillWidth: true
                Layout.preferredWidth: 430
                Layout.fillHeight: true
                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // Before the first page there is no image to give the frame a height, and the
                    // message in it ran over the rows above. At 380 the legend below fell off a
                    // 1366×768 screen in Chinese; 270 leaves room for it, a two-line caption and
                    // the row that shows a recorded ballot again.
                    Layout.minimumHeight: 270
                    color: "#f4f1ea"
                    border.color: "#d7cfc2"
                    Image {
                        anchors.fill: parent
                        anchors.margins: 4
                        source: scanPage.scan.current
                        fillMode: Image.PreserveAspectFit
                        cache: false
                        smooth: true
                        mipmap: true
                    }
                    Label {
                        visible: scanPage.scan.current.length === 0
                        anchors.centerIn: parent
                        width: parent.width - 40
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        color: "#666"
                        text: scanPage.scan.scanned > 0
                              ? qsTr("本轮已记录 %1 张扫描选票。在下方选一张，或点按待处理事项中的小图，可在这里查看整张选票和读出的标记。").arg(scanPage.scan.scanned)
                              : qsTr("还没有扫描页。选择扫描仪保存图像的文件夹并开始监视，或直接从扫描仪扫描。")
                    }
                }
                // A page set aside says why and what to do: two lines before it is cut short.
                Label {
                    text: scanPage.scan.currentText
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                // Any recorded ballot, shown again with its marks as read.
                RowLayout {
                    visible: scanPage.scan.scanned > 0
                    Label { text: qsTr("已记录的第"); visible: scanPage.scan.scanned > 0 }
                    SpinBox {
                        id: shownBallot
                        visible: scanPage.scan.scanned > 0
                        from: 1
                        to: Math.max(1, scanPage.scan.scanned)
                        editable: true
                        Layout.preferredWidth: 120
                    }
                    Label { text: qsTr("张"); visible: scanPage.scan.scanned > 0 }
                    Button {
                        text: qsTr("查看")
                        visible: scanPage.scan.scanned > 0
                        onClicked: scanPage.scan.showBallot(shownBallot.value)
                    }
                }
                Label {
                    text: qsTr("绿：赞成　红：不赞成　橙：须裁定　蓝框：写有姓名")
                    color: "#666"
                    font.pixelSize: 14
                }
            }
            ScanQueue {
                scan: scanPage.scan
                Layout.preferredWidth: 570
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }
}
