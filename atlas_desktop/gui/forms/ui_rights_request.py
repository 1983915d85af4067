# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rights_request.ui'
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

class Ui_RightsRequestForm(object):
    def setupUi(self, RightsRequestForm):
        if not RightsRequestForm.objectName():
            RightsRequestForm.setObjectName(u"RightsRequestForm")
        self.mainLayout = QVBoxLayout(RightsRequestForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.duePanel = QFrame(RightsRequestForm)
        self.duePanel.setObjectName(u"duePanel")
        self.duePanel.setFrameShape(QFrame.StyledPanel)
        self.dueLayout = QHBoxLayout(self.duePanel)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueIcon = QLabel(self.duePanel)
        self.dueIcon.setObjectName(u"dueIcon")

        self.dueLayout.addWidget(self.dueIcon)

        self.dueTextLayout = QVBoxLayout()
        self.dueTextLayout.setObjectName(u"dueTextLayout")
        self.dueHeadline = QLabel(self.duePanel)
        self.dueHeadline.setObjectName(u"dueHeadline")
        self.dueHeadline.setWordWrap(True)

        self.dueTextLayout.addWidget(self.dueHeadline)

        self.dueDetail = QLabel(self.duePanel)
        self.dueDetail.setObjectName(u"dueDetail")
        self.dueDetail.setWordWrap(True)

        self.dueTextLayout.addWidget(self.dueDetail)


        self.dueLayout.addLayout(self.dueTextLayout)

        self.dueLayout.setStretch(1, 1)

        self.mainLayout.addWidget(self.duePanel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.sectionList = QListWidget(RightsRequestForm)
        self.sectionList.setObjectName(u"sectionList")

        self.bodyLayout.addWidget(self.sectionList)

        self.pages = QStackedWidget(RightsRequestForm)
        self.pages.setObjectName(u"pages")
        self.pageRequest = QWidget()
        self.pageRequest.setObjectName(u"pageRequest")
        self.pageRequestLayout = QVBoxLayout(self.pageRequest)
        self.pageRequestLayout.setObjectName(u"pageRequestLayout")
        self.requestFields = QWidget(self.pageRequest)
        self.requestFields.setObjectName(u"requestFields")
        self.requestFields.setProperty(u"fields", u"*")

        self.pageRequestLayout.addWidget(self.requestFields)

        self.pages.addWidget(self.pageRequest)
        self.pageDeadline = QWidget()
        self.pageDeadline.setObjectName(u"pageDeadline")
        self.pageDeadlineLayout = QVBoxLayout(self.pageDeadline)
        self.pageDeadlineLayout.setObjectName(u"pageDeadlineLayout")
        self.ruleText = QLabel(self.pageDeadline)
        self.ruleText.setObjectName(u"ruleText")
        self.ruleText.setWordWrap(True)

        self.pageDeadlineLayout.addWidget(self.ruleText)

        self.deadlineFields = QWidget(self.pageDeadline)
        self.deadlineFields.setObjectName(u"deadlineFields")
        self.deadlineFields.setProperty(u"fields", u"due_on,extended,extension_notified_on,extension_reason")

        self.pageDeadlineLayout.addWidget(self.deadlineFields)

        self.pages.addWidget(self.pageDeadline)

        self.bodyLayout.addWidget(self.pages)

        self.bodyLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.bodyLayout)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(RightsRequestForm)

        QMetaObject.connectSlotsByName(RightsRequestForm)
    # setupUi

    def retranslateUi(self, RightsRequestForm):
#if QT_CONFIG(accessibility)
        self.duePanel.setAccessibleName(QCoreApplication.translate("RightsRequestForm", u"Deadline", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sectionList.setAccessibleName(QCoreApplication.translate("RightsRequestForm", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.pageRequest.setWindowTitle(QCoreApplication.translate("RightsRequestForm", u"Request", None))
        self.pageDeadline.setWindowTitle(QCoreApplication.translate("RightsRequestForm", u"Deadline and extension", None))
        self.ruleText.setText(QCoreApplication.translate("RightsRequestForm", u"One month from the day the request arrived. If that month has no such day, the last day of the month; a weekend, or a public holiday of the country you set under Organisation \u2192 Dates and deadlines, moves it to the next working day. For complex or numerous requests you may take two further months, but only if you tell the person within the first month, with your reasons (Art. 12(3)).", None))
        pass
    # retranslateUi

