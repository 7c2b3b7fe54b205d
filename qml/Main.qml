pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

ApplicationWindow {
    id: window
    width: Math.min(1366, Screen.desktopAvailableWidth)
    height: Math.min(768, Screen.desktopAvailableHeight)
    visible: true
    // On a desktop the console fills the screen, title bar and panels allowed for.
    Component.onCompleted: if (Qt.platform.pluginName !== "offscreen" && Qt.platform.pluginName !== "minimal") showMaximized()
    title: App.hasWorkspace ? qsTr("会选 — %1").arg(App.federationName) : qsTr("会选")
    font.pixelSize: 17

    readonly property var pages: [
        { key: "start", label: qsTr("开始") }, { key: "roster", label: qsTr("名册") },
        { key: "meetings", label: qsTr("会议") }, { key: "run", label: qsTr("会场") },
        { key: "checkin", label: qsTr("签到") }, { key: "contests", label: qsTr("选举") },
        { key: "ballots", label: qsTr("录票") }, { key: "results", label: qsTr("结果") },
        { key: "documents", label: qsTr("文件") }, { key: "register", label: qsTr("执委名册") }
    ]
    property int page: 0
    // Opening a workspace (or reopening after a crash) returns to where the work stands.
    Connections {
        target: App
        function onWorkspaceOpened() { window.go(App.session.resumeScreen) }
    }
    property alias projector: projectorWindow

    function go(key) {
        for (let i = 0; i < pages.length; ++i)
            if (pages[i].key === key)
                page = i
    }
    function pageItem(key) {
        for (let i = 0; i < stack.children.length; ++i)
            if (stack.children[i].objectName === key)
                return stack.children[i]
        return null
    }

    Shortcut { sequence: "Ctrl+P"; context: Qt.ApplicationShortcut; onActivated: projectorWindow.visible = !projectorWindow.visible }
    // Esc closes the projector from here too, except where Esc has its own work (the desk, check-in).
    Shortcut {
        sequence: "Escape"
        enabled: projectorWindow.visible && !(stack.children[window.page] && stack.children[window.page].focusHome)
        onActivated: projectorWindow.hide()
    }
    // Ctrl+1 … Ctrl+9 and Ctrl+0 for the tenth: the screens in the order of the list.
    Repeater {
        model: window.pages.length
        delegate: Item {
            id: hotkey
            required property int index
            Shortcut {
                sequence: "Ctrl+" + ((hotkey.index + 1) % 10)
                enabled: hotkey.index === 0 || App.hasWorkspace
                onActivated: window.page = hotkey.index
            }
        }
    }
    // After a click on a button, typing goes back where it belongs on the
    // page (the ballot desk, the check-in box): pages name it as focusHome().
    // The focus goes home only once the button is released: taking it away during the
    // press would swallow the click.
    onActiveFocusItemChanged: {
        const item = activeFocusItem
        const current = stack.children[window.page]
        if (item && current && current.focusHome && item.checkable !== undefined && item.cursorPosition === undefined) {
            focusReturn.from = item
            focusReturn.restart()
        }
    }
    Timer {
        id: focusReturn
        property var from: null
        interval: 100
        repeat: true
        onTriggered: {
            if (from && from.pressed)
                return
            stop()
            const current = stack.children[window.page]
            if (current && current.focusHome && window.activeFocusItem === from)
                current.focusHome()
        }
    }
    onPageChanged: {
        const current = stack.children[window.page]
        if (current && current.focusHome)
            Qt.callLater(current.focusHome)
    }

    header: ToolBar {
        height: 56
        background: Rectangle { color: "#8c1c22" }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 16
            spacing: 16
            Label {
                text: App.hasWorkspace ? App.federationName : qsTr("会选：妇联选举与会议程序")
                color: "white"
                font.pixelSize: 22
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: App.session.meetingId.length > 0
                text: App.session.title
                color: "#ffe9c7"
                elide: Text.ElideRight
                Layout.maximumWidth: 420
            }
            QuorumGauge {
                visible: App.session.meetingId.length > 0
                compact: true
                Layout.preferredWidth: 300
            }
            // What the projector shows is the operator's choice, one thing at a time.
            ComboBox {
                id: projectorShows
                objectName: "projectorShows"
                textRole: "label"
                valueRole: "value"
                model: [{ value: "title", label: qsTr("投影：会议名称") }, { value: "attendance", label: qsTr("投影：出席与法定人数") },
                        { value: "candidates", label: qsTr("投影：候选人") }, { value: "count", label: qsTr("投影：计票（实时）") },
                        { value: "result", label: qsTr("投影：计票结果") }, { value: "announcement", label: qsTr("投影：宣布当选") }]
                Layout.preferredWidth: 250
            }
            Button {
                text: projectorWindow.visible ? qsTr("关闭投影 Ctrl+P") : qsTr("投影 Ctrl+P")
                onClicked: projectorWindow.visible = !projectorWindow.visible
            }
        }
    }

    // The status line: an error in red until its cause is gone; a confirmation in neutral grey that fades.
    footer: Label {
        objectName: "statusLine"
        text: App.message.length > 0 ? App.message : App.journalStatus
        color: App.message.length > 0 && App.messageIsError ? "#b71c1c" : "#444444"
        font.bold: App.message.length > 0 && App.messageIsError
        padding: 8
        elide: Text.ElideRight
        background: Rectangle { color: App.message.length > 0 && App.messageIsError ? "#fdeaea" : "#f4f1ea" }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        ListView {
            id: nav
            Layout.preferredWidth: 132
            Layout.fillHeight: true
            model: window.pages
            currentIndex: window.page
            interactive: false
            delegate: ItemDelegate {
                id: navItem
                required property var modelData
                required property int index
                width: ListView.view.width
                height: 52
                text: ((index + 1) % 10) + "  " + modelData.label
                highlighted: ListView.isCurrentItem
                enabled: index === 0 || App.hasWorkspace
                onClicked: window.page = index
            }
            Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: "#d7cfc2" }
        }
        StackLayout {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.page
            StartPage { objectName: "start" }
            RosterPage { objectName: "roster" }
            MeetingsPage { objectName: "meetings"; onOpened: window.go("run") }
            RunPage { objectName: "run"; onNavigate: key => window.go(key) }
            CheckInPage { objectName: "checkin" }
            ContestPage { objectName: "contests"; onNavigate: key => window.go(key) }
            BallotPage { objectName: "ballots"; onNavigate: key => window.go(key) }
            ResultsPage { objectName: "results" }
            DocumentsPage { objectName: "documents" }
            RegisterPage { objectName: "register" }
        }
    }

    ProjectorWindow { id: projectorWindow; shows: projectorShows.currentValue }

    // Closing mid-count loses nothing (every ballot is saved as it is entered), but the
    // operator is told so and asked once before the window goes.
    property bool closeConfirmed: false
    onClosing: close => {
        const r = App.session.round
        if (closeConfirmed || r.returned === undefined || r.closed)
            return
        close.accepted = false
        const scan = App.session.scan
        closeQuestion.ask(qsTr("计票尚未结束"),
                          qsTr("%1选举第 %2 轮已录入 %3 张，收回 %4 张。已录入的选票都已保存；重新打开工作区会回到录票页接着录入。")
                              .arg(r.label).arg(r.number).arg(r.entered).arg(r.returned)
                          + (scan.scanned > 0 ? qsTr("已记录的 %1 张扫描选票也都已保存。").arg(scan.scanned) : "")
                          + (scan.waiting > 0 ? qsTr("还有 %1 页扫描已读出而未记录：关闭后不保留，须重新选择文件夹读取。").arg(scan.waiting) : ""),
                          "", false, qsTr("关闭会选"), () => { window.closeConfirmed = true; Qt.callLater(window.close); return "" })
        closeQuestion.cancelText = qsTr("继续录票")
    }
    ConfirmDialog { id: closeQuestion }
    property Driver driver: Driver { window: window }
}
