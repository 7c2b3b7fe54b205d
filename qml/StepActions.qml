pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Huixuan

// The action the current agenda step needs; each one is an engine command.
ColumnLayout {
    id: actions
    signal navigate(string key)
    readonly property string item: App.session.currentItem
    // A new sitting (the first plenary after the congress) starts with empty forms.
    readonly property string sitting: App.session.activeId
    onSittingChanged: clearForms()
    function clearForms() {
        chief.clear()
        scrutineers.clear()
        tellerPeople.clear()
        tellers.text = ""
        plenaryPresiding.clear()
    }
    spacing: 10

    Button {
        visible: App.session.currentIsSpoken
        text: qsTr("本项完成，进入下一项")
        onClicked: App.session.completeItem(actions.item)
    }
    RowLayout {
        visible: actions.item === "election_method"
        Button { text: qsTr("鼓掌通过选举办法"); onClicked: App.session.adoptMethod("acclamation") }
        Label { text: qsTr("或举手：赞成") }
        SpinBox { id: yes; to: 100000; editable: true }
        Label { text: qsTr("反对") }
        SpinBox { id: no; to: 100000; editable: true }
        Label { text: qsTr("弃权") }
        SpinBox { id: abst; to: 100000; editable: true }
        Button { text: qsTr("举手通过"); onClicked: App.session.adoptMethod("show_of_hands", yes.value, no.value, abst.value) }
    }
    GridLayout {
        visible: actions.item === "scrutineers"
        columns: 2
        Label { text: qsTr("总监票人"); Layout.alignment: Qt.AlignTop }
        PersonPicker { id: chief; objectName: "chiefPicker"; slot: "scrutineer"; Layout.fillWidth: true }
        Label { text: qsTr("监票人"); Layout.alignment: Qt.AlignTop }
        PersonPicker { id: scrutineers; objectName: "scrutineerPicker"; slot: "scrutineer"; multiple: true; Layout.fillWidth: true }
        Label { text: qsTr("计票人"); Layout.alignment: Qt.AlignTop }
        PersonPicker { id: tellerPeople; objectName: "tellerPicker"; slot: "scrutineer"; multiple: true; placeholder: qsTr("名册中的人：输入姓名或拼音首字母"); Layout.fillWidth: true }
        Label { text: qsTr("计票工作人员") }
        TextField { id: tellers; placeholderText: qsTr("不在名册中的工作人员姓名，用逗号分隔"); Layout.fillWidth: true }
        Item { width: 1 }
        Button {
            text: qsTr("鼓掌通过监票人、计票人名单")
            enabled: chief.chosenId.length > 0
            onClicked: {
                if (App.session.adoptScrutineers(chief.chosenId, scrutineers.chosen,
                                                 tellerPeople.chosen.concat(tellers.text.split(/[,，]+/).map(t => t.trim()).filter(t => t.length))) === "")
                    actions.clearForms()
            }
        }
    }
    RowLayout {
        visible: actions.item === "elections"
        Button { text: qsTr("前往选举"); onClicked: actions.navigate("contests") }
        Button { text: qsTr("前往录票"); onClicked: actions.navigate("ballots") }
        Button { text: qsTr("查看结果"); onClicked: actions.navigate("results") }
    }
    // The first plenary is presided by one of the new executives, picked by name.
    GridLayout {
        visible: actions.item === "first_plenary" && !App.session.inPlenary
        columns: 2
        Label { text: qsTr("主持人"); Layout.alignment: Qt.AlignTop }
        PersonPicker {
            id: plenaryPresiding
            objectName: "plenaryPresidingPicker"
            slot: "new_executive"
            placeholder: qsTr("新当选的执委：输入姓名或拼音首字母")
            Layout.fillWidth: true
        }
        Item { width: 1 }
        Button {
            text: qsTr("大会休会，召开执委会第一次全体会议")
            enabled: plenaryPresiding.chosenId.length > 0
            onClicked: App.session.openFirstPlenary(plenaryPresiding.chosenId)
        }
    }
    RowLayout {
        visible: App.session.inPlenary && actions.item === ""
        Button { text: qsTr("全体会议结束，大会复会"); onClicked: App.session.closeFirstPlenary() }
    }
}
