# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'breach.ui'
##
## Created by: Qt User Interface Compiler (pyside6-uic); regenerate with make forms
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QSizePolicy, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_BreachForm(object):
    def setupUi(self, BreachForm):
        if not BreachForm.objectName():
            BreachForm.setObjectName(u"BreachForm")
        self.mainLayout = QVBoxLayout(BreachForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.clockPanel = QFrame(BreachForm)
        self.clockPanel.setObjectName(u"clockPanel")
        self.clockPanel.setFrameShape(QFrame.StyledPanel)
        self.clockLayout = QHBoxLayout(self.clockPanel)
        self.clockLayout.setObjectName(u"clockLayout")
        self.clockIcon = QLabel(self.clockPanel)
        self.clockIcon.setObjectName(u"clockIcon")

        self.clockLayout.addWidget(self.clockIcon)

        self.clockTextLayout = QVBoxLayout()
        self.clockTextLayout.setObjectName(u"clockTextLayout")
        self.clockHeadline = QLabel(self.clockPanel)
        self.clockHeadline.setObjectName(u"clockHeadline")
        self.clockHeadline.setWordWrap(True)

        self.clockTextLayout.addWidget(self.clockHeadline)

        self.clockDetail = QLabel(self.clockPanel)
        self.clockDetail.setObjectName(u"clockDetail")
        self.clockDetail.setWordWrap(True)

        self.clockTextLayout.addWidget(self.clockDetail)


        self.clockLayout.addLayout(self.clockTextLayout)

        self.clockLayout.setStretch(1, 1)

        self.mainLayout.addWidget(self.clockPanel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.sectionList = QListWidget(BreachForm)
        self.sectionList.setObjectName(u"sectionList")

        self.bodyLayout.addWidget(self.sectionList)

        self.pages = QStackedWidget(BreachForm)
        self.pages.setObjectName(u"pages")
        self.pageWhat = QWidget()
        self.pageWhat.setObjectName(u"pageWhat")
        self.pageWhatLayout = QVBoxLayout(self.pageWhat)
        self.pageWhatLayout.setObjectName(u"pageWhatLayout")
        self.pageWhatFields = QWidget(self.pageWhat)
        self.pageWhatFields.setObjectName(u"pageWhatFields")
        self.pageWhatFields.setProperty(u"section", u"What happened")

        self.pageWhatLayout.addWidget(self.pageWhatFields)

        self.pages.addWidget(self.pageWhat)
        self.pageWhen = QWidget()
        self.pageWhen.setObjectName(u"pageWhen")
        self.pageWhenLayout = QVBoxLayout(self.pageWhen)
        self.pageWhenLayout.setObjectName(u"pageWhenLayout")
        self.pageWhenFields = QWidget(self.pageWhen)
        self.pageWhenFields.setObjectName(u"pageWhenFields")
        self.pageWhenFields.setProperty(u"section", u"When")

        self.pageWhenLayout.addWidget(self.pageWhenFields)

        self.pages.addWidget(self.pageWhen)
        self.pageLinks = QWidget()
        self.pageLinks.setObjectName(u"pageLinks")
        self.pageLinksLayout = QVBoxLayout(self.pageLinks)
        self.pageLinksLayout.setObjectName(u"pageLinksLayout")
        self.pageLinksFields = QWidget(self.pageLinks)
        self.pageLinksFields.setObjectName(u"pageLinksFields")
        self.pageLinksFields.setProperty(u"section", u"Links")

        self.pageLinksLayout.addWidget(self.pageLinksFields)

        self.pages.addWidget(self.pageLinks)
        self.pageRisk = QWidget()
        self.pageRisk.setObjectName(u"pageRisk")
        self.pageRiskLayout = QVBoxLayout(self.pageRisk)
        self.pageRiskLayout.setObjectName(u"pageRiskLayout")
        self.riskIntro = QLabel(self.pageRisk)
        self.riskIntro.setObjectName(u"riskIntro")
        self.riskIntro.setWordWrap(True)

        self.pageRiskLayout.addWidget(self.riskIntro)

        self.pageRiskFacts = QWidget(self.pageRisk)
        self.pageRiskFacts.setObjectName(u"pageRiskFacts")
        self.pageRiskFacts.setProperty(u"fields", u"data_context,context_adjustment,identifiability,confidentiality_loss,integrity_loss,availability_loss,malicious,exfiltration,unintelligible,backup_restored,recipient_trusted,critical_service")

        self.pageRiskLayout.addWidget(self.pageRiskFacts)

        self.assessPanel = QFrame(self.pageRisk)
        self.assessPanel.setObjectName(u"assessPanel")
        self.assessPanel.setFrameShape(QFrame.StyledPanel)
        self.assessLayout = QVBoxLayout(self.assessPanel)
        self.assessLayout.setObjectName(u"assessLayout")
        self.assessTop = QHBoxLayout()
        self.assessTop.setObjectName(u"assessTop")
        self.assessIcon = QLabel(self.assessPanel)
        self.assessIcon.setObjectName(u"assessIcon")

        self.assessTop.addWidget(self.assessIcon)

        self.assessTextLayout = QVBoxLayout()
        self.assessTextLayout.setObjectName(u"assessTextLayout")
        self.assessHeadline = QLabel(self.assessPanel)
        self.assessHeadline.setObjectName(u"assessHeadline")
        self.assessHeadline.setWordWrap(True)

        self.assessTextLayout.addWidget(self.assessHeadline)

        self.assessDetail = QLabel(self.assessPanel)
        self.assessDetail.setObjectName(u"assessDetail")
        self.assessDetail.setWordWrap(True)

        self.assessTextLayout.addWidget(self.assessDetail)


        self.assessTop.addLayout(self.assessTextLayout)

        self.assessTop.setStretch(1, 1)

        self.assessLayout.addLayout(self.assessTop)

        self.assessFactors = QLabel(self.assessPanel)
        self.assessFactors.setObjectName(u"assessFactors")
        self.assessFactors.setWordWrap(True)
        self.assessFactors.setTextFormat(Qt.RichText)

        self.assessLayout.addWidget(self.assessFactors)

        self.assessAssumed = QLabel(self.assessPanel)
        self.assessAssumed.setObjectName(u"assessAssumed")
        self.assessAssumed.setWordWrap(True)

        self.assessLayout.addWidget(self.assessAssumed)

        self.assessRules = QLabel(self.assessPanel)
        self.assessRules.setObjectName(u"assessRules")
        self.assessRules.setWordWrap(True)
        self.assessRules.setTextFormat(Qt.RichText)

        self.assessLayout.addWidget(self.assessRules)


        self.pageRiskLayout.addWidget(self.assessPanel)

        self.overridePanel = QFrame(self.pageRisk)
        self.overridePanel.setObjectName(u"overridePanel")
        self.overridePanel.setFrameShape(QFrame.StyledPanel)
        self.overrideLayout = QHBoxLayout(self.overridePanel)
        self.overrideLayout.setObjectName(u"overrideLayout")
        self.overrideIcon = QLabel(self.overridePanel)
        self.overrideIcon.setObjectName(u"overrideIcon")

        self.overrideLayout.addWidget(self.overrideIcon)

        self.overrideTextLayout = QVBoxLayout()
        self.overrideTextLayout.setObjectName(u"overrideTextLayout")
        self.overrideHeadline = QLabel(self.overridePanel)
        self.overrideHeadline.setObjectName(u"overrideHeadline")
        self.overrideHeadline.setWordWrap(True)

        self.overrideTextLayout.addWidget(self.overrideHeadline)

        self.overrideDetail = QLabel(self.overridePanel)
        self.overrideDetail.setObjectName(u"overrideDetail")
        self.overrideDetail.setWordWrap(True)

        self.overrideTextLayout.addWidget(self.overrideDetail)


        self.overrideLayout.addLayout(self.overrideTextLayout)

        self.overrideLayout.setStretch(1, 1)

        self.pageRiskLayout.addWidget(self.overridePanel)

        self.pageRiskDecision = QWidget(self.pageRisk)
        self.pageRiskDecision.setObjectName(u"pageRiskDecision")
        self.pageRiskDecision.setProperty(u"fields", u"severity_level,risk_assessed,risk_override,override_reason,risk,risk_reasoning")

        self.pageRiskLayout.addWidget(self.pageRiskDecision)

        self.pages.addWidget(self.pageRisk)
        self.pageResponse = QWidget()
        self.pageResponse.setObjectName(u"pageResponse")
        self.pageResponseLayout = QVBoxLayout(self.pageResponse)
        self.pageResponseLayout.setObjectName(u"pageResponseLayout")
        self.pageResponseFields = QWidget(self.pageResponse)
        self.pageResponseFields.setObjectName(u"pageResponseFields")
        self.pageResponseFields.setProperty(u"section", u"Response")

        self.pageResponseLayout.addWidget(self.pageResponseFields)

        self.pages.addWidget(self.pageResponse)
        self.pageNotify = QWidget()
        self.pageNotify.setObjectName(u"pageNotify")
        self.pageNotifyLayout = QVBoxLayout(self.pageNotify)
        self.pageNotifyLayout.setObjectName(u"pageNotifyLayout")
        self.authorityPanel = QFrame(self.pageNotify)
        self.authorityPanel.setObjectName(u"authorityPanel")
        self.authorityPanel.setFrameShape(QFrame.StyledPanel)
        self.authorityLayout = QHBoxLayout(self.authorityPanel)
        self.authorityLayout.setObjectName(u"authorityLayout")
        self.authorityIcon = QLabel(self.authorityPanel)
        self.authorityIcon.setObjectName(u"authorityIcon")

        self.authorityLayout.addWidget(self.authorityIcon)

        self.authorityTextLayout = QVBoxLayout()
        self.authorityTextLayout.setObjectName(u"authorityTextLayout")
        self.authorityHeadline = QLabel(self.authorityPanel)
        self.authorityHeadline.setObjectName(u"authorityHeadline")
        self.authorityHeadline.setWordWrap(True)
        self.authorityHeadline.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.authorityTextLayout.addWidget(self.authorityHeadline)

        self.authorityDetail = QLabel(self.authorityPanel)
        self.authorityDetail.setObjectName(u"authorityDetail")
        self.authorityDetail.setWordWrap(True)
        self.authorityDetail.setTextFormat(Qt.RichText)
        self.authorityDetail.setOpenExternalLinks(True)
        self.authorityDetail.setTextInteractionFlags(Qt.TextBrowserInteraction)

        self.authorityTextLayout.addWidget(self.authorityDetail)


        self.authorityLayout.addLayout(self.authorityTextLayout)

        self.authorityLayout.setStretch(1, 1)

        self.pageNotifyLayout.addWidget(self.authorityPanel)

        self.pageNotifyFields = QWidget(self.pageNotify)
        self.pageNotifyFields.setObjectName(u"pageNotifyFields")
        self.pageNotifyFields.setProperty(u"section", u"Notifying the authority")

        self.pageNotifyLayout.addWidget(self.pageNotifyFields)

        self.pages.addWidget(self.pageNotify)
        self.pageSubjects = QWidget()
        self.pageSubjects.setObjectName(u"pageSubjects")
        self.pageSubjectsLayout = QVBoxLayout(self.pageSubjects)
        self.pageSubjectsLayout.setObjectName(u"pageSubjectsLayout")
        self.pageSubjectsFields = QWidget(self.pageSubjects)
        self.pageSubjectsFields.setObjectName(u"pageSubjectsFields")
        self.pageSubjectsFields.setProperty(u"section", u"Telling the people affected")

        self.pageSubjectsLayout.addWidget(self.pageSubjectsFields)

        self.pages.addWidget(self.pageSubjects)
        self.pageClient = QWidget()
        self.pageClient.setObjectName(u"pageClient")
        self.pageClientLayout = QVBoxLayout(self.pageClient)
        self.pageClientLayout.setObjectName(u"pageClientLayout")
        self.clientPanel = QFrame(self.pageClient)
        self.clientPanel.setObjectName(u"clientPanel")
        self.clientPanel.setFrameShape(QFrame.StyledPanel)
        self.clientLayout = QHBoxLayout(self.clientPanel)
        self.clientLayout.setObjectName(u"clientLayout")
        self.clientIcon = QLabel(self.clientPanel)
        self.clientIcon.setObjectName(u"clientIcon")

        self.clientLayout.addWidget(self.clientIcon)

        self.clientTextLayout = QVBoxLayout()
        self.clientTextLayout.setObjectName(u"clientTextLayout")
        self.clientHeadline = QLabel(self.clientPanel)
        self.clientHeadline.setObjectName(u"clientHeadline")
        self.clientHeadline.setWordWrap(True)

        self.clientTextLayout.addWidget(self.clientHeadline)

        self.clientDetail = QLabel(self.clientPanel)
        self.clientDetail.setObjectName(u"clientDetail")
        self.clientDetail.setWordWrap(True)

        self.clientTextLayout.addWidget(self.clientDetail)


        self.clientLayout.addLayout(self.clientTextLayout)

        self.clientLayout.setStretch(1, 1)

        self.pageClientLayout.addWidget(self.clientPanel)

        self.pageClientFields = QWidget(self.pageClient)
        self.pageClientFields.setObjectName(u"pageClientFields")
        self.pageClientFields.setProperty(u"section", u"For a client (Art. 33(2))")

        self.pageClientLayout.addWidget(self.pageClientFields)

        self.pages.addWidget(self.pageClient)
        self.pageTimeline = QWidget()
        self.pageTimeline.setObjectName(u"pageTimeline")
        self.pageTimelineLayout = QVBoxLayout(self.pageTimeline)
        self.pageTimelineLayout.setObjectName(u"pageTimelineLayout")
        self.pageTimelineFields = QWidget(self.pageTimeline)
        self.pageTimelineFields.setObjectName(u"pageTimelineFields")
        self.pageTimelineFields.setProperty(u"section", u"Timeline")

        self.pageTimelineLayout.addWidget(self.pageTimelineFields)

        self.pages.addWidget(self.pageTimeline)

        self.bodyLayout.addWidget(self.pages)

        self.bodyLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.bodyLayout)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(BreachForm)

        QMetaObject.connectSlotsByName(BreachForm)
    # setupUi

    def retranslateUi(self, BreachForm):
#if QT_CONFIG(accessibility)
        self.clockPanel.setAccessibleName(QCoreApplication.translate("BreachForm", u"Notification clock", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sectionList.setAccessibleName(QCoreApplication.translate("BreachForm", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.pageWhat.setWindowTitle(QCoreApplication.translate("BreachForm", u"What happened", None))
        self.pageWhen.setWindowTitle(QCoreApplication.translate("BreachForm", u"When", None))
        self.pageLinks.setWindowTitle(QCoreApplication.translate("BreachForm", u"Links to the register", None))
        self.pageRisk.setWindowTitle(QCoreApplication.translate("BreachForm", u"Risk assessment", None))
        self.riskIntro.setText(QCoreApplication.translate("BreachForm", u"Answer what you know. Atlas works out the severity and who must be told as you answer; a question left empty counts at its worst until you answer it.", None))
#if QT_CONFIG(accessibility)
        self.assessPanel.setAccessibleName(QCoreApplication.translate("BreachForm", u"What your answers mean", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.assessFactors.setAccessibleName(QCoreApplication.translate("BreachForm", u"How each answer counted", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.assessAssumed.setAccessibleName(QCoreApplication.translate("BreachForm", u"Questions not answered yet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.assessRules.setAccessibleName(QCoreApplication.translate("BreachForm", u"What moved the outcome", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overridePanel.setAccessibleName(QCoreApplication.translate("BreachForm", u"Your own assessment", None))
#endif // QT_CONFIG(accessibility)
        self.pageResponse.setWindowTitle(QCoreApplication.translate("BreachForm", u"Response", None))
        self.pageNotify.setWindowTitle(QCoreApplication.translate("BreachForm", u"Notifying the authority", None))
#if QT_CONFIG(accessibility)
        self.authorityPanel.setAccessibleName(QCoreApplication.translate("BreachForm", u"Who to notify", None))
#endif // QT_CONFIG(accessibility)
        self.pageSubjects.setWindowTitle(QCoreApplication.translate("BreachForm", u"Telling the people affected", None))
        self.pageClient.setWindowTitle(QCoreApplication.translate("BreachForm", u"For a client (Art. 33(2))", None))
#if QT_CONFIG(accessibility)
        self.clientPanel.setAccessibleName(QCoreApplication.translate("BreachForm", u"Telling the client", None))
#endif // QT_CONFIG(accessibility)
        self.pageTimeline.setWindowTitle(QCoreApplication.translate("BreachForm", u"Timeline", None))
        pass
    # retranslateUi

