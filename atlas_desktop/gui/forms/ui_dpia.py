# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dpia.ui'
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

class Ui_DpiaForm(object):
    def setupUi(self, DpiaForm):
        if not DpiaForm.objectName():
            DpiaForm.setObjectName(u"DpiaForm")
        self.mainLayout = QVBoxLayout(DpiaForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.sectionList = QListWidget(DpiaForm)
        self.sectionList.setObjectName(u"sectionList")

        self.bodyLayout.addWidget(self.sectionList)

        self.pages = QStackedWidget(DpiaForm)
        self.pages.setObjectName(u"pages")
        self.pageGeneral = QWidget()
        self.pageGeneral.setObjectName(u"pageGeneral")
        self.pageGeneralLayout = QVBoxLayout(self.pageGeneral)
        self.pageGeneralLayout.setObjectName(u"pageGeneralLayout")
        self.pageGeneralFields = QWidget(self.pageGeneral)
        self.pageGeneralFields.setObjectName(u"pageGeneralFields")
        self.pageGeneralFields.setProperty(u"section", u"General")

        self.pageGeneralLayout.addWidget(self.pageGeneralFields)

        self.pages.addWidget(self.pageGeneral)
        self.pageScreening = QWidget()
        self.pageScreening.setObjectName(u"pageScreening")
        self.pageScreeningLayout = QVBoxLayout(self.pageScreening)
        self.pageScreeningLayout.setObjectName(u"pageScreeningLayout")
        self.screeningIntro = QLabel(self.pageScreening)
        self.screeningIntro.setObjectName(u"screeningIntro")
        self.screeningIntro.setWordWrap(True)

        self.pageScreeningLayout.addWidget(self.screeningIntro)

        self.verdictPanel = QFrame(self.pageScreening)
        self.verdictPanel.setObjectName(u"verdictPanel")
        self.verdictPanel.setFrameShape(QFrame.StyledPanel)
        self.verdictLayout = QHBoxLayout(self.verdictPanel)
        self.verdictLayout.setObjectName(u"verdictLayout")
        self.verdictIcon = QLabel(self.verdictPanel)
        self.verdictIcon.setObjectName(u"verdictIcon")

        self.verdictLayout.addWidget(self.verdictIcon)

        self.verdictTextLayout = QVBoxLayout()
        self.verdictTextLayout.setObjectName(u"verdictTextLayout")
        self.verdictHeadline = QLabel(self.verdictPanel)
        self.verdictHeadline.setObjectName(u"verdictHeadline")
        self.verdictHeadline.setWordWrap(True)

        self.verdictTextLayout.addWidget(self.verdictHeadline)

        self.verdictDetail = QLabel(self.verdictPanel)
        self.verdictDetail.setObjectName(u"verdictDetail")
        self.verdictDetail.setWordWrap(True)

        self.verdictTextLayout.addWidget(self.verdictDetail)


        self.verdictLayout.addLayout(self.verdictTextLayout)

        self.verdictLayout.setStretch(1, 1)

        self.pageScreeningLayout.addWidget(self.verdictPanel)

        self.pageScreeningFields = QWidget(self.pageScreening)
        self.pageScreeningFields.setObjectName(u"pageScreeningFields")
        self.pageScreeningFields.setProperty(u"section", u"Screening (WP248)")

        self.pageScreeningLayout.addWidget(self.pageScreeningFields)

        self.pages.addWidget(self.pageScreening)
        self.pageAssessment = QWidget()
        self.pageAssessment.setObjectName(u"pageAssessment")
        self.pageAssessmentLayout = QVBoxLayout(self.pageAssessment)
        self.pageAssessmentLayout.setObjectName(u"pageAssessmentLayout")
        self.pageAssessmentFields = QWidget(self.pageAssessment)
        self.pageAssessmentFields.setObjectName(u"pageAssessmentFields")
        self.pageAssessmentFields.setProperty(u"section", u"Assessment")

        self.pageAssessmentLayout.addWidget(self.pageAssessmentFields)

        self.pages.addWidget(self.pageAssessment)
        self.pageRisks = QWidget()
        self.pageRisks.setObjectName(u"pageRisks")
        self.pageRisksLayout = QVBoxLayout(self.pageRisks)
        self.pageRisksLayout.setObjectName(u"pageRisksLayout")
        self.pageRisksFields = QWidget(self.pageRisks)
        self.pageRisksFields.setObjectName(u"pageRisksFields")
        self.pageRisksFields.setProperty(u"section", u"Risks and measures")

        self.pageRisksLayout.addWidget(self.pageRisksFields)

        self.matrixBox = QGroupBox(self.pageRisks)
        self.matrixBox.setObjectName(u"matrixBox")
        self.matrixLayout = QVBoxLayout(self.matrixBox)
        self.matrixLayout.setObjectName(u"matrixLayout")
        self.matrixHolder = QWidget(self.matrixBox)
        self.matrixHolder.setObjectName(u"matrixHolder")

        self.matrixLayout.addWidget(self.matrixHolder)

        self.matrixSummary = QLabel(self.matrixBox)
        self.matrixSummary.setObjectName(u"matrixSummary")
        self.matrixSummary.setWordWrap(True)

        self.matrixLayout.addWidget(self.matrixSummary)


        self.pageRisksLayout.addWidget(self.matrixBox)

        self.pages.addWidget(self.pageRisks)
        self.pageAdvice = QWidget()
        self.pageAdvice.setObjectName(u"pageAdvice")
        self.pageAdviceLayout = QVBoxLayout(self.pageAdvice)
        self.pageAdviceLayout.setObjectName(u"pageAdviceLayout")
        self.pageAdviceFields = QWidget(self.pageAdvice)
        self.pageAdviceFields.setObjectName(u"pageAdviceFields")
        self.pageAdviceFields.setProperty(u"section", u"Advice and views")

        self.pageAdviceLayout.addWidget(self.pageAdviceFields)

        self.pages.addWidget(self.pageAdvice)
        self.pageOutcome = QWidget()
        self.pageOutcome.setObjectName(u"pageOutcome")
        self.pageOutcomeLayout = QVBoxLayout(self.pageOutcome)
        self.pageOutcomeLayout.setObjectName(u"pageOutcomeLayout")
        self.pageOutcomeFields = QWidget(self.pageOutcome)
        self.pageOutcomeFields.setObjectName(u"pageOutcomeFields")
        self.pageOutcomeFields.setProperty(u"section", u"Outcome")

        self.pageOutcomeLayout.addWidget(self.pageOutcomeFields)

        self.pages.addWidget(self.pageOutcome)
        self.pageConsultation = QWidget()
        self.pageConsultation.setObjectName(u"pageConsultation")
        self.pageConsultationLayout = QVBoxLayout(self.pageConsultation)
        self.pageConsultationLayout.setObjectName(u"pageConsultationLayout")
        self.pageConsultationFields = QWidget(self.pageConsultation)
        self.pageConsultationFields.setObjectName(u"pageConsultationFields")
        self.pageConsultationFields.setProperty(u"section", u"Prior consultation (Art. 36)")

        self.pageConsultationLayout.addWidget(self.pageConsultationFields)

        self.pages.addWidget(self.pageConsultation)

        self.bodyLayout.addWidget(self.pages)

        self.bodyLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.bodyLayout)

        self.mainLayout.setStretch(0, 1)

        self.retranslateUi(DpiaForm)

        QMetaObject.connectSlotsByName(DpiaForm)
    # setupUi

    def retranslateUi(self, DpiaForm):
