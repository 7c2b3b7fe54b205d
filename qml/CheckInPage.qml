pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// Check-in: type a name, part of it or its pinyin initials (王芳 ← wf); the
// highlighted row is the one Enter checks in (arrows or the mouse move it).
// Every check-in is confirmed with the person's name and can be undone at
// once — as a correction, not as leaving.
Page {
    id: checkIn
    property string lastId: ""
    property string lastName: ""
    function checkInByName(text) {
        App.session.query = text
        return App.session.checkInFirst()
    }
    // Excused absence with its reason (事由); an empty reason records 请假.
    function excuse(personId, reason) { return App.session.excuse(personId, reason.length > 0 ? reason : qsTr("请假")) }
    function focusHome() { search.forceActiveFocus() }
    // The first row not yet checked in, as the list is now.
    function firstWaiting() {
        for (let i = 0; i < App.session.attendance.count; ++i)
            if (App.session.attendance.get(i).status !== "present")
                return i
        return 0
    }
    // A delegate card read by a USB barcode reader: it types the code and Enter into the search box.
    function checkInCard(code) {
        const card = App.session.checkInCard(code)
        App.session.query = ""
        search.text = ""
        error.text = card.error || ""
        if (!card.error) {
            checkIn.lastId = card.personId
            checkIn.lastName = card.name + (card.post.length ? qsTr("（%1）").arg(card.post) : "")
        }
        search.forceActiveFocus()
    }
    function checkInRow(i) {
        const row = App.session.attendance.get(i)
        if (!row.personId)
            return
        if (row.status === "present") {
            error.text = qsTr("%1 已经签到").arg(row.name)
            return
        }
        const refusal = App.session.checkIn(row.personId)
        error.text = refusal
        if (refusal.length === 0) {
            checkIn.lastId = row.personId
            checkIn.lastName = row.name + (row.post.length ? qsTr("（%1）").arg(row.post) : "")
            App.session.query = ""
            search.forceActiveFocus()
        }
    }
    Component.onCompleted: search.forceActiveFocus()
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12
        RowLayout {
            Label { text: qsTr("签到"); font.pixelSize: 24; font.bold: true }
            Button {
                text: qsTr("打印代表证…")
                enabled: App.session.meetingId.length > 0
                onClicked: { App.printDelegateCards(); search.forceActiveFocus() }
            }
            Item { Layout.fillWidth: true }
            QuorumGauge { Layout.preferredWidth: 520 }
        }
        TextField {
            id: search
            objectName: "checkInSearch"
            Layout.fillWidth: true
            font.pixelSize: 26
            placeholderText: qsTr("输入姓名或拼音首字母（如 wf），↑↓ 选择，回车签到；或用扫码枪扫代表证")
            text: App.session.query
            onTextEdited: {
                App.session.query = text
                list.currentIndex = checkIn.firstWaiting()
                error.text = ""
            }
            // A card's code counts even after letters left in the box.
            onAccepted: text.indexOf("HX1:") >= 0 ? checkIn.checkInCard(text.substring(text.indexOf("HX1:"))) : checkIn.checkInRow(list.currentIndex)
            Keys.onDownPressed: list.incrementCurrentIndex()
            Keys.onUpPressed: list.decrementCurrentIndex()
        }
        // The last check-in, by name, with its undo.
        RowLayout {
            visible: checkIn.lastId.length > 0
            Layout.fillWidth: true
            Label {
                text: qsTr("✓ 已签到：%1").arg(checkIn.lastName)
                font.pixelSize: 22
                color: "#1b5e20"
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Button {
                text: qsTr("签错了，撤销")
                onClicked: {
                    const refusal = App.session.withdrawCheckIn(checkIn.lastId, qsTr("签到时选错了人，当场撤销"))
                    error.text = refusal
                    if (refusal.length === 0) {
                        checkIn.lastId = ""
                        checkIn.lastName = ""
                    }
                    search.forceActiveFocus()
                }
            }
        }
        Label { id: error; visible: text.length > 0; color: "#b71c1c"; font.pixelSize: 20 }
        RowLayout {
            Label { text: qsTr("请假事由") }
            TextField { id: excuseReason; placeholderText: qsTr("如：外出务工、生病；不填记为“请假”"); Layout.fillWidth: true }
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: App.session.attendance
            keyNavigationEnabled: false
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar { policy: list.contentHeight > list.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
            delegate: Rectangle {
                id: prow
                required property int index
                required property string personId
                required property string name
                required property string status
                required property string post
                readonly property bool current: ListView.isCurrentItem && App.session.query.length > 0
                width: ListView.view.width
                height: 48
                color: prow.current ? "#fff3d6" : index % 2 ? "#faf8f4" : "white"
                border.color: prow.current ? "#e0b050" : "transparent"
                border.width: prow.current ? 2 : 0
                MouseArea { anchors.fill: parent; onClicked: { list.currentIndex = prow.index; search.forceActiveFocus() } }
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 12
                    anchors.rightMargin: 12
                    Label { text: (prow.current ? "▶ " : "") + prow.name; font.pixelSize: 22; Layout.preferredWidth: 180 }
                    Label { text: prow.post; color: "#666"; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label {
                        text: prow.status === "present" ? qsTr("已签到") : prow.status === "excused" ? qsTr("请假") : qsTr("未到")
                        color: prow.status === "present" ? "#1b5e20" : prow.status === "excused" ? "#8a6d3b" : "#999"
                        Layout.preferredWidth: 120
                    }
                    Button { visible: prow.status !== "present"; text: qsTr("签到"); onClicked: checkIn.checkInRow(prow.index) }
                    Button { visible: prow.status === "present"; text: qsTr("离场"); onClicked: App.session.leave(prow.personId) }
                    Button { visible: prow.status === "absent"; text: qsTr("请假"); onClicked: checkIn.excuse(prow.personId, excuseReason.text) }
                }
            }
        }
    }
}
