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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QStackedWidget, QVBoxLayout, QWidget)

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
        self.pageRiskFields = QWidget(self.pageRisk)
        self.pageRiskFields.setObjectName(u"pageRiskFields")
        self.pageRiskFields.setProperty(u"section", u"Risk assessment")

        self.pageRiskLayout.addWidget(self.pageRiskFields)

        self.riskOutcomeBox = QGroupBox(self.pageRisk)
        self.riskOutcomeBox.setObjectName(u"riskOutcomeBox")
        self.riskOutcomeLayout = QHBoxLayout(self.riskOutcomeBox)
        self.riskOutcomeLayout.setObjectName(u"riskOutcomeLayout")
        self.riskOutcomeIcon = QLabel(self.riskOutcomeBox)
        self.riskOutcomeIcon.setObjectName(u"riskOutcomeIcon")

        self.riskOutcomeLayout.addWidget(self.riskOutcomeIcon)

        self.riskOutcome = QLabel(self.riskOutcomeBox)
        self.riskOutcome.setObjectName(u"riskOutcome")
        self.riskOutcome.setWordWrap(True)

        self.riskOutcomeLayout.addWidget(self.riskOutcome)

        self.riskOutcomeLayout.setStretch(1, 1)

        self.pageRiskLayout.addWidget(self.riskOutcomeBox)

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
        self.riskOutcomeBox.setTitle(QCoreApplication.translate("BreachForm", u"What your assessment means", None))
#if QT_CONFIG(accessibility)
        self.riskOutcome.setAccessibleName(QCoreApplication.translate("BreachForm", u"What your assessment means", None))
#endif // QT_CONFIG(accessibility)
        self.pageResponse.setWindowTitle(QCoreApplication.translate("BreachForm", u"Response", None))
        self.pageNotify.setWindowTitle(QCoreApplication.translate("BreachForm", u"Notifying the authority", None))
        self.pageSubjects.setWindowTitle(QCoreApplication.translate("BreachForm", u"Telling the people affected", None))
        self.pageTimeline.setWindowTitle(QCoreApplication.translate("BreachForm", u"Timeline", None))
        pass
    # retranslateUi