#if QT_CONFIG(accessibility)
        self.sectionList.setAccessibleName(QCoreApplication.translate("DpiaForm", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.pageGeneral.setWindowTitle(QCoreApplication.translate("DpiaForm", u"General", None))
        self.pageScreening.setWindowTitle(QCoreApplication.translate("DpiaForm", u"Screening (WP248)", None))
        self.screeningIntro.setText(QCoreApplication.translate("DpiaForm", u"Tick each of the nine WP248 criteria the processing meets. Two or more: a DPIA is required in most cases. One: consider a DPIA and record why not (Art. 35(1), WP248 rev.01).", None))
#if QT_CONFIG(accessibility)
        self.verdictPanel.setAccessibleName(QCoreApplication.translate("DpiaForm", u"Screening verdict", None))
#endif // QT_CONFIG(accessibility)
        self.pageAssessment.setWindowTitle(QCoreApplication.translate("DpiaForm", u"Assessment", None))
        self.pageRisks.setWindowTitle(QCoreApplication.translate("DpiaForm", u"Risks and measures", None))
        self.matrixBox.setTitle(QCoreApplication.translate("DpiaForm", u"Risk matrix: before and after the measures", None))
#if QT_CONFIG(accessibility)
        self.matrixSummary.setAccessibleName(QCoreApplication.translate("DpiaForm", u"Risk matrix summary", None))
#endif // QT_CONFIG(accessibility)
        self.pageAdvice.setWindowTitle(QCoreApplication.translate("DpiaForm", u"Advice and views", None))
        self.pageOutcome.setWindowTitle(QCoreApplication.translate("DpiaForm", u"Outcome", None))
        self.pageConsultation.setWindowTitle(QCoreApplication.translate("DpiaForm", u"Prior consultation (Art. 36)", None))
        pass
    # retranslateUi

