<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>ActivityEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="153" />
      <source>Is a DPIA needed? (Art. 35)</source>
      <translation>Une AIPD est-elle nécessaire ? (art. 35)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="169" />
      <source>No Art. 35(3) case and no WP248 criterion is met (WP248 rev.01).</source>
      <translation>Aucun cas de l'art. 35(3) et aucun critère WP248 n'est rempli (WP248 rév.01).</translation>
    </message>
  </context>
  <context>
    <name>AllClearPanel</name>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="127" />
      <source>All clear</source>
      <translation>Tout est en ordre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="128" />
      <source>No deadline is near and nothing is missing. Atlas checks again whenever the register changes, and counts any breach clock down to the minute.</source>
      <translation>Aucune échéance n'est proche et rien ne manque. Atlas vérifie à nouveau à chaque modification du registre et décompte tout délai de violation à la minute près.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="133" />
      <source>All clear: no deadline is near and nothing is missing.</source>
      <translation>Tout est en ordre : aucune échéance n'est proche et rien ne manque.</translation>
    </message>
  </context>
  <context>
    <name>AtlasApp</name>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="107" />
      <source>Audit trail</source>
      <translation>Journal d'audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="111" />
      <source>Key file</source>
      <translation>Fichier de clés</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="258" />
      <source>Back up now</source>
      <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="336" />
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="280" />
      <source>About Atlas Desktop</source>
      <translation>À propos d'Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="150" />
      <source>Open record</source>
      <translation>Ouvrir la fiche</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="226" />
      <source>Open register</source>
      <translation>Ouvrir un registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="227" />
      <source>Atlas registers (*.atlas *.atlas-team)</source>
      <translation>Registres Atlas (*.atlas *.atlas-team)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="254" />
      <source>Making an encrypted backup…</source>
      <translation>Création d'une sauvegarde chiffrée…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="259" />
      <source>Backup made</source>
      <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="259" />
      <source>The encrypted backup is saved as
{0}</source>
      <translation>La sauvegarde chiffrée est enregistrée sous
{0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="270" />
      <source>Automatic backup</source>
      <translation>Sauvegarde automatique</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="281" />
      <source>Atlas Desktop {0}
An offline, encrypted GDPR register for small offices.</source>
      <translation>Atlas Desktop {0}
Un registre RGPD hors ligne et chiffré pour les petites structures.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="320" />
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="338" />
      <source>Quit and discard</source>
      <translation>Quitter sans enregistrer</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1974" />
      <source>%n open editor(s) (has|have) unsaved changes. Quitting now discards (it|them).</source>
      <translation>
        <numerusform>%n éditeur ouvert contient des modifications non enregistrées. Quitter maintenant les abandonne.</numerusform>
        <numerusform>%n éditeurs ouverts contiennent des modifications non enregistrées. Quitter maintenant les abandonne.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="99" />
      <source>Atlas Desktop help</source>
      <translation>Aide d'Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;Reports</source>
      <translation>&amp;Rapports</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;Tools</source>
      <translation>&amp;Outils</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="55" />
      <source>New register…</source>
      <translation>Nouveau registre…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="56" />
      <source>Open register…</source>
      <translation>Ouvrir un registre…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="57" />
      <source>Open a team register…</source>
      <translation>Ouvrir un registre d'équipe…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="59" />
      <source>Export spreadsheet…</source>
      <translation>Exporter vers un tableur…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="60" />
      <source>Import spreadsheet…</source>
      <translation>Importer depuis un tableur…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="64" />
      <source>Change my password…</source>
      <translation>Changer mon mot de passe…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="69" />
      <source>Lock</source>
      <translation>Verrouiller</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="71" />
      <source>Close register</source>
      <translation>Fermer le registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="74" />
      <source>New record</source>
      <translation>Nouvelle fiche</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="84" />
      <source>New activities from templates…</source>
      <translation>Nouvelles activités à partir de modèles…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="85" />
      <source>Find</source>
      <translation>Rechercher</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="86" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="88" />
      <source>Organisation details…</source>
      <translation>Informations sur l'organisme…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="89" />
      <source>Preferences…</source>
      <translation>Préférences…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="95" />
      <source>Annual review…</source>
      <translation>Revue annuelle…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="96" />
      <source>What needs action (dashboard)</source>
      <translation>Ce qui demande une action (tableau de bord)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="97" />
      <source>Verify the audit trail</source>
      <translation>Vérifier le journal d'audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="101" />
      <source>First steps</source>
      <translation>Premiers pas</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="56" />
      <source>Evidence files (a signed contract, a certificate, a screenshot) are kept encrypted inside the register, at most 25 MB each. Open and Save as write a copy where you choose; that copy is not encrypted.</source>
      <translation>Les pièces justificatives (un contrat signé, un certificat, une capture d'écran) sont conservées chiffrées dans le registre, 25 Mo au maximum chacune. Ouvrir et Enregistrer sous écrivent une copie à l'endroit choisi ; cette copie n'est pas chiffrée.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="62" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="62" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="62" />
      <source>Added</source>
      <translation>Ajouté le</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="63" />
      <source>Added by</source>
      <translation>Ajouté par</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="64" />
      <source>Attached files</source>
      <translation>Fichiers joints</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="77" />
      <source>&amp;Add file…</source>
      <translation>&amp;Ajouter un fichier…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="78" />
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="79" />
      <source>Save a cop&amp;y…</source>
      <translation>Enregistrer une co&amp;pie…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="80" />
      <source>&amp;Remove…</source>
      <translation>Re&amp;tirer…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="112" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="127" />
      <source>Save the record first; then you can attach files to it.</source>
      <translation>Enregistrez d'abord la fiche ; vous pourrez ensuite y joindre des fichiers.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="129" />
      <source>No files attached yet.</source>
      <translation>Aucun fichier joint pour l'instant.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="154" />
      <source>Attach files</source>
      <translation>Joindre des fichiers</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="159" />
      <source>The file was not attached</source>
      <translation>Le fichier n'a pas été joint</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="173" />
      <source>The copy was not written</source>
      <translation>La copie n'a pas été écrite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="180" />
      <source>Save a copy of {0}</source>
      <translation>Enregistrer une copie de {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="187" />
      <source>Where should the copy of {0} go? It is opened from there</source>
      <translation>Où placer la copie de {0} ? Elle sera ouverte depuis cet emplacement</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="197" />
      <source>Remove attachment</source>
      <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="198" />
      <source>Remove “{0}” from this record? The removal is recorded in the audit trail; the file cannot be recovered from the register.</source>
      <translation>Retirer « {0} » de cette fiche ? Le retrait est consigné dans le journal d'audit ; le fichier ne pourra pas être récupéré depuis le registre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="200" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="205" />
      <source>The attachment was not removed</source>
      <translation>La pièce jointe n'a pas été retirée</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="42" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="42" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="43" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="43" />
      <source>Register</source>
      <translation>Registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="44" />
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="44" />
      <source>Changed fields</source>
      <translation>Champs modifiés</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="304" />
      <source>#{0} (deleted)</source>
      <translation>n° {0} (supprimée)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="306" />
      <source>(new record)</source>
      <translation>(nouvelle fiche)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="308" />
      <source>(whole record)</source>
      <translation>(fiche entière)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="351" />
      <source>The names of the fields that changed. Their values may be personal data: select an entry and choose Show details to see them.</source>
      <translation>Les noms des champs modifiés. Leurs valeurs peuvent être des données à caractère personnel : sélectionnez une entrée et choisissez Afficher les détails pour les voir.</translation>
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="54" />
      <source>Audit log</source>
      <translation>Journal d'audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="57" />
      <source>All registers</source>
      <translation>Tous les registres</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="61" />
      <source>Show the entries of one register</source>
      <translation>Afficher les entrées d'un registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="63" />
      <location filename="../../atlas_desktop/gui/auditview.py" line="260" />
      <source>Everyone</source>
      <translation>Tout le monde</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="64" />
      <source>Show the entries of one person</source>
      <translation>Afficher les entrées d'une personne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="68" />
      <source>Filter…</source>
      <translation>Filtrer…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="70" />
      <source>Filter the audit log</source>
      <translation>Filtrer le journal d'audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="72" />
      <source>Number of entries shown</source>
      <translation>Nombre d'entrées affichées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="74" />
      <source>Show &amp;details…</source>
      <translation>Afficher les &amp;détails…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="75" />
      <source>The values before and after this change (may be personal data)</source>
      <translation>Les valeurs avant et après cette modification (peuvent être des données à caractère personnel)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="76" />
      <source>Show details</source>
      <translation>Afficher les détails</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="78" />
      <source>&amp;Verify chain</source>
      <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="79" />
      <source>Check that no entry was changed, removed or reordered</source>
      <translation>Vérifier qu'aucune entrée n'a été modifiée, supprimée ou déplacée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="80" />
      <source>Verify chain</source>
      <translation>Vérifier la chaîne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="83" />
      <source>Every change is sealed into a chain. Verify it to check that nothing was altered.</source>
      <translation>Chaque modification est scellée dans une chaîne. Vérifiez-la pour vous assurer que rien n'a été altéré.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="86" />
      <source>Result of the chain check</source>
      <translation>Résultat de la vérification de la chaîne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="90" />
      <source>Audit log entries</source>
      <translation>Entrées du journal d'audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="117" />
      <source>&amp;Register:</source>
      <translation>&amp;Registre :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="117" />
      <source>&amp;Who:</source>
      <translation>&amp;Qui :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="191" />
      <source>Checking every entry of the audit trail…</source>
      <translation>Vérification de chaque entrée du journal d'audit…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="197" />
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="199" />
      <source>Verifying the audit trail</source>
      <translation>Vérification du journal d'audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="208" />
      <source>, and they match the {0} backups and restores recorded</source>
      <translation>, et elles concordent avec les {0} sauvegardes et restaurations enregistrées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="210" />
      <source>Intact: all {0} entries are sealed and in order{1}. Nothing was altered.</source>
      <translation>Intact : les {0} entrées sont toutes scellées et dans l'ordre{1}. Rien n'a été altéré.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="214" />
      <source> at entry {0}</source>
      <translation> à l'entrée {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="215" />
      <source>Broken{0}: {1} Keep this register as it is and restore a backup you trust.</source>
      <translation>Rompue{0} : {1} Laissez ce registre tel quel et restaurez une sauvegarde de confiance.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="223" />
      <source>The trail's {0} entries are sealed and in order, but {1} records differ from it: {2}{3}. They were changed outside Atlas; restore a backup you trust if you did not expect this.</source>
      <translation>Les {0} entrées du journal sont scellées et dans l'ordre, mais {1} fiches ne concordent pas avec lui : {2}{3}. Elles ont été modifiées en dehors d'Atlas ; restaurez une sauvegarde de confiance si vous ne vous y attendiez pas.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="226" />
      <source> and {0} more</source>
      <translation> et {0} de plus</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="231" />
      <source>Changed outside Atlas</source>
      <translation>Modifié hors d'Atlas</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="232" />
      <source>Intact</source>
      <translation>Intact</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="231" />
      <source>Broken</source>
      <translation>Rompu</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="240" />
      <source>The check did not finish: {0}</source>
      <translation>La vérification n'a pas abouti : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="278" />
      <source>entry</source>
      <translation>entrée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="278" />
      <source>entries</source>
      <translation>entrées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="279" />
      <source>{0} {1}</source>
      <translation>{0} {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="280" />
      <source>{0} of {1} {2}</source>
      <translation>{0} sur {1} {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="41" />
      <source>Register settings</source>
      <translation>Paramètres du registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="41" />
      <source>Annual reviews</source>
      <translation>Revues annuelles</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="45" />
      <source>Created</source>
      <translation>Créé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="45" />
      <source>Changed</source>
      <translation>Modifié</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="45" />
      <source>Deleted</source>
      <translation>Supprimé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="45" />
      <source>Imported</source>
      <translation>Importé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="46" />
      <source>Restored</source>
      <translation>Restauré</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="46" />
      <source>Keys changed</source>
      <translation>Clés changées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="46" />
      <source>Reviewed</source>
      <translation>Revu</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="51" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="51" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="51" />
      <source>Items</source>
      <translation>Éléments</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="51" />
      <source>Audit trail head</source>
      <translation>Tête du journal d'audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="52" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="52" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="52" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="52" />
      <source>Pack</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="53" />
      <source>Pack SHA-256</source>
      <translation>SHA-256 du dossier</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="53" />
      <source>Not reviewed yet</source>
      <translation>Pas encore revu</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="53" />
      <source>Confirmed unchanged</source>
      <translation>Confirmé sans changement</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="54" />
      <source>Updated</source>
      <translation>Mis à jour</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="54" />
      <source>Retired</source>
      <translation>Retiré</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="85" />
      <source>Audit entry {0}</source>
      <translation>Entrée d'audit {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="91" />
      <source>Entry {0}: {1} — {2} #{3}, by {4} on {5}.</source>
      <translation>Entrée {0} : {1} — {2} n° {3}, par {4} le {5}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="95" />
      <source>These values may be personal data. Close this window when you are done.</source>
      <translation>Ces valeurs peuvent être des données à caractère personnel. Fermez cette fenêtre lorsque vous avez terminé.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="102" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="102" />
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="102" />
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="103" />
      <source>Values before and after the change</source>
      <translation>Valeurs avant et après la modification</translation>
    </message>
  </context>
  <context>
    <name>BasisChart</name>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="236" />
      <source>Activities by lawful basis</source>
      <translation>Activités par base juridique</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="250" />
      <source>For a client (their basis)</source>
      <translation>Pour un client (sa base)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="252" />
      <source>No basis chosen yet</source>
      <translation>Aucune base choisie pour l'instant</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="257" />
      <source>Activities by lawful basis: no activities in use yet.</source>
      <translation>Activités par base juridique : aucune activité en cours pour l'instant.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="258" />
      <source>{0} ({1}): {2}</source>
      <translation>{0} ({1}) : {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="260" />
      <source>Activities by lawful basis (an activity with several bases counts under each): {0}.</source>
      <translation>Activités par base juridique (une activité ayant plusieurs bases compte pour chacune) : {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="281" />
      <source>No activities in use yet.</source>
      <translation>Aucune activité en cours pour l'instant.</translation>
    </message>
  </context>
  <context>
    <name>BreachEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="213" />
      <source>{0} decides about the authority and the people affected</source>
      <translation>{0} décide pour l'autorité et les personnes concernées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="215" />
      <source>Your part is to tell them without undue delay, with what you know so far; the clock at the top counts down to your deadline. Record below when you told them (Art. 33(2)).</source>
      <translation>Votre rôle est de le prévenir dans les meilleurs délais, avec ce que vous savez déjà ; le compteur en haut décompte le temps jusqu'à votre échéance. Indiquez ci-dessous quand vous l'avez prévenu (art. 33(2)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="219" />
      <source>Your own data: nothing to do on this page</source>
      <translation>Vos propres données : rien à faire sur cette page</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="220" />
      <source>Fill this page in only when the data belonged to a client you process it for. The client then notifies the authority, and you must tell the client without undue delay (Art. 33(2)).</source>
      <translation>Ne remplissez cette page que si les données appartenaient à un client pour lequel vous les traitez. C'est alors le client qui notifie l'autorité, et vous devez l'informer dans les meilleurs délais (art. 33(2)).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1975" />
      <source>%n day(s) {0} h</source>
      <translation>
        <numerusform>%n jour {0} h</numerusform>
        <numerusform>%n jours {0} h</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="42" />
      <source>{0} h {1} min</source>
      <translation>{0} h {1} min</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="42" />
      <source>{0} min</source>
      <translation>{0} min</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="55" />
      <source>Times in {0}.</source>
      <translation>Heures indiquées dans le fuseau {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="63" />
      <source>The 72-hour clock has not started</source>
      <translation>Le délai de 72 heures n'a pas commencé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="64" />
      <source>It starts when you become aware that personal data was affected: fill in “Became aware at” (Art. 33(1)).</source>
      <translation>Il commence quand vous prenez connaissance que des données à caractère personnel ont été touchées : remplissez « Connaissance acquise le » (art. 33(1)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="67" />
      <source>The 72-hour clock cannot start</source>
      <translation>Le délai de 72 heures ne peut pas commencer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="68" />
      <source>“Became aware at” is outside the dates Atlas accepts (1900–2200): correct it (Art. 33(1)).</source>
      <translation>« Connaissance acquise le » est hors des dates acceptées par Atlas (1900–2200) : corrigez-la (art. 33(1)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="75" />
      <source>Notified late: {0} after the deadline</source>
      <translation>Notifiée en retard : {0} après l'échéance</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="77" />
      <source>The authority was notified on {0}; the deadline was {1}. Record the reasons for the delay (Art. 33(1)). {2}</source>
      <translation>L'autorité a été notifiée le {0} ; l'échéance était le {1}. Consignez les motifs du retard (art. 33(1)). {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="79" />
      <source>Notified in time</source>
      <translation>Notifiée dans les délais</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="80" />
      <source>The authority was notified on {0}, {1} after you became aware (deadline {2}). {3}</source>
      <translation>L'autorité a été notifiée le {0}, {1} après que vous en avez eu connaissance (échéance : {2}). {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="86" />
      <source>Notification not required</source>
      <translation>Notification non requise</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="87" />
      <source>Your own assessment is that the breach is unlikely to result in a risk to people.</source>
      <translation>Selon votre propre évaluation, la violation est peu susceptible d'engendrer un risque pour les personnes.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="88" />
      <source>Your answers show the breach is unlikely to result in a risk to people.</source>
      <translation>D'après vos réponses, la violation est peu susceptible d'engendrer un risque pour les personnes.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="89" />
      <source>Keep your reasoning in this record (Art. 33(1), 33(5)). The deadline would have been {0}. {1}</source>
      <translation>Conservez votre raisonnement dans cette fiche (art. 33(1), 33(5)). L'échéance aurait été le {0}. {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="92" />
      <source>notify the authority</source>
      <translation>notifier l'autorité</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="93" />
      <source>assess the risk and decide whether to notify the authority</source>
      <translation>évaluer le risque et décider s'il faut notifier l'autorité</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="95" />
      <source>Overdue: the 72 hours ran out {0} ago</source>
      <translation>En retard : les 72 heures sont écoulées depuis {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="96" />
      <source>The deadline was {0}. {1} now, and give the reasons for the delay (Art. 33(1)). {2}</source>
      <translation>L'échéance était le {0}. {1} dès maintenant, et indiquer les motifs du retard (art. 33(1)). {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="99" />
      <source>{0} left to {1}</source>
      <translation>Il reste {0} pour {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="100" />
      <source>Deadline: {0}, 72 hours after you became aware (Art. 33(1)). {1}</source>
      <translation>Échéance : {0}, 72 heures après que vous en avez eu connaissance (art. 33(1)). {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="108" />
      <source>{0} decides whether to notify the authority and the people affected.</source>
      <translation>{0} décide s'il faut notifier l'autorité et les personnes concernées.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="111" />
      <source>The clock to tell {0} has not started</source>
      <translation>Le délai pour informer {0} n'a pas commencé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="112" />
      <source>It starts when you become aware that personal data was affected: fill in “Became aware at”. Then tell {0} without undue delay (Art. 33(2)).</source>
      <translation>Il commence quand vous prenez connaissance que des données à caractère personnel ont été touchées : remplissez « Connaissance acquise le ». Informez ensuite {0} dans les meilleurs délais (art. 33(2)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="116" />
      <source>{0} told late: {1} after the deadline</source>
      <translation>{0} informé en retard : {1} après l'échéance</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="118" />
      <source>Told on {0}; the deadline was {1} (Art. 33(2)). {2} {3}</source>
      <translation>Informé le {0} ; l'échéance était le {1} (art. 33(2)). {2} {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="120" />
      <source>{0} told in time</source>
      <translation>{0} informé dans les délais</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="121" />
      <source>Told on {0}, before the deadline of {1} (Art. 33(2)). {2} {3}</source>
      <translation>Informé le {0}, avant l'échéance du {1} (art. 33(2)). {2} {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="125" />
      <source>Overdue: tell {0} now ({1} late)</source>
      <translation>En retard : informez {0} maintenant ({1} de retard)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="126" />
      <source>You had to tell {0} by {1} (Art. 33(2)); their own 72 hours may be running out. {2} {3}</source>
      <translation>Vous deviez informer {0} avant le {1} (art. 33(2)) ; ses propres 72 heures sont peut-être en train de s'écouler. {2} {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="129" />
      <source>Tell {0} by {1} ({2} left)</source>
      <translation>Informez {0} avant le {1} (il reste {2})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="130" />
      <source>You process this data for {0}: tell them without undue delay (Art. 33(2)). {1} {2}</source>
      <translation>Vous traitez ces données pour {0} : informez-le dans les meilleurs délais (art. 33(2)). {1} {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="39" />
      <source>low</source>
      <translation>faible</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="39" />
      <source>medium</source>
      <translation>moyenne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="39" />
      <source>high</source>
      <translation>élevée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="40" />
      <source>very high</source>
      <translation>très élevée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="40" />
      <source>not worked out yet</source>
      <translation>pas encore calculée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="44" />
      <source>unlikely to result in a risk</source>
      <translation>peu susceptible d'engendrer un risque</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="44" />
      <source>a risk to people</source>
      <translation>un risque pour les personnes</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="45" />
      <source>a high risk to people</source>
      <translation>un risque élevé pour les personnes</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="45" />
      <source>not decided yet</source>
      <translation>pas encore décidé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="56" />
      <source>the client</source>
      <translation>le client</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="62" />
      <source>Unlikely to result in a risk to people: document the breach here, with your reasoning; no notification is needed (Art. 33(5)).</source>
      <translation>Peu susceptible d'engendrer un risque pour les personnes : documentez ici la violation, avec votre raisonnement ; aucune notification n'est nécessaire (art. 33(5)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="65" />
      <source>A risk to people: notify the authority without undue delay, within 72 hours of becoming aware (Art. 33(1)). The people affected need not be told, because the risk is not high.</source>
      <translation>Un risque pour les personnes : notifiez l'autorité dans les meilleurs délais, au plus tard 72 heures après en avoir pris connaissance (art. 33(1)). Les personnes concernées n'ont pas à être informées, car le risque n'est pas élevé.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="68" />
      <source>A high risk to people: notify the authority within 72 hours (Art. 33(1)) and also tell the people affected without undue delay, in plain language (Art. 34(1)), unless an exemption of Art. 34(3) applies.</source>
      <translation>Un risque élevé pour les personnes : notifiez l'autorité dans les 72 heures (art. 33(1)) et informez aussi les personnes concernées dans les meilleurs délais, en des termes clairs et simples (art. 34(1)), sauf si une exception de l'art. 34(3) s'applique.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="71" />
      <source>Say what was affected (confidentiality, integrity or availability, under “What happened”) to start the assessment.</source>
      <translation>Indiquez ce qui a été touché (confidentialité, intégrité ou disponibilité, sous « Ce qui s'est passé ») pour commencer l'évaluation.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="101" />
      <source>Severity score</source>
      <translation>Score de gravité</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="110" />
      <source>How each answer counted</source>
      <translation>Comment chaque réponse a été comptée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="119" />
      <source>⚠︎ Not answered yet: {0}. The worst case is assumed until you answer, so the level may go down as you do.</source>
      <translation>⚠︎ Pas encore de réponse : {0}. Le cas le plus défavorable est retenu jusqu'à votre réponse ; le niveau peut donc baisser quand vous répondrez.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="127" />
      <source>What moved the outcome (EDPB)</source>
      <translation>Ce qui a déterminé le résultat (CEPD)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="135" />
      <source>Your own assessment: {0} (the facts give: {1})</source>
      <translation>Votre propre évaluation : {0} (selon les faits : {1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="137" />
      <source>Your own assessment: {0}</source>
      <translation>Votre propre évaluation : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="141" />
      <source>Write why you disagree in “Why you disagree” below: the record cannot be saved without it (Art. 33(5)). Your level decides who must be told. {0}</source>
      <translation>Expliquez votre désaccord dans « Pourquoi vous n'êtes pas d'accord » ci-dessous : la fiche ne peut pas être enregistrée sans cela (art. 33(5)). Votre niveau détermine qui doit être informé. {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="145" />
      <source>Your level decides who must be told, and your reason is kept with the record. {0}</source>
      <translation>Votre niveau détermine qui doit être informé, et votre justification est conservée avec la fiche. {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="153" />
      <source>Severity not worked out yet</source>
      <translation>Gravité pas encore calculée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="155" />
      <source>Severity {0} of 4+ — {1}</source>
      <translation>Gravité {0} sur 4+ — {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="159" />
      <source>Tell {0} by {1} ({2}).</source>
      <translation>Informez {0} avant le {1} ({2}).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="161" />
      <source>Tell {0} without undue delay; fill in “Became aware at” to see by when.</source>
      <translation>Informez {0} dans les meilleurs délais ; remplissez « Connaissance acquise le » pour voir l'échéance.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="162" />
      <source>The data is {0}'s: as the controller, they decide whether to notify the authority and the people affected. {1} Pass this assessment on to them (Art. 33(2)).</source>
      <translation>Les données appartiennent à {0} : en tant que responsable du traitement, c'est lui qui décide s'il faut notifier l'autorité et les personnes concernées. {1} Transmettez-lui cette évaluation (art. 33(2)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="170" />
      <source>From your answers above. {0}</source>
      <translation>D'après vos réponses ci-dessus. {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="188" />
      <source>{0} notifies its own authority</source>
      <translation>{0} notifie sa propre autorité</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="189" />
      <source>The data is the client's: the client, as controller, decides whether to notify its supervisory authority (Art. 33(2)). Your part is to tell the client.</source>
      <translation>Les données appartiennent au client : le client, en tant que responsable du traitement, décide s'il faut notifier son autorité de contrôle (art. 33(2)). Votre rôle est d'informer le client.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="194" />
      <source>As recorded on the organisation's page (Art. 55).</source>
      <translation>Tel qu'indiqué sur la page de l'organisation (art. 55).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="195" />
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="219" />
      <source>Notify: {0}</source>
      <translation>Notifier : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="199" />
      <source>Which authority? Not known yet</source>
      <translation>Quelle autorité ? Pas encore connue</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="200" />
      <source>Fill in your country, or the supervisory authority itself, on the organisation's page: Atlas then names the authority to notify (Art. 55).</source>
      <translation>Indiquez votre pays, ou l'autorité de contrôle elle-même, sur la page de l'organisation : Atlas indiquera alors l'autorité à notifier (art. 55).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="206" />
      <source>the breach form on {0}</source>
      <translation>le formulaire de violation sur {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="207" />
      <source>Notify online: {0}</source>
      <translation>Notifier en ligne : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="209" />
      <source>Phone: {0}</source>
      <translation>Téléphone : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="211" />
      <source>Email: {0}</source>
      <translation>E-mail : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="213" />
      <source>Atlas could not confirm the authority's breach form: look for it on the authority's website.</source>
      <translation>Atlas n'a pas pu confirmer le formulaire de violation de l'autorité : cherchez-le sur le site web de l'autorité.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="217" />
      <source>Worked out from your country ({0}); to use another authority, name it on the organisation's page (Art. 55).</source>
      <translation>Déduite de votre pays ({0}) ; pour utiliser une autre autorité, indiquez-la sur la page de l'organisation (art. 55).</translation>
    </message>
  </context>
  <context>
    <name>BreachForm</name>
    <message>
      <location filename="../../forms/breach.ui" line="13" />
      <source>Notification clock</source>
      <translation>Compte à rebours de notification</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="40" />
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="46" />
      <source>What happened</source>
      <translation>Ce qui s'est passé</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="56" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="66" />
      <source>Links to the register</source>
      <translation>Liens avec le registre</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="76" />
      <source>Risk assessment</source>
      <translation>Évaluation du risque</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="80" />
      <source>Answer what you know. Atlas works out the severity and who must be told as you answer; a question left empty counts at its worst until you answer it.</source>
      <translation>Répondez à ce que vous savez. Atlas calcule la gravité et qui doit être informé au fur et à mesure de vos réponses ; une question laissée vide est comptée au plus défavorable jusqu'à ce que vous y répondiez.</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="92" />
      <source>What your answers mean</source>
      <translation>Ce que signifient vos réponses</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="120" />
      <source>How each answer counted</source>
      <translation>Comment chaque réponse a été comptée</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="126" />
      <source>Questions not answered yet</source>
      <translation>Questions encore sans réponse</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="133" />
      <source>What moved the outcome</source>
      <translation>Ce qui a influé sur le résultat</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="142" />
      <source>Your own assessment</source>
      <translation>Votre propre évaluation</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="173" />
      <source>Response</source>
      <translation>Mesures prises</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="183" />
      <source>Notifying the authority</source>
      <translation>Notification à l'autorité</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="188" />
      <source>Who to notify</source>
      <translation>Qui notifier</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="223" />
      <source>Telling the people affected</source>
      <translation>Information des personnes concernées</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="233" />
      <source>For a client (Art. 33(2))</source>
      <translation>Pour un client (art. 33(2))</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="238" />
      <source>Telling the client</source>
      <translation>Information du client</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="269" />
      <source>Timeline</source>
      <translation>Chronologie</translation>
    </message>
  </context>
  <context>
    <name>BreachesChart</name>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="98" />
      <source>Breaches per month</source>
      <translation>Violations par mois</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="111" />
      <source>Breaches per month: no figures yet.</source>
      <translation>Violations par mois : aucun chiffre pour l'instant.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="112" />
      <source>{0} to {1}</source>
      <translation>de {0} à {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="116" />
      <source>No breaches were recorded in the last {0} months ({1}).</source>
      <translation>Aucune violation n'a été enregistrée au cours des {0} derniers mois ({1}).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="119" />
      <source>Breaches per month over the last {0} months ({1}): {2} in total. {3}. No breaches in the other months.</source>
      <translation>Violations par mois au cours des {0} derniers mois ({1}) : {2} au total. {3}. Aucune violation les autres mois.</translation>
    </message>
  </context>
  <context>
    <name>ChangesStep</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="208" />
      <source>Comparing with the previous review…</source>
      <translation>Comparaison avec la revue précédente…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="211" />
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="211" />
      <source>Register</source>
      <translation>Registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="211" />
      <source>What changed</source>
      <translation>Ce qui a changé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="212" />
      <source>Changes since the previous review</source>
      <translation>Modifications depuis la revue précédente</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="236" />
      <source>This is the first review: there is nothing to compare with yet. The next review will list what was added, changed or retired since this one.</source>
      <translation>Ceci est la première revue : il n'y a encore rien à comparer. La prochaine revue indiquera ce qui a été ajouté, modifié ou retiré depuis celle-ci.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="240" />
      <source>Since {0} (closed {1}).</source>
      <translation>Depuis le {0} (clôturée le {1}).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="242" />
      <source>Nothing was added, changed or retired.</source>
      <translation>Rien n'a été ajouté, modifié ou retiré.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="248" />
      <source>{0} added, {1} changed, {2} retired or removed.</source>
      <translation>{0} ajouté(s), {1} modifié(s), {2} retiré(s) ou supprimé(s).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="250" />
      <source>So far: the comparison is made again when the review closes.</source>
      <translation>Provisoire : la comparaison est refaite à la clôture de la revue.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="258" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
  </context>
  <context>
    <name>CloseStep</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="52" />
      <source>Why the review cannot be closed yet</source>
      <translation>Pourquoi la revue ne peut pas encore être clôturée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="53" />
      <source>Show the items not reviewed yet</source>
      <translation>Afficher les éléments pas encore revus</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="64" />
      <source>Close the review and save the &amp;pack…</source>
      <translation>Clôturer la revue et enregistrer le &amp;dossier…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="67" />
      <source>&amp;Save pack…</source>
      <translation>&amp;Enregistrer le dossier…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="92" />
      <source>The review started on {0} by {1}, from audit trail entry {2} ({3}…).</source>
      <translation>La revue a été commencée le {0} par {1}, à partir de l'entrée {2} du journal d'audit ({3}…).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="95" />
      <source>Close the review</source>
      <translation>Clôturer la revue</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="97" />
      <source>Closing the review sets each kept record's next review date, signs the “Annual data protection review” PDF and makes the review pack: one zip holding that PDF, the full spreadsheet and the signed record of processing activities (Art. 30), with a manifest of their SHA-256 hashes. The pack is kept in the register, encrypted, and you choose where to save a copy.</source>
      <translation>La clôture de la revue fixe la prochaine date de revue de chaque fiche conservée, signe le PDF « Revue annuelle de protection des données » et constitue le dossier de revue : un zip contenant ce PDF, le tableur complet et le registre des activités de traitement signé (art. 30), avec un manifeste de leurs empreintes SHA-256. Le dossier est conservé chiffré dans le registre, et vous choisissez où en enregistrer une copie.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="103" />
      <source>1 item is not reviewed yet. Confirm, update or retire it before closing the review.</source>
      <translation>1 élément n'est pas encore revu. Confirmez-le, mettez-le à jour ou retirez-le avant de clôturer la revue.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="112" />
      <source>Closed on {0} by {1}</source>
      <translation>Clôturée le {0} par {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="116" />
      <source>Its pack, “{0}” ({1}), is kept in the register, encrypted: save a copy whenever you need one. It is the pack made at the close, byte for byte.</source>
      <translation>Son dossier, « {0} » ({1}), est conservé chiffré dans le registre : enregistrez-en une copie chaque fois que nécessaire. C'est exactement, octet pour octet, le dossier constitué à la clôture.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="122" />
      <source>SHA-256 of the pack: {0}</source>
      <translation>SHA-256 du dossier : {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1976" />
      <source>%n item(s) (is|are) not reviewed yet. Confirm, update or retire each one before closing the review.</source>
      <translation>
        <numerusform>%n élément n'est pas encore revu. Confirmez-le, mettez-le à jour ou retirez-le avant de clôturer la revue.</numerusform>
        <numerusform>%n éléments ne sont pas encore revus. Confirmez, mettez à jour ou retirez chacun d'eux avant de clôturer la revue.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ComputedWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/widgets.py" line="221" />
      <source>worked out when the fields it depends on are filled in</source>
      <translation>calculé dès que les champs dont il dépend sont remplis</translation>
    </message>
  </context>
  <context>
    <name>CoverageChart</name>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="173" />
      <source>Training coverage</source>
      <translation>Couverture de la formation</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="186" />
      <source>{0}%</source>
      <translation>{0} %</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="191" />
      <source>Training coverage: no current staff are recorded, so there is nothing to show.</source>
      <translation>Couverture de la formation : aucun membre actuel du personnel n'est enregistré, il n'y a donc rien à afficher.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="192" />
      <source>Training coverage: {0} of {1} current staff have valid data-protection training ({2}); {3} need training.</source>
      <translation>Couverture de la formation : {0} des {1} membres actuels du personnel ont une formation à la protection des données valide ({2}) ; {3} doivent être formés.</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="84" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="116" />
      <location filename="../../atlas_desktop/gui/dashboard.py" line="121" />
      <source>What needs action</source>
      <translation>Ce qui demande une action</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="157" />
      <source>Breach clocks</source>
      <translation>Délais de violation</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="159" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="159" />
      <source>Due soon</source>
      <translation>Échéance proche</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="159" />
      <source>Gaps to fill</source>
      <translation>Lacunes à combler</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="200" />
      <source>Updating the dashboard</source>
      <translation>Mise à jour du tableau de bord</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="221" />
      <source>The dashboard could not be updated: {0}</source>
      <translation>Le tableau de bord n'a pas pu être mis à jour : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="243" />
      <source>{0} overdue</source>
      <translation>{0} en retard</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="244" />
      <source>{0} due soon</source>
      <translation>{0} à échéance proche</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="249" />
      <source>1 breach clock running</source>
      <translation>1 délai de violation en cours</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="250" />
      <source>{0} breach clocks running</source>
      <translation>{0} délais de violation en cours</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="251" />
      <source>1 breach deadline passed</source>
      <translation>1 échéance de violation dépassée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="252" />
      <source>{0} breach deadlines passed</source>
      <translation>{0} échéances de violation dépassées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="260" />
      <source>Go to these items</source>
      <translation>Aller à ces éléments</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="266" />
      <source>checked {0}</source>
      <translation>vérifié le {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="277" />
      <source>Deadline {0}, 72 hours after you became aware</source>
      <translation>Échéance {0}, 72 heures après que vous en avez eu connaissance</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="280" />
      <source>{0}. Notify: {1}</source>
      <translation>{0}. À notifier : {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="294" />
      <source>overdue today</source>
      <translation>en retard aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="351" />
      <source>Locked</source>
      <translation>Verrouillé</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1977" />
      <source>%n breach(es) in the last 12 months</source>
      <translation>
        <numerusform>%n violation au cours des 12 derniers mois</numerusform>
        <numerusform>%n violations au cours des 12 derniers mois</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1978" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1979" />
      <source>%n day(s) left</source>
      <translation>
        <numerusform>%n jour restant</numerusform>
        <numerusform>%n jours restants</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1980" />
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>%n jour de retard</numerusform>
        <numerusform>%n jours de retard</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1981" />
      <source>%n day(s) {0} h</source>
      <translation>
        <numerusform>%n jour {0} h</numerusform>
        <numerusform>%n jours {0} h</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1982" />
      <source>%n gap(s)</source>
      <translation>
        <numerusform>%n lacune</numerusform>
        <numerusform>%n lacunes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="59" />
      <source>No breaches in the last 12 months</source>
      <translation>Aucune violation au cours des 12 derniers mois</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="60" />
      <source>1 breach in the last 12 months</source>
      <translation>1 violation au cours des 12 derniers mois</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="62" />
      <source>No current staff recorded</source>
      <translation>Aucun membre actuel du personnel enregistré</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="63" />
      <source>{0} of {1} current staff have valid training</source>
      <translation>{0} des {1} membres actuels du personnel ont une formation valide</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="64" />
      <source>Activities in use, by Art. 6(1) basis</source>
      <translation>Activités en cours, par base de l'art. 6(1)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="70" />
      <source>Gap</source>
      <translation>Lacune</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="70" />
      <source>Breach clock</source>
      <translation>Délai de violation</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="71" />
      <source>All clear</source>
      <translation>Tout est en ordre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="125" />
      <source>less than a minute</source>
      <translation>moins d'une minute</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="132" />
      <source>{0} h {1} min</source>
      <translation>{0} h {1} min</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="133" />
      <source>{0} h</source>
      <translation>{0} h</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="133" />
      <source>{0} min</source>
      <translation>{0} min</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="143" />
      <source>Decide whether to notify the authority within {0} ({1})</source>
      <translation>Décidez s'il faut notifier l'autorité d'ici {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="144" />
      <source>Notify the authority within {0} ({1})</source>
      <translation>Notifiez l'autorité d'ici {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="146" />
      <source>Overdue by {0}: decide now whether to notify the authority ({1})</source>
      <translation>En retard de {0} : décidez maintenant s'il faut notifier l'autorité ({1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="147" />
      <source>Overdue by {0}: notify the authority now and give the reasons for the delay ({1})</source>
      <translation>En retard de {0} : notifiez l'autorité maintenant et indiquez les motifs du retard ({1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="156" />
      <source>due today</source>
      <translation>échéance aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="228" />
      <source>Press Enter to open the record.</source>
      <translation>Appuyez sur Entrée pour ouvrir la fiche.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="292" />
      <source>Share of the 72 hours used</source>
      <translation>Part des 72 heures écoulée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="310" />
      <source>Clock running</source>
      <translation>Délai en cours</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="319" />
      <source>Press Enter to open the breach.</source>
      <translation>Appuyez sur Entrée pour ouvrir la violation.</translation>
    </message>
  </context>
  <context>
    <name>DateTimeWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="170" />
      <source>YYYY-MM-DD HH:MM</source>
      <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="174" />
      <source>Now</source>
      <translation>Maintenant</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="175" />
      <source>Fill in the current date and time</source>
      <translation>Saisir la date et l'heure actuelles</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="176" />
      <source>Set to now</source>
      <translation>Mettre à maintenant</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="179" />
      <source>Times are shown and typed in the organisation's time zone.</source>
      <translation>Les heures sont affichées et saisies dans le fuseau horaire de l'organisme.</translation>
    </message>
  </context>
  <context>
    <name>DateWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="96" />
      <source>Warning</source>
      <translation>Avertissement</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="118" />
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
  </context>
  <context>
    <name>DpiaEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dpia.py" line="119" />
      <source>{0} of the 9 criteria met (Art. 35(1), WP248 rev.01).</source>
      <translation>{0} des 9 critères remplis (art. 35(1), WP248 rév.01).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dpia.py" line="137" />
      <source>8 weeks after sending (14 if extended), {0} (Art. 36(2)).</source>
      <translation>8 semaines après l'envoi (14 en cas de prolongation), {0} (art. 36(2)).</translation>
    </message>
  </context>
  <context>
    <name>DpiaForm</name>
    <message>
      <location filename="../../forms/dpia.ui" line="14" />
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="20" />
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="30" />
      <source>Screening (WP248)</source>
      <translation>Pré-évaluation (WP248)</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="34" />
      <source>Tick each of the nine WP248 criteria the processing meets. Two or more: a DPIA is required in most cases. One: consider a DPIA and record why not (Art. 35(1), WP248 rev.01).</source>
      <translation>Cochez chacun des neuf critères WP248 que remplit le traitement. Deux ou plus : une AIPD est requise dans la plupart des cas. Un seul : envisagez une AIPD et consignez pourquoi elle n'est pas menée (art. 35(1), WP248 rév.01).</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="41" />
      <source>Screening verdict</source>
      <translation>Conclusion de la pré-évaluation</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="72" />
      <source>Assessment</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="82" />
      <source>Risks and measures</source>
      <translation>Risques et mesures</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="91" />
      <source>Risk matrix: before and after the measures</source>
      <translation>Matrice des risques : avant et après les mesures</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="100" />
      <source>Risk matrix summary</source>
      <translation>Résumé de la matrice des risques</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="109" />
      <source>Advice and views</source>
      <translation>Avis recueillis</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="119" />
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="129" />
      <source>Prior consultation (Art. 36)</source>
      <translation>Consultation préalable (art. 36)</translation>
    </message>
  </context>
  <context>
    <name>EditorWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="100" />
      <source>Fields marked * are required.</source>
      <translation>Les champs marqués d'un * sont obligatoires.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="104" />
      <source>The register is locked. Your changes are kept in this window; unlock the register to save them.</source>
      <translation>Le registre est verrouillé. Vos modifications sont conservées dans cette fenêtre ; déverrouillez le registre pour les enregistrer.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="115" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="129" />
      <source>&amp;Report…</source>
      <translation>&amp;Rapport…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="130" />
      <source>Make a PDF report of this record (saves it first)</source>
      <translation>Créer un rapport PDF de cette fiche (l'enregistre d'abord)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="135" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="136" />
      <source>Close this window (Esc); asks first if there are unsaved changes</source>
      <translation>Fermer cette fenêtre (Échap) ; demande d'abord confirmation s'il y a des modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="138" />
      <source>Save and &amp;close</source>
      <translation>Enregistrer et &amp;fermer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="140" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="141" />
      <source>Save ({0})</source>
      <translation>Enregistrer ({0})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="156" />
      <source>Readers cannot change this register.</source>
      <translation>Les lecteurs ne peuvent pas modifier ce registre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="216" />
      <source>New {0}</source>
      <translation>Nouvelle fiche : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="279" />
      <source>Register locked</source>
      <translation>Registre verrouillé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="280" />
      <source>The register is locked. Unlock it to save; your changes are kept in this window.</source>
      <translation>Le registre est verrouillé. Déverrouillez-le pour enregistrer ; vos modifications sont conservées dans cette fenêtre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="305" />
      <source>Not saved</source>
      <translation>Non enregistré</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="337" />
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="338" />
      <source>“{0}” has changes that are not saved. Save them before closing?</source>
      <translation>« {0} » contient des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/summary.py" line="93" />
      <source>You can read this register but not change it: you are signed in as a reader. A manager can give you another role.</source>
      <translation>Vous pouvez consulter ce registre mais pas le modifier : vous êtes connecté en tant que lecteur. Un gestionnaire peut vous attribuer un autre rôle.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1983" />
      <source>%n problem(s) to fix before this can be saved:</source>
      <translation>
        <numerusform>%n problème à corriger avant de pouvoir enregistrer :</numerusform>
        <numerusform>%n problèmes à corriger avant de pouvoir enregistrer :</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/validation.py" line="46" />
      <source>{0}, row {1}: {2}</source>
      <translation>{0}, ligne {1} : {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/validation.py" line="55" />
      <source>Row {0}: {1}</source>
      <translation>Ligne {0} : {1}</translation>
    </message>
  </context>
  <context>
    <name>FieldForm</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/form.py" line="179" />
      <source>(required)</source>
      <translation>(obligatoire)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/form.py" line="191" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
  </context>
  <context>
    <name>FiguresStep</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="87" />
      <source>Counting the year's figures…</source>
      <translation>Calcul des chiffres de l'année…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="107" />
      <source>These figures cover {0}.</source>
      <translation>Ces chiffres couvrent {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="108" />
      <source>They are counted again each time you look; closing the review fixes them in the signed PDF.</source>
      <translation>Ils sont recalculés à chaque consultation ; la clôture de la revue les fige dans le PDF signé.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="109" />
      <source>They are the figures the review was signed with.</source>
      <translation>Ce sont les chiffres avec lesquels la revue a été signée.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="112" />
      <source>Breaches (Art. 33–34)</source>
      <translation>Violations (art. 33–34)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="117" />
      <source>All breaches</source>
      <translation>Toutes les violations</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="119" />
      <source>Cause</source>
      <translation>Cause</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="119" />
      <source>Breaches</source>
      <translation>Violations</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="119" />
      <source>Notified</source>
      <translation>Notifiées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="119" />
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>On time</source>
      <translation>Dans les délais</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="120" />
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="146" />
      <source>Late</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="120" />
      <source>Not needed</source>
      <translation>Non nécessaire</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="120" />
      <source>To notify, not sent</source>
      <translation>À notifier, non envoyées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="121" />
      <source>Not decided yet</source>
      <translation>Pas encore décidé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="123" />
      <source>Notified: to the supervisory authority, on time when within 72 hours (Art. 33(1)). Not needed: judged unlikely to result in a risk, documented only (Art. 33(5)), or a breach of a client's data, which the client notifies once we have told it (Art. 33(2)). The people affected were told in {0} of the {1} breaches (Art. 34).</source>
      <translation>Notifiées : à l'autorité de contrôle, dans les délais si c'est dans les 72 heures (art. 33(1)). Non nécessaire : jugée peu susceptible d'engendrer un risque, seulement documentée (art. 33(5)), ou violation des données d'un client, que le client notifie une fois que nous l'avons informé (art. 33(2)). Les personnes concernées ont été informées pour {0} des {1} violations (art. 34).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="128" />
      <source>No breach was recorded in this period.</source>
      <translation>Aucune violation n'a été enregistrée sur cette période.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="131" />
      <source>Breaches with a clock still running (Art. 33(1), 34(1))</source>
      <translation>Violations dont un délai court encore (art. 33(1), 34(1))</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="137" />
      <source>Rights requests (Art. 12–22)</source>
      <translation>Demandes d'exercice de droits (art. 12–22)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="143" />
      <source>All requests</source>
      <translation>Toutes les demandes</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>Right</source>
      <translation>Droit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>Article</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>Requests</source>
      <translation>Demandes</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>Answered</source>
      <translation>Répondues</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="146" />
      <source>Extended</source>
      <translation>Prolongées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="146" />
      <source>Still open</source>
      <translation>Encore ouvertes</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="146" />
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="180" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="149" />
      <source>On time: answered by the due date, one month from receipt, or three when extended (Art. 12(3)).</source>
      <translation>Dans les délais : réponse apportée avant l'échéance, un mois après réception, ou trois en cas de prolongation (art. 12(3)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="151" />
      <source>No rights request was received in this period.</source>
      <translation>Aucune demande d'exercice de droits n'a été reçue sur cette période.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="154" />
      <source>Staff training (Art. 32(4))</source>
      <translation>Formation du personnel (art. 32(4))</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="156" />
      <source>{0}% of staff have valid data protection training: {1} of {2}.</source>
      <translation>{0} % du personnel a une formation à la protection des données valide : {1} sur {2}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="160" />
      <source>Without valid training: {0}.</source>
      <translation>Sans formation valide : {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="162" />
      <source>No staff are recorded yet.</source>
      <translation>Aucun membre du personnel n'est encore enregistré.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="165" />
      <source>Open findings</source>
      <translation>Constats ouverts</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="173" />
      <source>Nothing is overdue, due soon or missing: the checks found nothing to act on.</source>
      <translation>Rien n'est en retard, proche de l'échéance ou manquant : les vérifications n'ont rien trouvé à traiter.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="176" />
      <source>What the checks (the dashboard, and “atlas check”) find open today: {0} overdue, {1} due soon, {2} gaps.</source>
      <translation>Ce que les vérifications (le tableau de bord et « atlas check ») relèvent comme ouvert aujourd'hui : {0} en retard, {1} à échéance proche, {2} lacunes.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="180" />
      <source>Due soon</source>
      <translation>Échéance proche</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="180" />
      <source>Gaps to fill</source>
      <translation>Lacunes à combler</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="190" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="197" />
      <source>… and {0} more: the dashboard lists every one.</source>
      <translation>… et {0} de plus : le tableau de bord les liste tous.</translation>
    </message>
  </context>
  <context>
    <name>GettingStarted</name>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="186" />
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="190" />
      <source>Getting started</source>
      <translation>Pour commencer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="191" />
      <source>Four first steps make this register useful. Each is ticked off as you do it; this list goes away once all are done.</source>
      <translation>Quatre premières étapes rendent ce registre utile. Chacune est cochée dès que vous l'avez faite ; cette liste disparaît une fois toutes terminées.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="227" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="227" />
      <source>To do</source>
      <translation>À faire</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="45" />
      <source>Getting started</source>
      <translation>Pour commencer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="46" />
      <source>The registers</source>
      <translation>Les registres</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="49" />
      <source>Looking after the register</source>
      <translation>Entretenir le registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="109" />
      <location filename="../../atlas_desktop/gui/help_window.py" line="250" />
      <source>Atlas Desktop help</source>
      <translation>Aide d'Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="113" />
      <source>Back</source>
      <translation>Précédent</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="116" />
      <source>Forward</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="117" />
      <source>Home</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="118" />
      <source>Back to the first page of the help</source>
      <translation>Revenir à la première page de l'aide</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="120" />
      <source>Find in this page ({0})</source>
      <translation>Rechercher dans cette page ({0})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="122" />
      <source>Find in this page</source>
      <translation>Rechercher dans cette page</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="127" />
      <source>Find result</source>
      <translation>Résultat de la recherche</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="136" />
      <source>Help contents</source>
      <translation>Sommaire de l'aide</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="145" />
      <source>Help page</source>
      <translation>Page d'aide</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="220" />
      <source>The help pages are missing from this installation of Atlas Desktop. Install it again to get them back.</source>
      <translation>Les pages d'aide sont absentes de cette installation d'Atlas Desktop. Réinstallez-le pour les récupérer.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="250" />
      <source>{0} — Atlas Desktop help</source>
      <translation>{0} — Aide d'Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="286" />
      <source>Not found in this page</source>
      <translation>Introuvable dans cette page</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="324" />
      <location filename="../../atlas_desktop/gui/help_window.py" line="326" />
      <source>Help</source>
      <translation>Aide</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="325" />
      <source>What the law asks here, in plain words ({0})</source>
      <translation>Ce que la loi demande ici, en termes simples ({0})</translation>
    </message>
  </context>
  <context>
    <name>IntWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/widgets.py" line="155" />
      <source>not set</source>
      <translation>non défini</translation>
    </message>
  </context>
  <context>
    <name>ItemsStep</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="65" />
      <source>Items reviewed</source>
      <translation>Éléments revus</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="67" />
      <source>&amp;Show only the items not reviewed yet</source>
      <translation>&amp;Afficher uniquement les éléments pas encore revus</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="74" />
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="74" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="74" />
      <source>Decided by</source>
      <translation>Décidé par</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="74" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="75" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="76" />
      <source>Items to review</source>
      <translation>Éléments à revoir</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="100" />
      <source>There is nothing to review: the register has no processing activities, processors, DPIAs, policies or purposes relying on consent yet.</source>
      <translation>Il n'y a rien à revoir : le registre ne contient encore aucune activité de traitement, aucun sous-traitant, aucune AIPD, aucune politique ni aucune finalité fondée sur le consentement.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="107" />
      <source>&amp;Confirm unchanged</source>
      <translation>&amp;Confirmer sans changement</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="108" />
      <source>The selected records are still true as they are</source>
      <translation>Les fiches sélectionnées restent exactes telles quelles</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="109" />
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="110" />
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="272" />
      <source>Open the record in its editor; saving a change marks it updated</source>
      <translation>Ouvrir la fiche dans son éditeur ; enregistrer une modification la marque comme mise à jour</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="111" />
      <source>&amp;Retire…</source>
      <translation>&amp;Retirer…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="112" />
      <source>The selected records no longer apply: they are kept in the history, but no longer active</source>
      <translation>Les fiches sélectionnées ne s'appliquent plus : elles sont conservées dans l'historique, mais ne sont plus actives</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="114" />
      <source>&amp;Undo confirmation</source>
      <translation>A&amp;nnuler la confirmation</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="115" />
      <source>Take back “Confirmed unchanged” for the selected records</source>
      <translation>Annuler « Confirmé sans changement » pour les fiches sélectionnées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="116" />
      <source>Confirm &amp;all remaining…</source>
      <translation>Confirmer &amp;tout le reste…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="117" />
      <source>Confirm every item not reviewed yet as unchanged, except those that need your attention</source>
      <translation>Confirmer sans changement tous les éléments pas encore revus, sauf ceux qui demandent votre attention</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="156" />
      <source>{0} of {1} reviewed</source>
      <translation>{0} sur {1} revus</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="159" />
      <source>{0} confirmed unchanged · {1} updated · {2} retired · {3} not reviewed yet</source>
      <translation>{0} confirmés sans changement · {1} mis à jour · {2} retirés · {3} pas encore revus</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="163" />
      <source>&lt;b&gt;{0} need your attention&lt;/b&gt; (marked “Needs attention”): open each one, or confirm it with a note. “Confirm all remaining” leaves them to you.</source>
      <translation>&lt;b&gt;{0} demandent votre attention&lt;/b&gt; (marqués « À traiter ») : ouvrez chacun d'eux, ou confirmez-le avec une note. « Confirmer tout le reste » vous les laisse.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="188" />
      <source>{0} — {1} of {2} reviewed</source>
      <translation>{0} — {1} sur {2} revus</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="198" />
      <source>In bulk</source>
      <translation>En bloc</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="207" />
      <source>Needs attention</source>
      <translation>À traiter</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="246" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="246" />
      <source>Breach clock running</source>
      <translation>Délai de violation en cours</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="247" />
      <source>Gap in the record</source>
      <translation>Lacune dans la fiche</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="262" />
      <source>Take back “Confirmed unchanged” for the selected records. To undo a retirement, open the record (Edit…) and set its status back: it then counts as updated.</source>
      <translation>Annuler « Confirmé sans changement » pour les fiches sélectionnées. Pour annuler un retrait, ouvrez la fiche (Modifier…) et rétablissez son statut : elle compte alors comme mise à jour.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="268" />
      <source>Consent purposes have no editor of their own: this shows the consent records for this purpose on the Consents page. Changing any of them marks the purpose as updated.</source>
      <translation>Les finalités de consentement n'ont pas d'éditeur propre : ceci affiche les enregistrements de consentement de cette finalité sur la page Consentements. Modifier l'un d'eux marque la finalité comme mise à jour.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="294" />
      <source>Confirm unchanged</source>
      <translation>Confirmer sans changement</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="308" />
      <source>Undo confirmation</source>
      <translation>Annuler la confirmation</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="319" />
      <source>Retire</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="326" />
      <source>Confirm the {0} items not reviewed yet as unchanged?

Do this only once you have checked that each one is still true. You can undo a confirmation until the review is closed.</source>
      <translation>Confirmer sans changement les {0} éléments pas encore revus ?

Ne le faites qu'après avoir vérifié que chacun est toujours exact. Vous pouvez annuler une confirmation tant que la revue n'est pas clôturée.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="330" />
      <source>{0} more need your attention and are left for you: open each one, or confirm it with a note.</source>
      <translation>{0} autres demandent votre attention et vous sont laissés : ouvrez chacun d'eux, ou confirmez-le avec une note.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="332" />
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="333" />
      <source>Confirm all remaining</source>
      <translation>Confirmer tout le reste</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="332" />
      <source>Confirm all</source>
      <translation>Tout confirmer</translation>
    </message>
  </context>
  <context>
    <name>LinkWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/choices.py" line="148" />
      <source>#{0} (no longer in the register)</source>
      <translation>n° {0} (ne figure plus dans le registre)</translation>
    </message>
  </context>
  <context>
    <name>LinksWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="190" />
      <source>Search {0}…</source>
      <translation>Rechercher : {0}…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="192" />
      <source>Search {0}</source>
      <translation>Rechercher : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="211" />
      <source>#{0} (no longer in the register)</source>
      <translation>n° {0} (ne figure plus dans le registre)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="230" />
      <source>{0} selected</source>
      <translation>{0} sélectionné(s)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="231" />
      <source>There are no {0} yet.</source>
      <translation>Aucune fiche pour l'instant ({0}).</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="96" />
      <source>Registers</source>
      <translation>Registres</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="45" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="46" />
      <source>Processing activities</source>
      <translation>Activités de traitement</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="47" />
      <source>Processors</source>
      <translation>Sous-traitants</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="48" />
      <source>DPIAs</source>
      <translation>AIPD</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="49" />
      <source>Breaches</source>
      <translation>Violations</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="50" />
      <source>Rights requests</source>
      <translation>Demandes d'exercice de droits</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="51" />
      <source>Consents</source>
      <translation>Consentements</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="52" />
      <source>Staff &amp; training</source>
      <translation>Personnel et formation</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="53" />
      <source>Policies</source>
      <translation>Politiques</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="54" />
      <source>Annual reviews</source>
      <translation>Revues annuelles</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="55" />
      <source>Audit log</source>
      <translation>Journal d'audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="57" />
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="267" />
      <source>Atlas Desktop — locked</source>
      <translation>Atlas Desktop — verrouillé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="270" />
      <source>{0} — Atlas Desktop</source>
      <translation>{0} — Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="277" />
      <source>Signed in as {0} ({1}) · {2}</source>
      <translation>Connecté en tant que {0} ({1}) · {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="280" />
      <source>Outbox on this computer · encrypted · for {0}</source>
      <translation>Boîte d'envoi sur cet ordinateur · chiffrée · pour {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="281" />
      <source>Register: {0} · encrypted</source>
      <translation>Registre : {0} · chiffré</translation>
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="54" />
      <source>Confirm with a note</source>
      <translation>Confirmer avec une note</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="58" />
      <source>This record needs your attention before you confirm it unchanged:</source>
      <translation>Cette fiche demande votre attention avant que vous la confirmiez sans changement :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="66" />
      <source>…and {0} more.</source>
      <translation>… et {0} de plus.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="68" />
      <source>If it is right as it is, say why in a note: the note, your name and the time are kept with the decision and printed in the signed review. Otherwise, cancel and open the record to put it right.</source>
      <translation>Si elle est correcte telle quelle, expliquez pourquoi dans une note : la note, votre nom et l'heure sont conservés avec la décision et imprimés dans la revue signée. Sinon, annulez et ouvrez la fiche pour la corriger.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="71" />
      <source>For example: the contract was renewed in May; the new date is being added</source>
      <translation>Par exemple : le contrat a été renouvelé en mai ; la nouvelle date est en cours d'ajout</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="73" />
      <source>Why it stands as it is (required)</source>
      <translation>Pourquoi elle reste en l'état (obligatoire)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="74" />
      <source>&amp;Why it stands as it is (required):</source>
      <translation>&amp;Pourquoi elle reste en l'état (obligatoire) :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="79" />
      <source>Confirm with this note</source>
      <translation>Confirmer avec cette note</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1984" />
      <source>These %n record(s) need your attention before you confirm them unchanged:</source>
      <translation>
        <numerusform>%n fiche demande votre attention avant que vous la confirmiez inchangée :</numerusform>
        <numerusform>Ces %n fiches demandent votre attention avant que vous les confirmiez inchangées :</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NoticePanel</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="57" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="57" />
      <source>Attention</source>
      <translation>Attention</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="58" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="58" />
      <source>Information</source>
      <translation>Information</translation>
    </message>
  </context>
  <context>
    <name>OrganisationEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="94" />
      <source>Do you need a DPO? (Art. 37)</source>
      <translation>Avez-vous besoin d'un DPO ? (art. 37)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="95" />
      <source>Must you keep a record of processing? (Art. 30(5))</source>
      <translation>Devez-vous tenir un registre des traitements ? (art. 30(5))</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="140" />
      <source>You have one: their details go under “Data protection contact”.</source>
      <translation>Vous en avez un : ses coordonnées vont sous « Contact protection des données ».</translation>
    </message>
  </context>
  <context>
    <name>Outbox</name>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1985" />
      <source>%n breach(es)</source>
      <translation>
        <numerusform>%n violation</numerusform>
        <numerusform>%n violations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1986" />
      <source>%n breach(es) logged offline on this computer (is|are) waiting to be sent to this team register.</source>
      <translation>
        <numerusform>%n violation consignée hors ligne sur cet ordinateur attend d'être envoyée à ce registre d'équipe.</numerusform>
        <numerusform>%n violations consignées hors ligne sur cet ordinateur attendent d'être envoyées à ce registre d'équipe.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="60" />
      <source>A breach cannot wait for the network: the 72-hour clock runs from when you became aware of it. You can log it now in the outbox on this computer (encrypted with your password); it is sent to the team register the next time you sign in.</source>
      <translation>Une violation ne peut pas attendre le réseau : le délai de 72 heures court à partir du moment où vous en avez eu connaissance. Vous pouvez l'enregistrer dès maintenant dans la boîte d'envoi de cet ordinateur (chiffrée avec votre mot de passe) ; elle sera envoyée au registre d'équipe lors de votre prochaine connexion.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="66" />
      <source>&amp;Log a breach offline</source>
      <translation>Consigner une &amp;violation hors ligne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="67" />
      <source>Log a breach offline</source>
      <translation>Consigner une violation hors ligne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="68" />
      <source>Open the outbox on this computer: only breaches can be logged there.</source>
      <translation>Ouvrir la boîte d'envoi de cet ordinateur : seules des violations peuvent y être consignées.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="81" />
      <source>Sign &amp;in to send them…</source>
      <translation>Se &amp;connecter pour les envoyer…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="82" />
      <source>Outbox on this computer: breaches logged here are sent to {0} when it can be reached.</source>
      <translation>Boîte d'envoi de cet ordinateur : les violations consignées ici sont envoyées à {0} dès qu'il est joignable.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="84" />
      <source>Sign in to the team register: the breaches waiting here are then offered for sending.</source>
      <translation>Connectez-vous au registre d'équipe : l'envoi des violations en attente ici vous sera alors proposé.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="86" />
      <source>Outbox on this computer</source>
      <translation>Boîte d'envoi de cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="95" />
      <source>&amp;Send now</source>
      <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="97" />
      <source>Send the breaches logged offline now</source>
      <translation>Envoyer maintenant les violations consignées hors ligne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="98" />
      <source>Send them to the team register with the times they were logged, so their 72-hour clocks are unchanged.</source>
      <translation>Les envoyer au registre d'équipe avec l'heure à laquelle elles ont été consignées, afin que leurs délais de 72 heures restent inchangés.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="104" />
      <source>1 breach logged offline on this computer is waiting to be sent to this team register.</source>
      <translation>1 violation consignée hors ligne sur cet ordinateur attend d'être envoyée à ce registre d'équipe.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="143" />
      <source>Breaches logged offline may be waiting on this computer, but the outbox did not open: {0}</source>
      <translation>Des violations consignées hors ligne attendent peut-être sur cet ordinateur, mais la boîte d'envoi ne s'est pas ouverte : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="146" />
      <source>Looking for breaches logged offline</source>
      <translation>Recherche de violations consignées hors ligne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="162" />
      <source>Sending the breaches logged offline…</source>
      <translation>Envoi des violations consignées hors ligne…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="177" />
      <source>{0} sent to the team register, with the time it was logged: its 72-hour clock is unchanged.</source>
      <translation>{0} envoyée au registre d'équipe, avec l'heure à laquelle elle a été consignée : son délai de 72 heures est inchangé.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="178" />
      <source>{0} sent to the team register, each with the time it was logged: their 72-hour clocks are unchanged.</source>
      <translation>{0} envoyées au registre d'équipe, chacune avec l'heure à laquelle elle a été consignée : leurs délais de 72 heures sont inchangés.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="182" />
      <source>{0} still waiting in the outbox.</source>
      <translation>{0} toujours en attente dans la boîte d'envoi.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="183" />
      <source>Breaches sent</source>
      <translation>Violations envoyées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="189" />
      <source>Not all breaches were sent</source>
      <translation>Toutes les violations n'ont pas été envoyées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="189" />
      <source>{0} What was not sent is still in the outbox on this computer: try again later.</source>
      <translation>{0} Ce qui n'a pas été envoyé se trouve toujours dans la boîte d'envoi de cet ordinateur : réessayez plus tard.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="193" />
      <source>Sending breaches</source>
      <translation>Envoi des violations</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="37" />
      <source>Manager</source>
      <translation>Gestionnaire</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="38" />
      <source>adds and removes people, and changes records</source>
      <translation>ajoute et retire des personnes, et modifie les fiches</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="39" />
      <source>Editor</source>
      <translation>Rédacteur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="39" />
      <source>adds and changes records</source>
      <translation>ajoute et modifie des fiches</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="40" />
      <source>Reader</source>
      <translation>Lecteur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="40" />
      <source>reads the register only</source>
      <translation>consulte le registre uniquement</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="125" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="125" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="126" />
      <source>Can sign in</source>
      <translation>Peut se connecter</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="126" />
      <source>Has key</source>
      <translation>A une clé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="53" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="53" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="64" />
      <source>Change {0}'s role</source>
      <translation>Changer le rôle de {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="64" />
      <source>Add a person</source>
      <translation>Ajouter une personne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="66" />
      <source>The new role applies at once. Their copy of the team key is made again, so they also get a new password: give it to them in person.</source>
      <translation>Le nouveau rôle s'applique immédiatement. Sa copie de la clé d'équipe est refaite, la personne reçoit donc aussi un nouveau mot de passe : remettez-le-lui en main propre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="68" />
      <source>They sign in with this name and password, and get their own copy of the team key. Every change they make is recorded under their name.</source>
      <translation>Elle se connecte avec ce nom et ce mot de passe, et reçoit sa propre copie de la clé d'équipe. Chaque modification qu'elle fait est enregistrée sous son nom.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="75" />
      <source>Sign-in name</source>
      <translation>Identifiant de connexion</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="76" />
      <source>e.g. ana.pop</source>
      <translation>p. ex. ana.pop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="77" />
      <source>2 to 41 lower-case letters, digits, '.', '-' or '_', starting with a letter.</source>
      <translation>De 2 à 41 lettres minuscules, chiffres, '.', '-' ou '_', commençant par une lettre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="79" />
      <source>Sign-in &amp;name:</source>
      <translation>&amp;Identifiant de connexion :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="85" />
      <source>&amp;Role:</source>
      <translation>&amp;Rôle :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="87" />
      <source>Their password:</source>
      <translation>Son mot de passe :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="87" />
      <source>Their new password:</source>
      <translation>Son nouveau mot de passe :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="93" />
      <source>&amp;Change role</source>
      <translation>C&amp;hanger le rôle</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="94" />
      <source>&amp;Add person</source>
      <translation>&amp;Ajouter la personne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="104" />
      <source>Type their sign-in name.</source>
      <translation>Saisissez son identifiant de connexion.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="114" />
      <source>Changing {0}'s role…</source>
      <translation>Changement du rôle de {0}…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="114" />
      <source>Adding {0}…</source>
      <translation>Ajout de {0}…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="133" />
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="140" />
      <source>Who can sign in to this team register, and what each may do: managers add and remove people and change records, editors add and change records, readers only read. “Can sign in”: the server lets them in. “Has key”: they hold their copy of the team key, without which they cannot open the register.</source>
      <translation>Qui peut se connecter à ce registre d'équipe, et ce que chacun peut faire : les gestionnaires ajoutent et retirent des personnes et modifient les fiches, les rédacteurs ajoutent et modifient des fiches, les lecteurs consultent seulement. « Peut se connecter » : le serveur accepte la personne. « A une clé » : elle détient sa copie de la clé d'équipe, sans laquelle elle ne peut pas ouvrir le registre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="148" />
      <source>People in this team register</source>
      <translation>Personnes de ce registre d'équipe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="161" />
      <source>&amp;Add person…</source>
      <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="162" />
      <source>Let someone sign in: their name, role and first password.</source>
      <translation>Permettre à quelqu'un de se connecter : son nom, son rôle et son premier mot de passe.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="163" />
      <source>Change &amp;role…</source>
      <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="164" />
      <location filename="../../atlas_desktop/gui/team_people.py" line="225" />
      <source>Give the selected person another role (and a new password).</source>
      <translation>Attribuer un autre rôle à la personne sélectionnée (et un nouveau mot de passe).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="165" />
      <source>Re&amp;move…</source>
      <translation>Re&amp;tirer…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="166" />
      <location filename="../../atlas_desktop/gui/team_people.py" line="226" />
      <source>The selected person can no longer sign in; what they recorded stays.</source>
      <translation>La personne sélectionnée ne peut plus se connecter ; ce qu'elle a enregistré est conservé.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="198" />
      <source> (you)</source>
      <translation> (vous)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="207" />
      <source>1 person.</source>
      <translation>1 personne.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="207" />
      <source>{0} people.</source>
      <translation>{0} personnes.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="224" />
      <source>You cannot change your own role or remove yourself: ask another manager.</source>
      <translation>Vous ne pouvez pas changer votre propre rôle ni vous retirer : demandez à un autre gestionnaire.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="258" />
      <location filename="../../atlas_desktop/gui/team_people.py" line="261" />
      <source>Remove {0}</source>
      <translation>Retirer {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="259" />
      <source>{0} will no longer be able to sign in to this team register, and their copy of the team key is deleted. What they recorded, and the audit trail naming them, stay.</source>
      <translation>{0} ne pourra plus se connecter à ce registre d'équipe, et sa copie de la clé d'équipe est supprimée. Ce que cette personne a enregistré, et le journal d'audit qui la nomme, sont conservés.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="269" />
      <source>Removing {0}…</source>
      <translation>Retrait de {0}…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="270" />
      <source>{0} was not removed</source>
      <translation>{0} n'a pas été retiré(e)</translation>
    </message>
  </context>
  <context>
    <name>ProblemBox</name>
    <message>
      <location filename="../../atlas_desktop/gui/problem_box.py" line="32" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/problem_box.py" line="36" />
      <source>Problem details</source>
      <translation>Détails du problème</translation>
    </message>
  </context>
  <context>
    <name>ProblemSummary</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/summary.py" line="32" />
      <source>Problems</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/summary.py" line="42" />
      <source>Problems to fix</source>
      <translation>Problèmes à corriger</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/summary.py" line="56" />
      <source>Go to this field</source>
      <translation>Aller à ce champ</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1959" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1960" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1961" />
      <source>Cu&amp;t</source>
      <translation>Co&amp;uper</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1962" />
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1963" />
      <source>&amp;Paste</source>
      <translation>Co&amp;ller</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1964" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1965" />
      <source>Select All</source>
      <translation>Tout sélectionner</translation>
    </message>
  </context>
  <context>
    <name>QObject</name>
    <message>
      <location filename="../../atlas_desktop/gui/tasks.py" line="79" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1932" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1933" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1934" />
      <source>Save All</source>
      <translation>Tout enregistrer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1935" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1936" />
      <source>&amp;Yes</source>
      <translation>&amp;Oui</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1937" />
      <source>Yes to &amp;All</source>
      <translation>Oui à &amp;tout</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1938" />
      <source>&amp;No</source>
      <translation>&amp;Non</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1939" />
      <source>N&amp;o to All</source>
      <translation>Non à to&amp;ut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1940" />
      <source>Abort</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1941" />
      <source>Retry</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1942" />
      <source>Ignore</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1943" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1944" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1945" />
      <source>Discard</source>
      <translation>Ne pas enregistrer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1946" />
      <source>Help</source>
      <translation>Aide</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1947" />
      <source>Apply</source>
      <translation>Appliquer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1948" />
      <source>Reset</source>
      <translation>Réinitialiser</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1949" />
      <source>Restore Defaults</source>
      <translation>Restaurer les valeurs par défaut</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1966" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1967" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1968" />
      <source>Cu&amp;t</source>
      <translation>Co&amp;uper</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1969" />
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1970" />
      <source>Copy &amp;Link Location</source>
      <translation>Copier l'adresse du &amp;lien</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1971" />
      <source>&amp;Paste</source>
      <translation>Co&amp;ller</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1972" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1973" />
      <source>Select All</source>
      <translation>Tout sélectionner</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1950" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1951" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1952" />
      <source>&amp;Finish</source>
      <translation>&amp;Terminer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1953" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1954" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1955" />
      <source>Go Back</source>
      <translation>Précédent</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1956" />
      <source>Continue</source>
      <translation>Continuer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1957" />
      <source>Commit</source>
      <translation>Valider</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1958" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
  </context>
  <context>
    <name>RecordTableModel</name>
    <message>
      <location filename="../../atlas_desktop/gui/tablemodel.py" line="353" />
      <source>Nothing due</source>
      <translation>Aucune échéance</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tablerows.py" line="66" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tablerows.py" line="68" />
      <source>Due soon</source>
      <translation>Échéance proche</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tableheader.py" line="35" />
      <source>Attention</source>
      <translation>Attention</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tableheader.py" line="37" />
      <source>{0} (weekends only)</source>
      <translation>{0} (week-ends uniquement)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tableheader.py" line="41" />
      <source>Overdue or due soon, judged as the dashboard judges it. Sorting by this column sorts by the deadline.</source>
      <translation>En retard ou proche de l'échéance, selon les mêmes critères que le tableau de bord. Trier sur cette colonne trie par échéance.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tableheader.py" line="45" />
      <source>The dates shown are {0}.</source>
      <translation>Dates affichées : {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tablerows.py" line="247" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tablerows.py" line="247" />
      <source>No</source>
      <translation>Non</translation>
    </message>
  </context>
  <context>
    <name>RegisterView</name>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="111" />
      <source>&amp;New</source>
      <translation>&amp;Nouveau</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="112" />
      <source>Add a new {0} (Ctrl+N)</source>
      <translation>Ajouter une fiche : {0} (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="113" />
      <source>Ed&amp;it</source>
      <translation>&amp;Modifier</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="115" />
      <source>Open the selected {0} (Enter or double-click)</source>
      <translation>Ouvrir la fiche sélectionnée : {0} (Entrée ou double-clic)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="116" />
      <source>D&amp;uplicate</source>
      <translation>D&amp;upliquer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="118" />
      <source>Copy the selected {0} as a new one (Ctrl+D)</source>
      <translation>Copier la fiche sélectionnée ({0}) dans une nouvelle (Ctrl+D)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="120" />
      <source>De&amp;lete</source>
      <translation>Supp&amp;rimer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="121" />
      <source>Delete the selected {0} (Delete)</source>
      <translation>Supprimer la fiche sélectionnée : {0} (Suppr)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="144" />
      <source>Filter…</source>
      <translation>Filtrer…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="146" />
      <source>Filter {0}</source>
      <translation>Filtrer : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="147" />
      <source>Show only records containing this text (Ctrl+F)</source>
      <translation>Afficher uniquement les fiches contenant ce texte (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="152" />
      <source>All</source>
      <translation>Tous</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="158" />
      <source>&amp;{0}:</source>
      <translation>&amp;{0} :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="160" />
      <source>Show {0}</source>
      <translation>Afficher : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="168" />
      <source>Number of records shown</source>
      <translation>Nombre de fiches affichées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="241" />
      <source>Could not duplicate</source>
      <translation>Impossible de dupliquer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="255" />
      <location filename="../../atlas_desktop/gui/registerview.py" line="267" />
      <source>Could not delete</source>
      <translation>Impossible de supprimer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="260" />
      <source>Delete the {0} "{1}"?

Its attachments are deleted too. The audit trail keeps a record of the deletion.</source>
      <translation>Supprimer la fiche ({0}) « {1} » ?

Ses pièces jointes sont également supprimées. Le journal d'audit garde une trace de la suppression.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="262" />
      <source>Delete {0}</source>
      <translation>Supprimer : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="262" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_count.py" line="30" />
      <source>Type at least {0} characters to search {1} {2}</source>
      <translation>Tapez au moins {0} caractères pour rechercher parmi {1} {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_count.py" line="33" />
      <source>{0} {1}</source>
      <translation>{0} {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_count.py" line="35" />
      <source>{0} of {1} {2}</source>
      <translation>{0} sur {1} {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="26" />
      <source>No {0} yet</source>
      <translation>Aucune fiche pour l'instant : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="29" />
      <source>There are no {0} yet. To record the first one, choose New (Ctrl+N).</source>
      <translation>Aucune fiche pour l'instant ({0}). Pour enregistrer la première, choisissez Nouveau (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="35" />
      <source>New {0}…</source>
      <translation>Nouvelle fiche : {0}…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="59" />
      <source>There are no {0} yet. Most offices do some of those below: tick yours, and Atlas adds each one filled in with the usual lawful basis, data, recipients and retention, as a starting point to check and adjust. Or start from scratch (Ctrl+N).</source>
      <translation>Aucune fiche pour l'instant ({0}). La plupart des bureaux effectuent certains des traitements ci-dessous : cochez les vôtres, et Atlas ajoute chacun d'eux pré-rempli avec la base juridique, les données, les destinataires et la durée de conservation habituels, comme point de départ à vérifier et à ajuster. Ou partez de zéro (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="62" />
      <source>Start from scratch…</source>
      <translation>Partir de zéro…</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1987" />
      <source>Audit trail: %n entr(y|ies), and its last entry matches the one recorded when the backup was made. {0}</source>
      <translation>
        <numerusform>Journal d'audit : %n entrée, et sa dernière entrée correspond à celle enregistrée lors de la sauvegarde. {0}</numerusform>
        <numerusform>Journal d'audit : %n entrées, et sa dernière entrée correspond à celle enregistrée lors de la sauvegarde. {0}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="289" />
      <source>Atlas backups (*.atlasbak)</source>
      <translation>Sauvegardes Atlas (*.atlasbak)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="288" />
      <source>Choose a backup to restore</source>
      <translation>Choisir une sauvegarde à restaurer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="334" />
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="349" />
      <source>Checking and restoring the backup…</source>
      <translation>Vérification et restauration de la sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="349" />
      <source>Restoring the key file…</source>
      <translation>Restauration du fichier de clés…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="379" />
      <source>Nothing was restored</source>
      <translation>Rien n'a été restauré</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="81" />
      <source>Kept before a restore</source>
      <translation>Conservée avant une restauration</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="83" />
      <source>Before an upgrade</source>
      <translation>Avant une mise à niveau</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="85" />
      <source>Automatic</source>
      <translation>Automatique</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="86" />
      <source>Made by hand</source>
      <translation>Faite manuellement</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="86" />
      <source>Chosen file</source>
      <translation>Fichier choisi</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="94" />
      <source>{0} KB</source>
      <translation>{0} Ko</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="95" />
      <source>{0:.1f} MB</source>
      <translation>{0:.1f} Mo</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="120" />
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="334" />
      <source>Restore from a backup</source>
      <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="130" />
      <source>Choose a backup to put in place of “{0}”. Everything saved after the backup was made is replaced by what the backup holds. Nothing is lost: the register as it is now is first kept as a backup in {1}.</source>
      <translation>Choisissez une sauvegarde à mettre à la place de « {0} ». Tout ce qui a été enregistré après la sauvegarde est remplacé par son contenu. Rien n'est perdu : le registre dans son état actuel est d'abord conservé comme sauvegarde dans {1}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="136" />
      <source>Made</source>
      <translation>Faite le</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="136" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="136" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="136" />
      <source>Check</source>
      <translation>Vérification</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="145" />
      <source>Backups of this register</source>
      <translation>Sauvegardes de ce registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="149" />
      <source>No backup of this register was found in {0}. If you keep backups elsewhere, choose one with “Choose another file…”.</source>
      <translation>Aucune sauvegarde de ce registre n'a été trouvée dans {0}. Si vous conservez des sauvegardes ailleurs, choisissez-en une avec « Choisir un autre fichier… ».</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="157" />
      <source>About the chosen backup</source>
      <translation>À propos de la sauvegarde choisie</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="161" />
      <source>Restore only the &amp;key file</source>
      <translation>Restaurer uniquement le fichier de &amp;clés</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="163" />
      <source>For a damaged or missing key file: the register's data is not touched, and it then opens with the passphrase of the backup's time.</source>
      <translation>Pour un fichier de clés endommagé ou manquant : les données du registre ne sont pas touchées, et il s'ouvre ensuite avec la phrase secrète en usage à l'époque de la sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="175" />
      <source>Choose another &amp;file…</source>
      <translation>Choisir un autre &amp;fichier…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="180" />
      <source>R&amp;estore…</source>
      <translation>R&amp;estaurer…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="203" />
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="203" />
      <source>✓ Verified</source>
      <translation>✓ Vérifiée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="203" />
      <source>Cannot be restored</source>
      <translation>Impossible à restaurer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="234" />
      <source>Checking the backup…</source>
      <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="247" />
      <source>Its history is not part of the register's current one (it differs from entry {0} on, for example after an earlier restore).</source>
      <translation>Son historique ne fait pas partie de l'historique actuel du registre (il en diffère à partir de l'entrée {0}, par exemple après une restauration antérieure).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="249" />
      <source>The register's current audit trail holds the same first {0} entries; {1} were added since.</source>
      <translation>Le journal d'audit actuel du registre contient les mêmes {0} premières entrées ; {1} ont été ajoutées depuis.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="266" />
      <source>File: {0}</source>
      <translation>Fichier : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="268" />
      <source>Made: {0} (this computer's time), a backup of “{1}”</source>
      <translation>Faite le : {0} (heure de cet ordinateur), sauvegarde de « {1} »</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="271" />
      <source>Checking it now…</source>
      <translation>Vérification en cours…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="276" />
      <source>✓ Verified: its contents match its manifest, and the database passed both integrity checks and the audit-chain check.</source>
      <translation>✓ Vérifiée : son contenu correspond à son manifeste, et la base de données a passé les deux contrôles d'intégrité ainsi que la vérification de la chaîne d'audit.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="279" />
      <source>It cannot be restored: {0}</source>
      <translation>Impossible de la restaurer : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="306" />
      <source>{0} is a backup of another register, not of “{1}”.</source>
      <translation>{0} est une sauvegarde d'un autre registre, pas de « {1} ».</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="328" />
      <source>Replace the key file of “{0}” with the one in the backup made {1}? The register's data is not touched; afterwards it opens with the passphrase and recovery key of that time. The current key file is kept beside it.</source>
      <translation>Remplacer le fichier de clés de « {0} » par celui de la sauvegarde faite {1} ? Les données du registre ne sont pas touchées ; il s'ouvrira ensuite avec la phrase secrète et la clé de récupération de cette époque. Le fichier de clés actuel est conservé à côté.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="331" />
      <source>Replace “{0}” with the backup made {1}? Everything saved since then is replaced. The register as it is now is first kept as a backup in {2}, and the register is closed and opened again.</source>
      <translation>Remplacer « {0} » par la sauvegarde faite {1} ? Tout ce qui a été enregistré depuis est remplacé. Le registre dans son état actuel est d'abord conservé comme sauvegarde dans {2}, puis le registre est fermé et rouvert.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="338" />
      <source>Checking the passphrase of the backup…</source>
      <translation>Vérification de la phrase secrète de la sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="363" />
      <source>Restoring…</source>
      <translation>Restauration…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="381" />
      <source>The register is as it was; it opens again when you close this window.</source>
      <translation>Le registre est tel qu'il était ; il se rouvre lorsque vous fermez cette fenêtre.</translation>
    </message>
  </context>
  <context>
    <name>RetireDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="22" />
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="39" />
      <source>Retire</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="26" />
      <source>and {0} more</source>
      <translation>et {0} de plus</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="27" />
      <source>Retire {0}?</source>
      <translation>Retirer {0} ?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="32" />
      <source>For example: the contract ended in March</source>
      <translation>Par exemple : le contrat a pris fin en mars</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="33" />
      <source>Why it is retired (optional)</source>
      <translation>Pourquoi il est retiré (facultatif)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="34" />
      <source>&amp;Why (optional):</source>
      <translation>&amp;Pourquoi (facultatif) :</translation>
    </message>
  </context>
  <context>
    <name>ReverseLinksWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="280" />
      <source>Linked from each {0}'s “{1}”; double-click one to open it.</source>
      <translation>Référencé par le champ « {1} » de chaque fiche ({0}) ; double-cliquez sur l'une d'elles pour l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="297" />
      <source>None yet</source>
      <translation>Aucune pour l'instant</translation>
    </message>
  </context>
  <context>
    <name>ReviewWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="60" />
      <location filename="../../atlas_desktop/gui/review/window.py" line="226" />
      <source>Annual data protection review</source>
      <translation>Revue annuelle de protection des données</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="69" />
      <source>Every decision is saved as you make it. Pause whenever you like: close this window and carry on later, even after a lock or on another day.</source>
      <translation>Chaque décision est enregistrée au moment où vous la prenez. Faites une pause quand vous voulez : fermez cette fenêtre et reprenez plus tard, même après un verrouillage ou un autre jour.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="71" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="73" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="75" />
      <location filename="../../atlas_desktop/gui/review/window.py" line="198" />
      <source>&amp;Pause</source>
      <translation>Pa&amp;use</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="76" />
      <source>Close this window; the review keeps every decision made so far</source>
      <translation>Fermer cette fenêtre ; la revue conserve toutes les décisions prises jusqu'ici</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="110" />
      <source>&amp;Start the review</source>
      <translation>C&amp;ommencer la revue</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="131" />
      <source>Steps of the review</source>
      <translation>Étapes de la revue</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="170" />
      <location filename="../../atlas_desktop/gui/review/window.py" line="225" />
      <source>Annual review</source>
      <translation>Revue annuelle</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="183" />
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="183" />
      <source>Closed</source>
      <translation>Clôturée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="184" />
      <source>{0} · started {1} by {2} · the figures cover {3}</source>
      <translation>{0} · commencée le {1} par {2} · les chiffres couvrent {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="190" />
      <source>1. Records ({0} of {1})</source>
      <translation>1. Fiches ({0} sur {1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="190" />
      <source>2. The year's figures</source>
      <translation>2. Les chiffres de l'année</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="191" />
      <source>3. Changes since last time</source>
      <translation>3. Modifications depuis la dernière fois</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="192" />
      <source>4. Close and sign</source>
      <translation>4. Clôturer et signer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="192" />
      <source>4. Review pack</source>
      <translation>4. Dossier de revue</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="198" />
      <location filename="../../atlas_desktop/gui/review/window.py" line="231" />
      <source>C&amp;lose</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="209" />
      <source>The last review, {0}, was closed on {1}.</source>
      <translation>La dernière revue, {0}, a été clôturée le {1}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="211" />
      <source>This will be the first review of this register.</source>
      <translation>Ce sera la première revue de ce registre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="213" />
      <source>Once a year, go through every record that describes your ongoing processing and say whether it is still true, needs updating, or no longer applies. The GDPR asks you to be able to show that you comply (Art. 5(2)) and to review and update your measures where necessary (Art. 24(1)): this review is that check, written down and signed.</source>
      <translation>Une fois par an, passez en revue chaque fiche qui décrit vos traitements en cours et indiquez si elle est toujours exacte, doit être mise à jour ou ne s'applique plus. Le RGPD vous demande d'être en mesure de démontrer que vous le respectez (art. 5(2)) et de réexaminer et d'actualiser vos mesures si nécessaire (art. 24(1)) : cette revue est cette vérification, mise par écrit et signée.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="217" />
      <source>It covers:</source>
      <translation>Elle couvre :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="218" />
      <source>It also counts the year's figures for {0}: breaches, rights requests, staff training and what the checks find open.</source>
      <translation>Elle compte aussi les chiffres de l'année pour {0} : violations, demandes d'exercice de droits, formation du personnel et ce que les vérifications relèvent comme ouvert.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="220" />
      <source>You can pause at any time. Every decision is saved as you make it, and the review waits for you, across days and locks, until you close it.</source>
      <translation>Vous pouvez faire une pause à tout moment. Chaque décision est enregistrée au moment où vous la prenez, et la revue vous attend, d'un jour à l'autre et malgré les verrouillages, jusqu'à ce que vous la clôturiez.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="222" />
      <source>When every record is decided, closing the review dates each record's next review and makes a signed review pack.</source>
      <translation>Lorsque chaque fiche a fait l'objet d'une décision, la clôture de la revue fixe la prochaine date de revue de chaque fiche et constitue un dossier de revue signé.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="227" />
      <source>No review is in progress.</source>
      <translation>Aucune revue n'est en cours.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="261" />
      <source>Counting the year's figures…</source>
      <translation>Calcul des chiffres de l'année…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="264" />
      <source>Counting the year's figures</source>
      <translation>Calcul des chiffres de l'année</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="285" />
      <source>Start the review</source>
      <translation>Commencer la revue</translation>
    </message>
  </context>
  <context>
    <name>ReviewsPage</name>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="46" />
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="72" />
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="94" />
      <source>Annual reviews</source>
      <translation>Revues annuelles</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="50" />
      <source>Once a year, confirm, update or retire every activity, processor, DPIA, policy and purpose relying on consent, and look back at the year's breaches, requests and training (Art. 5(2), 24(1)). Each closed review keeps its signed pack; save it again whenever you need it.</source>
      <translation>Une fois par an, confirmez, mettez à jour ou retirez chaque activité, sous-traitant, AIPD, politique et finalité fondée sur le consentement, et faites le bilan des violations, demandes et formations de l'année (art. 5(2), 24(1)). Chaque revue clôturée conserve son dossier signé ; enregistrez-le à nouveau chaque fois que nécessaire.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="55" />
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="56" />
      <source>Show the selected review: its records, figures and changes</source>
      <translation>Afficher la revue sélectionnée : ses fiches, ses chiffres et ses modifications</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="59" />
      <source>&amp;Save pack…</source>
      <translation>&amp;Enregistrer le dossier…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="60" />
      <source>Save the selected closed review's signed pack (a zip) to a file</source>
      <translation>Enregistrer dans un fichier le dossier signé (un zip) de la revue clôturée sélectionnée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="70" />
      <source>Review</source>
      <translation>Revue</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="70" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="70" />
      <source>Figures cover</source>
      <translation>Chiffres couvrant</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="71" />
      <source>Started</source>
      <translation>Commencée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="71" />
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="141" />
      <source>Closed</source>
      <translation>Clôturée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="71" />
      <source>Records</source>
      <translation>Fiches</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="86" />
      <source>No review yet. The first one takes an afternoon: you go through each record, mark it confirmed, updated or retired, and look at the year's figures. You can pause whenever you like.</source>
      <translation>Aucune revue pour l'instant. La première prend un après-midi : vous passez en revue chaque fiche, la marquez confirmée, mise à jour ou retirée, et examinez les chiffres de l'année. Vous pouvez faire une pause quand vous voulez.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="89" />
      <source>Start the first review…</source>
      <translation>Commencer la première revue…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="140" />
      <source>In progress: {0} of {1} reviewed</source>
      <translation>En cours : {0} sur {1} revus</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="142" />
      <source>{0}: {1} confirmed, {2} updated, {3} retired</source>
      <translation>{0} : {1} confirmés, {2} mis à jour, {3} retirés</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="144" />
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="145" />
      <source>{0} by {1}</source>
      <translation>{0} par {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="147" />
      <source>{0} – today</source>
      <translation>{0} – aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="164" />
      <source>&amp;Continue the review…</source>
      <translation>&amp;Poursuivre la revue…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="164" />
      <source>S&amp;tart a review…</source>
      <translation>Co&amp;mmencer une revue…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="165" />
      <source>Open the review in progress</source>
      <translation>Ouvrir la revue en cours</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="166" />
      <source>Start this year's review</source>
      <translation>Commencer la revue de cette année</translation>
    </message>
  </context>
  <context>
    <name>RichEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rich.py" line="89" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rich.py" line="89" />
      <source>Attention</source>
      <translation>Attention</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rich.py" line="90" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rich.py" line="90" />
      <source>Information</source>
      <translation>Information</translation>
    </message>
  </context>
  <context>
    <name>RightsRequestEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="59" />
      <source>The one-month clock has not started</source>
      <translation>Le délai d'un mois n'a pas commencé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="60" />
      <source>It starts on the day the request arrives: fill in “Received on” (Art. 12(3)).</source>
      <translation>Il commence le jour où la demande arrive : remplissez « Reçue le » (art. 12(3)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="62" />
      <source>Working out the due date…</source>
      <translation>Calcul de l'échéance…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="67" />
      <source> Extended by two months; the person was told on {0}.</source>
      <translation> Prolongé de deux mois ; la personne en a été informée le {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="69" />
      <source> Extended by two months: tell the person, with your reasons, by {0}.</source>
      <translation> Prolongé de deux mois : informez-en la personne, avec vos motifs, au plus tard le {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="77" />
      <source>Answered late, on {0}</source>
      <translation>Réponse tardive, le {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="78" />
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="81" />
      <source>It was due on {0}, {1} (Art. 12(3)).</source>
      <translation>L'échéance était le {0}, {1} (art. 12(3)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="83" />
      <source>Due on {0}: one month from receipt{1}, {2} (Art. 12(3)).</source>
      <translation>Échéance le {0} : un mois à compter de la réception{1}, {2} (art. 12(3)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="79" />
      <source> on {0}</source>
      <translation> le {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="80" />
      <source>Finished{0}</source>
      <translation>Terminée{0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="84" />
      <source>, plus two months</source>
      <translation>, plus deux mois</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="86" />
      <source> To skip public holidays too, choose your country under Organisation → Dates and deadlines.</source>
      <translation> Pour exclure aussi les jours fériés, choisissez votre pays dans Organisme → Dates et échéances.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="92" />
      <source>Due today</source>
      <translation>Échéance aujourd'hui</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1988" />
      <source>%n day(s) left</source>
      <translation>
        <numerusform>%n jour restant</numerusform>
        <numerusform>%n jours restants</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1989" />
      <source>Overdue by %n day(s): answer it now</source>
      <translation>
        <numerusform>En retard de %n jour : répondez-y maintenant</numerusform>
        <numerusform>En retard de %n jours : répondez-y maintenant</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RightsRequestForm</name>
    <message>
      <location filename="../../forms/rights_request.ui" line="13" />
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../forms/rights_request.ui" line="40" />
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
    <message>
      <location filename="../../forms/rights_request.ui" line="46" />
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../../forms/rights_request.ui" line="56" />
      <source>Deadline and extension</source>
      <translation>Échéance et prolongation</translation>
    </message>
    <message>
      <location filename="../../forms/rights_request.ui" line="60" />
      <source>One month from the day the request arrived. If that month has no such day, the last day of the month; a weekend, or a public holiday of the country you set under Organisation → Dates and deadlines, moves it to the next working day. For complex or numerous requests you may take two further months, but only if you tell the person within the first month, with your reasons (Art. 12(3)).</source>
      <translation>Un mois à compter du jour où la demande est arrivée. Si ce mois n'a pas de jour correspondant : le dernier jour du mois ; un week-end, ou un jour férié du pays choisi dans Organisme → Dates et échéances, reporte l'échéance au jour ouvrable suivant. Pour des demandes complexes ou nombreuses, vous pouvez prendre deux mois de plus, mais seulement si vous en informez la personne dans le premier mois, en lui indiquant les motifs (art. 12(3)).</translation>
    </message>
  </context>
  <context>
    <name>RiskMatrix</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="66" />
      <source>Risk matrix</source>
      <translation>Matrice des risques</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="93" />
      <source>No risk has a likelihood and a severity yet, so none is plotted.</source>
      <translation>Aucun risque n'a encore de vraisemblance et de gravité : aucun n'est donc représenté.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="97" />
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="232" />
      <source>before the measures</source>
      <translation>avant les mesures</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="98" />
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="232" />
      <source>after the measures</source>
      <translation>après les mesures</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="100" />
      <source>{0} × {1} = {2} {3}</source>
      <translation>{0} × {1} = {2} {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="103" />
      <source>Risk {0}{1}: likelihood × severity {2}.</source>
      <translation>Risque {0}{1} : vraisemblance × gravité {2}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="104" />
      <source>; </source>
      <translation> ; </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="150" />
      <source>Severity →</source>
      <translation>Gravité →</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="155" />
      <source>Likelihood →</source>
      <translation>Vraisemblance →</translation>
    </message>
  </context>
  <context>
    <name>ScreeningWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dpia.py" line="48" />
      <source>Note on {0}</source>
      <translation>Note sur {0}</translation>
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="79" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="101" />
      <source>Show {0} more (of {1} left)</source>
      <translation>Afficher {0} de plus (sur {1} restants)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1990" />
      <source>{0}: %n item(s)</source>
      <translation>
        <numerusform>{0} : %n élément</numerusform>
        <numerusform>{0} : %n éléments</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SectionNav</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/sections.py" line="47" />
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/sections.py" line="115" />
      <source>{0} ({1} to fix)</source>
      <translation>{0} ({1} à corriger)</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="43" />
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="158" />
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="175" />
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="55" />
      <source>Your name for the audit trail</source>
      <translation>Votre nom pour le journal d'audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="56" />
      <source>Written next to every change you make, so the audit trail shows who did what (Art. 5(2) accountability). Leave it empty to use the name recorded in the register.</source>
      <translation>Inscrit à côté de chaque modification que vous faites, pour que le journal d'audit montre qui a fait quoi (responsabilité, art. 5(2)). Laissez vide pour utiliser le nom enregistré dans le registre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="59" />
      <source>&amp;Your name:</source>
      <translation>&amp;Votre nom :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="64" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="65" />
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="66" />
      <source>Lock after idle minutes</source>
      <translation>Verrouiller après minutes d'inactivité</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="67" />
      <source>Atlas locks itself after this many minutes without use, and when the computer sleeps or the screen locks (Art. 32 security).</source>
      <translation>Atlas se verrouille après ce nombre de minutes sans utilisation, ainsi que lorsque l'ordinateur se met en veille ou que l'écran se verrouille (sécurité, art. 32).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="69" />
      <source>&amp;Lock after:</source>
      <translation>Verr&amp;ouiller après :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="73" />
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="150" />
      <source>Backup folder</source>
      <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="74" />
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="75" />
      <source>Choose the backup folder</source>
      <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="82" />
      <source>&amp;Backup folder:</source>
      <translation>&amp;Dossier de sauvegarde :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="89" />
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="90" />
      <source>Back up every hours</source>
      <translation>Sauvegarder toutes les heures</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="91" />
      <source>How often an encrypted backup is made automatically while the register is open.</source>
      <translation>Fréquence des sauvegardes chiffrées automatiques pendant que le registre est ouvert.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="93" />
      <source>Back up &amp;every:</source>
      <translation>Sauvegarder &amp;toutes les :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="98" />
      <source>Backups to keep</source>
      <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="99" />
      <source>Backups to &amp;keep:</source>
      <translation>Sauvegardes à &amp;conserver :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="102" />
      <source>Same as the system</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="106" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="107" />
      <source>The language of the window, the help, the findings and the reports. A change takes effect the next time Atlas starts.</source>
      <translation>La langue de la fenêtre, de l'aide, des constats et des rapports. Un changement prend effet au prochain démarrage d'Atlas.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="109" />
      <source>L&amp;anguage:</source>
      <translation>L&amp;angue :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="110" />
      <source>Atlas speaks the new language from its next start.</source>
      <translation>Atlas utilisera la nouvelle langue dès son prochain démarrage.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="117" />
      <source>Remember this register on this computer</source>
      <translation>Mémoriser ce registre sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="118" />
      <source>Remember on this computer</source>
      <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="119" />
      <source>Opens without the passphrase for your user account on this computer, using the system's secure keyring. Anyone who can log in as you can then open it.</source>
      <translation>S'ouvre sans la phrase secrète pour votre compte utilisateur sur cet ordinateur, grâce au trousseau sécurisé du système. Toute personne pouvant se connecter sous votre identité pourra alors l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="129" />
      <source>A team register opens only with your password: Atlas keeps no password or key for it on this computer.</source>
      <translation>Un registre d'équipe ne s'ouvre qu'avec votre mot de passe : Atlas ne conserve aucun mot de passe ni aucune clé pour celui-ci sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="132" />
      <source>In a team register the audit trail names you by your sign-in ({0}); this name is used for registers on this computer.</source>
      <translation>Dans un registre d'équipe, le journal d'audit vous désigne par votre identifiant de connexion ({0}) ; ce nom-ci est utilisé pour les registres de cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="136" />
      <source>No secure keyring is available on this computer.</source>
      <translation>Aucun trousseau sécurisé n'est disponible sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="143" />
      <source>These settings belong to this computer. They hold no register data.</source>
      <translation>Ces paramètres appartiennent à cet ordinateur. Ils ne contiennent aucune donnée du registre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="158" />
      <source>The backup folder must be a full path.</source>
      <translation>Le dossier de sauvegarde doit être un chemin complet.</translation>
    </message>
  </context>
  <context>
    <name>TableWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="92" />
      <source>{0}: rows</source>
      <translation>{0} : lignes</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="98" />
      <source>Add row</source>
      <translation>Ajouter une ligne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="99" />
      <source>Add a row to {0}</source>
      <translation>Ajouter une ligne à {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="101" />
      <source>Remove row</source>
      <translation>Supprimer la ligne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="102" />
      <source>Remove the selected row of {0}</source>
      <translation>Supprimer la ligne sélectionnée de {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="164" />
      <source>Row {0} of {1}</source>
      <translation>Ligne {0} sur {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="173" />
      <source>No rows yet: press Add row.</source>
      <translation>Aucune ligne pour l'instant : cliquez sur Ajouter une ligne.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="174" />
      <source>Select a row to edit it below.</source>
      <translation>Sélectionnez une ligne pour la modifier ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="183" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="183" />
      <source>No</source>
      <translation>Non</translation>
    </message>
  </context>
  <context>
    <name>TagsWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="101" />
      <source>{0}: entries</source>
      <translation>{0} : entrées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="106" />
      <source>Type an entry and press Enter</source>
      <translation>Saisissez une entrée et appuyez sur Entrée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="114" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="115" />
      <source>Add to {0}</source>
      <translation>Ajouter à {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="117" />
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="118" />
      <source>Remove from {0}</source>
      <translation>Retirer de {0}</translation>
    </message>
  </context>
  <context>
    <name>TemplatePicker</name>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1991" />
      <source>Add %n activit(y|ies)</source>
      <translation>
        <numerusform>Ajouter %n activité</numerusform>
        <numerusform>Ajouter %n activités</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="36" />
      <source>Add the ticked activities</source>
      <translation>Ajouter les activités cochées</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="46" />
      <source>Activity templates</source>
      <translation>Modèles d'activités</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="48" />
      <source>Activity</source>
      <translation>Activité</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="48" />
      <source>What it covers</source>
      <translation>Ce qu'elle couvre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="57" />
      <source>{0} (already in the register)</source>
      <translation>{0} (déjà dans le registre)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="106" />
      <source>Could not add the activities</source>
      <translation>Impossible d'ajouter les activités</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="120" />
      <source>Start from a template</source>
      <translation>Partir d'un modèle</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="154" />
      <source>Add activities from templates</source>
      <translation>Ajouter des activités à partir de modèles</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="159" />
      <source>Tick the activities your office does. Each is added filled in with the usual lawful basis, data, recipients and retention: a starting point to check and adjust to your office, not legal advice.</source>
      <translation>Cochez les activités de votre bureau. Chacune est ajoutée pré-remplie avec la base juridique, les données, les destinataires et la durée de conservation habituels : un point de départ à vérifier et à adapter à votre bureau, pas un conseil juridique.</translation>
    </message>
  </context>
  <context>
    <name>YourNameDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="33" />
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="34" />
      <source>No name is recorded for you in this register yet. Atlas writes it in the audit trail next to each change and on sign-offs, so the office can show who did what (Art. 5(2), 30). Until you give it, changes are recorded as “{0}”.</source>
      <translation>Aucun nom n'est encore enregistré pour vous dans ce registre. Atlas l'inscrit dans le journal d'audit à côté de chaque modification et sur les validations, afin que le bureau puisse montrer qui a fait quoi (art. 5(2), 30). Tant que vous ne l'avez pas indiqué, les modifications sont enregistrées sous « {0} ».</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="40" />
      <source>e.g. Ana Popescu</source>
      <translation>p. ex. Ana Popescu</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="41" />
      <source>Your name, shown in the audit trail and on sign-offs</source>
      <translation>Votre nom, affiché dans le journal d'audit et sur les validations</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="43" />
      <source>e.g. Office manager</source>
      <translation>p. ex. Responsable administratif</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="44" />
      <source>Your role</source>
      <translation>Votre fonction</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="45" />
      <source>Your na&amp;me:</source>
      <translation>Votre n&amp;om :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="46" />
      <source>Your &amp;role:</source>
      <translation>Votre &amp;fonction :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="49" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="50" />
      <source>Not &amp;now</source>
      <translation>Pas &amp;maintenant</translation>
    </message>
  </context>
  <context>
    <name>_Combo</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/choices.py" line="46" />
      <source>— not set —</source>
      <translation>— non défini —</translation>
    </message>
  </context>
  <context>
    <name>breach</name>
    <message>
      <location filename="../../build/spec_strings.py" line="872" />
      <source> (deadline {when})</source>
      <translation> (échéance le {when})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="873" />
      <source> (the deadline passed on {when})</source>
      <translation> (l'échéance est passée le {when})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="874" />
      <source>+ 0: a trusted recipient confirmed deleting it</source>
      <translation>+ 0 : un destinataire de confiance a confirmé les avoir supprimées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="875" />
      <source>+ 0: restored from the backup</source>
      <translation>+ 0 : restaurées depuis la sauvegarde</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="876" />
      <source>+ 0: unreadable to them</source>
      <translation>+ 0 : illisibles pour eux</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="877" />
      <source>An up-to-date backup restored it</source>
      <translation>Une sauvegarde à jour les a restaurées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="878" />
      <source>Answer the risk questions: the assessment decides whether the authority must be notified.</source>
      <translation>Répondez aux questions sur le risque : l'évaluation détermine s'il faut notifier l'autorité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="879" />
      <source>Breach {id}</source>
      <translation>Violation {id}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="880" />
      <source>Children or vulnerable people affected</source>
      <translation>Enfants ou personnes vulnérables touchés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="881" />
      <source>Could others see the data?</source>
      <translation>D'autres ont-ils pu voir les données ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="882" />
      <source>Data out of reach without a working backup</source>
      <translation>Données inaccessibles faute de sauvegarde opérationnelle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="883" />
      <source>Data taken on purpose</source>
      <translation>Données prises délibérément</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="884" />
      <source>Decided by the assessment.</source>
      <translation>Décidé par l'évaluation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="885" />
      <source>Done on purpose</source>
      <translation>Fait intentionnellement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="886" />
      <source>EI 0.25 (nobody can tell who)</source>
      <translation>EI 0.25 (impossible de savoir de qui il s'agit)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="887" />
      <source>Every breach is documented here, notified or not: the facts, the effects and the remedial action.</source>
      <translation>Toute violation est documentée ici, notifiée ou non : les faits, les effets et les mesures prises pour y remédier.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="888" />
      <source>Every loss neutralised</source>
      <translation>Toutes les pertes neutralisées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="889" />
      <source>High risk, but the Art. 34(3)({letter}) exemption is recorded: {exemption}.</source>
      <translation>Risque élevé, mais l'exception de l'art. 34(3)({letter}) est enregistrée : {exemption}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="890" />
      <source>High risk: tell the people affected without undue delay, in clear and plain language.</source>
      <translation>Risque élevé : informez les personnes concernées dans les meilleurs délais, en des termes clairs et simples.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="891" />
      <source>How easily people can be identified</source>
      <translation>Facilité d'identification des personnes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="892" />
      <source>In this case, the data reveals</source>
      <translation>Dans ce cas, les données révèlent</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="893" />
      <source>Kind of data</source>
      <translation>Type de données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="894" />
      <source>Make the public communication and record when and where: it replaces the individual notices, it does not remove the duty.</source>
      <translation>Effectuez la communication publique et notez quand et où : elle remplace les communications individuelles, elle ne supprime pas l'obligation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="895" />
      <source>Many people affected</source>
      <translation>Nombreuses personnes concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="896" />
      <source>Nothing that was affected can still harm people (the data was unreadable, restored from a backup, or deleted by a trusted recipient), so the breach is unlikely to result in a risk ({source}).</source>
      <translation>Rien de ce qui a été touché ne peut encore nuire aux personnes (les données étaient illisibles, restaurées depuis une sauvegarde ou supprimées par un destinataire de confiance) : la violation n'est donc pas susceptible d'engendrer un risque ({source}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="897" />
      <source>Notify the supervisory authority without undue delay and within 72 hours of becoming aware.</source>
      <translation>Notifiez l'autorité de contrôle dans les meilleurs délais et au plus tard 72 heures après en avoir pris connaissance.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="898" />
      <source>People depend on our service</source>
      <translation>Des personnes dépendent de notre service</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="899" />
      <source>People depend on the service, so losing the data, even for a while, affects them directly</source>
      <translation>Des personnes dépendent du service : perdre les données, même temporairement, les touche directement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="900" />
      <source>Say what was affected (confidentiality, integrity, availability) to start the assessment.</source>
      <translation>Indiquez ce qui a été touché (confidentialité, intégrité, disponibilité) pour commencer l'évaluation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="901" />
      <source>Sensitive, financial or identity data, or children's data, in strangers' hands</source>
      <translation>Données sensibles, financières, d'identité ou concernant des enfants entre des mains inconnues</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="902" />
      <source>Severity score</source>
      <translation>Score de gravité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="903" />
      <source>Someone took or exposed the data deliberately, so its misuse is likely</source>
      <translation>Quelqu'un a pris ou exposé les données délibérément : leur utilisation abusive est donc probable</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="904" />
      <source>Special-category, financial, identity or login data, or data about children and vulnerable people, may be in the hands of people who can misuse it: a high risk</source>
      <translation>Des données de catégorie particulière, financières, d'identité ou de connexion, ou des données concernant des enfants et des personnes vulnérables, peuvent être entre les mains de personnes susceptibles d'en abuser : risque élevé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="905" />
      <source>Telling each person would take disproportionate effort: a public communication informs them as effectively instead.</source>
      <translation>Informer chaque personne exigerait des efforts disproportionnés : une communication publique les informe à la place de manière tout aussi efficace.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="906" />
      <source>The data was not restored quickly from a backup, so people were without it or lost it</source>
      <translation>Les données n'ont pas été rapidement restaurées depuis une sauvegarde : les personnes en ont été privées ou les ont perdues</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="907" />
      <source>The decision is {client}'s, as the controller.</source>
      <translation>C'est {client} qui décide, en tant que responsable du traitement.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="908" />
      <source>The risk is not high, so the people affected need not be told.</source>
      <translation>Le risque n'est pas élevé : il n'est donc pas nécessaire d'informer les personnes concernées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="909" />
      <source>Unlikely to result in a risk: no notification, but keep your reasoning in this record.</source>
      <translation>Pas susceptible d'engendrer un risque : aucune notification, mais conservez votre raisonnement dans cette fiche.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="910" />
      <source>Unreadable to whoever got it</source>
      <translation>Illisibles pour quiconque les a obtenues</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="911" />
      <source>Was data copied out?</source>
      <translation>Des données ont-elles été copiées à l'extérieur ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="912" />
      <source>Was the data changed?</source>
      <translation>Les données ont-elles été modifiées ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="913" />
      <source>Was the data lost or out of reach?</source>
      <translation>Les données ont-elles été perdues ou rendues inaccessibles ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="914" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="915" />
      <source>You process this data for {client}: tell them without undue delay. They decide whether to notify the authority and the people affected.</source>
      <translation>Vous traitez ces données pour {client} : informez-le dans les meilleurs délais. C'est lui qui décide s'il faut notifier l'autorité et les personnes concernées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="916" />
      <source>a public communication replaced the individual notices on {when}</source>
      <translation>une communication publique a remplacé les informations individuelles le {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="917" />
      <source>assumed: the data involved is not recorded</source>
      <translation>supposé : les données concernées ne sont pas renseignées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="918" />
      <source>counted as seen by unknown people (cannot be ruled out)</source>
      <translation>considérées comme vues par des inconnus (impossible de l'exclure)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="919" />
      <source>counted as seen by unknown people (confirmed)</source>
      <translation>considérées comme vues par des inconnus (confirmé)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="920" />
      <source>decided not to notify the authority (reason: {reason})</source>
      <translation>décision de ne pas notifier l'autorité (motif : {reason})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="921" />
      <source>decided not to notify the authority, with no reason recorded yet</source>
      <translation>décision de ne pas notifier l'autorité, sans motif encore enregistré</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="922" />
      <source>decided to notify the authority, not notified yet{deadline}</source>
      <translation>décision de notifier l'autorité, pas encore notifiée{deadline}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="923" />
      <source>decision on notifying the authority pending{deadline}</source>
      <translation>décision de notifier l'autorité en attente{deadline}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="924" />
      <source>decision on telling the people affected pending (the risk is not assessed yet)</source>
      <translation>décision d'informer les personnes concernées en attente (le risque n'est pas encore évalué)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="925" />
      <source>from the data involved</source>
      <translation>d'après les données concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="926" />
      <source>from {categories}</source>
      <translation>d'après les données : {categories}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="927" />
      <source>high risk: the people affected are not told yet</source>
      <translation>risque élevé : les personnes concernées ne sont pas encore informées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="928" />
      <source>high risk: the public communication replacing the individual notices is not made yet</source>
      <translation>risque élevé : la communication publique remplaçant les informations individuelles n'est pas encore faite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="929" />
      <source>lowers the risk to none</source>
      <translation>ramène le risque à néant</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="930" />
      <source>not answered</source>
      <translation>sans réponse</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="931" />
      <source>not answered: taken as directly</source>
      <translation>sans réponse : considérées comme directement identifiables</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="932" />
      <source>not answered: taken as lost for good</source>
      <translation>sans réponse : considérées comme définitivement perdues</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="933" />
      <source>not answered: taken as misused and lost</source>
      <translation>sans réponse : considérées comme utilisées abusivement et perdues</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="934" />
      <source>not answered: taken as seen by unknown people</source>
      <translation>sans réponse : considérées comme vues par des inconnus</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="935" />
      <source>not notified the authority: unlikely to result in a risk (reason: {reason})</source>
      <translation>autorité non notifiée : risque peu probable (motif : {reason})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="936" />
      <source>not notified the authority: unlikely to result in a risk, with no reason recorded yet</source>
      <translation>autorité non notifiée : risque peu probable, sans motif encore enregistré</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="937" />
      <source>not notified: assessed unlikely to result in a risk (reason: {reason})</source>
      <translation>non notifiée : risque jugé peu probable (motif : {reason})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="938" />
      <source>not notified: assessed unlikely to result in a risk, with no reason recorded yet</source>
      <translation>non notifiée : risque jugé peu probable, sans motif encore enregistré</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="939" />
      <source>notified the authority on {when}, after the 72 hours</source>
      <translation>autorité notifiée le {when}, après les 72 heures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="940" />
      <source>notified the authority on {when}, within the 72 hours</source>
      <translation>autorité notifiée le {when}, dans les 72 heures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="941" />
      <source>raises it to a high risk</source>
      <translation>le porte à un risque élevé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="942" />
      <source>raises it to a risk: notify the authority</source>
      <translation>le porte à un risque : notifiez l'autorité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="943" />
      <source>special-category or criminal data involved</source>
      <translation>données de catégorie particulière ou relatives aux infractions concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="944" />
      <source>the authority is to be notified, not notified yet{deadline}</source>
      <translation>l'autorité doit être notifiée, pas encore notifiée{deadline}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="945" />
      <source>the client</source>
      <translation>le client</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="946" />
      <source>the people affected are not told: {article} exemption recorded ({exemption})</source>
      <translation>les personnes concernées ne sont pas informées : exemption au titre de l'{article} enregistrée ({exemption})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="947" />
      <source>the people affected need not be told (the risk is not high)</source>
      <translation>les personnes concernées n'ont pas à être informées (le risque n'est pas élevé)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="948" />
      <source>to be notified to the authority (the risk assessment says so), not notified yet{deadline}</source>
      <translation>à notifier à l'autorité (selon l'évaluation du risque), pas encore notifiée{deadline}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="949" />
      <source>told the people affected on {when}</source>
      <translation>personnes concernées informées le {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="950" />
      <source>{answer} ({why})</source>
      <translation>{answer} ({why})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="951" />
      <source>{client} (the controller) not told yet{deadline}</source>
      <translation>{client} (le responsable du traitement) pas encore informé{deadline}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="952" />
      <source>{client} (the controller) told on {when}, who decides on notifying</source>
      <translation>{client} (le responsable du traitement) informé le {when} ; c'est lui qui décide de la notification</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1992" />
      <source>{count} (person|people) (is|are) affected</source>
      <translation>
        <numerusform>{count} personne est concernée</numerusform>
        <numerusform>{count} personnes sont concernées</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="953" />
      <source>{level}: {risk}</source>
      <translation>{level} : {risk}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="954" />
      <source>{why} ({source}).</source>
      <translation>{why} ({source}).</translation>
    </message>
  </context>
  <context>
    <name>checks</name>
    <message>
      <location filename="../../build/spec_strings.py" line="955" />
      <source> (the adequacy decision for {country} covers only some recipients: check this one is covered)</source>
      <translation> (pour ce pays, {country}, la décision d'adéquation ne couvre que certains destinataires : vérifiez que celui-ci est couvert)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="956" />
      <source> (yours is {country})</source>
      <translation> (votre pays : {country})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="957" />
      <source> ({country} has an adequacy decision: choose it if it applies)</source>
      <translation> (ce pays, {country}, bénéficie d'une décision d'adéquation : choisissez-la si elle s'applique)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="958" />
      <source> — {who} {reasons}</source>
      <translation> — {who} {reasons}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="959" />
      <source>"{country}"</source>
      <translation>« {country} »</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="960" />
      <source>"{country}" with the region "{region}"</source>
      <translation>« {country} » avec la région « {region} »</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="961" />
      <source>"{text}" is not in the register</source>
      <translation>« {text} » ne figure pas dans le registre</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="962" />
      <source>"{title}"</source>
      <translation>« {title} »</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="963" />
      <source>"{title}" is retired</source>
      <translation>« {title} » est retirée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="964" />
      <source>(not described)</source>
      <translation>(non décrit)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="965" />
      <source>(unnamed data)</source>
      <translation>(données sans nom)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="966" />
      <source>(unnamed)</source>
      <translation>(sans nom)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="967" />
      <source>Atlas has no public-holiday calendar for {which}, so deadlines skip weekends only: choose your country (and region) again in “{field}”, under {place}.</source>
      <translation>Atlas n'a pas de calendrier des jours fériés pour {which} : les échéances évitent donc uniquement les week-ends. Choisissez à nouveau votre pays (et votre région) dans « {field} », sous {place}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="968" />
      <source>No data-protection training is recorded for {who}: train them and record it.</source>
      <translation>Aucune formation à la protection des données n'est enregistrée pour {who} : organisez-la et enregistrez-la.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="969" />
      <source>Set your country so deadlines skip its public holidays: until you do, the deadline for answering a request skips weekends only and may fall on a holiday. Choose it{hint} in “{field}”, under {place}.</source>
      <translation>Indiquez votre pays pour que les échéances évitent ses jours fériés : d'ici là, l'échéance de réponse à une demande évite uniquement les week-ends et peut tomber un jour férié. Choisissez-le{hint} dans « {field} », sous {place}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="970" />
      <source>The organisation</source>
      <translation>L'organisme</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="971" />
      <source>a country not named</source>
      <translation>pays non précisé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="972" />
      <source>activity #{id} is not in the register</source>
      <translation>l'activité n° {id} ne figure pas dans le registre</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="973" />
      <source>handles special-category data</source>
      <translation>traite des données de catégorie particulière</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="974" />
      <source>less than an hour</source>
      <translation>moins d'une heure</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="975" />
      <source>the EU by default</source>
      <translation>l'UE, par défaut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="976" />
      <source>the client</source>
      <translation>le client</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="977" />
      <source>the effects</source>
      <translation>les effets</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="978" />
      <source>the facts</source>
      <translation>les faits</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="979" />
      <source>the remedial action</source>
      <translation>les mesures prises pour y remédier</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="980" />
      <source>today</source>
      <translation>aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="981" />
      <source>tomorrow</source>
      <translation>demain</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="982" />
      <source>yesterday</source>
      <translation>hier</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="983" />
      <source>{kind} "{title}"</source>
      <translation>{kind} « {title} »</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="984" />
      <source>{name} (used by {users}): the agreement lacks these clauses — add them and tick them: {clauses}.</source>
      <translation>{name} (utilisé par {users}) : il manque ces clauses au contrat — ajoutez-les et cochez-les : {clauses}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="985" />
      <source>{name} ({right}) had to be answered by {due} ({when}; {calendar}): answer it now.</source>
      <translation>{name} ({right}) : il fallait répondre au plus tard le {due} ({when} ; {calendar}) ; répondez-y maintenant.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="986" />
      <source>{name} ({right}) must be answered by {due} ({when}; {calendar}).</source>
      <translation>{name} ({right}) : réponse à donner au plus tard le {due} ({when} ; {calendar}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="987" />
      <source>{name} ended on {date}; counted at the latest from that day, {periods}: delete that data and record the date in {field}.</source>
      <translation>{name} a pris fin le {date} ; en comptant au plus tard à partir de ce jour, {periods} : supprimez ces données et enregistrez la date dans le champ {field}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="988" />
      <source>{name} has never been reviewed: check the entry and fill in {field}.</source>
      <translation>{name} n'a jamais été revue : vérifiez la fiche et renseignez le champ {field}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="989" />
      <source>{name} has no contact details: add an email, phone or address.</source>
      <translation>{name} n'a pas de coordonnées : ajoutez une adresse e-mail, un téléphone ou une adresse postale.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="990" />
      <source>{name} has no purpose: add each purpose with its lawful basis.</source>
      <translation>{name} n'a aucune finalité : ajoutez chaque finalité avec sa base juridique.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="991" />
      <source>{name} has no retention period: say how long each kind of data is kept.</source>
      <translation>{name} n'a pas de durée de conservation : indiquez combien de temps chaque type de données est conservé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="992" />
      <source>{name} has no security review recorded: check their guarantees and fill in {field}.</source>
      <translation>{name} n'a aucune revue de sécurité enregistrée : vérifiez ses garanties et renseignez le champ {field}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="993" />
      <source>{name} has not been approved: have management approve it and record the date.</source>
      <translation>{name} n'a pas été approuvée : faites-la approuver par la direction et enregistrez la date.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="994" />
      <source>{name} has not been signed off: finish it and record the sign-off date.</source>
      <translation>{name} n'a pas été validée : terminez-la et enregistrez la date de validation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="995" />
      <source>{name} is a case where the law always requires a DPIA ({cases}): carry one out before going on; a note on why not cannot replace it.</source>
      <translation>{name} relève d'un cas où la loi exige toujours une AIPD ({cases}) : réalisez-en une avant de poursuivre ; une note expliquant pourquoi ne pas en faire ne peut pas la remplacer.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="996" />
      <source>{name} is high risk: tell the people affected without undue delay, or record the Art. 34(3) exemption that applies.</source>
      <translation>{name} présente un risque élevé : informez les personnes concernées dans les meilleurs délais, ou enregistrez l'exception de l'art. 34(3) qui s'applique.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="997" />
      <source>{name} is used by {users} but no signed data processing agreement is recorded: sign one and record the date.</source>
      <translation>{name} est utilisé par {users}, mais aucun contrat de sous-traitance signé n'est enregistré : signez-en un et enregistrez la date.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="998" />
      <source>{name} leaves a high risk after the measures: consult the authority before processing.</source>
      <translation>{name} laisse subsister un risque élevé après les mesures : consultez l'autorité avant de commencer le traitement.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="999" />
      <source>{name} meets one DPIA screening criterion: record why no DPIA is needed, or carry one out.</source>
      <translation>{name} remplit un critère de la pré-évaluation AIPD : indiquez pourquoi aucune AIPD n'est nécessaire, ou réalisez-en une.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1993" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1994" />
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>il y a %n jour</numerusform>
        <numerusform>il y a %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1995" />
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n heure</numerusform>
        <numerusform>%n heures</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1996" />
      <source>handles special-category data and was involved in breach(es) {breaches}</source>
      <translation>
        <numerusform>traite des données de catégorie particulière et a été impliqué dans la violation {breaches}</numerusform>
        <numerusform>traite des données de catégorie particulière et a été impliqué dans les violations {breaches}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1997" />
      <source>in %n day(s)</source>
      <translation>
        <numerusform>dans %n jour</numerusform>
        <numerusform>dans %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1998" />
      <source>was involved in breach(es) {breaches}</source>
      <translation>
        <numerusform>a été impliqué dans la violation {breaches}</numerusform>
        <numerusform>a été impliqué dans les violations {breaches}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1999" />
      <source>{name} meets %n DPIA screening criteri(on|a) but has no DPIA: carry one out before going on, or record why the risk is not high (WP248 rev.01).</source>
      <translation>
        <numerusform>{name} remplit %n critère de la pré-évaluation AIPD mais n'a pas d'AIPD : réalisez-en une avant de poursuivre, ou indiquez pourquoi le risque n'est pas élevé (WP248 rév.01).</numerusform>
        <numerusform>{name} remplit %n critères de la pré-évaluation AIPD mais n'a pas d'AIPD : réalisez-en une avant de poursuivre, ou indiquez pourquoi le risque n'est pas élevé (WP248 rév.01).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2000" />
      <source>{name}: consent to an online service by someone aged %n, under the age of digital consent ({limit} in {where}), with no parent or guardian recorded as giving or authorising it: record who did and how it was checked, or stop relying on it.</source>
      <translation>
        <numerusform>{name} : consentement à un service en ligne donné par une personne âgée de %n an, en dessous de l'âge du consentement numérique ({limit} en/au {where}), sans titulaire de l'autorité parentale enregistré comme l'ayant donné ou autorisé : indiquez qui l'a fait et comment cela a été vérifié, ou cessez de vous fonder sur ce consentement.</numerusform>
        <numerusform>{name} : consentement à un service en ligne donné par une personne âgée de %n ans, en dessous de l'âge du consentement numérique ({limit} en/au {where}), sans titulaire de l'autorité parentale enregistré comme l'ayant donné ou autorisé : indiquez qui l'a fait et comment cela a été vérifié, ou cessez de vous fonder sur ce consentement.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1000" />
      <source>{name} must designate a Data Protection Officer and names none: {grounds} Appoint one, then tick DPO and record their name and contact.</source>
      <translation>{name} doit désigner un délégué à la protection des données et n'en désigne aucun : {grounds} Désignez-en un, puis cochez DPO et enregistrez son nom et ses coordonnées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1001" />
      <source>{name} names nobody for data protection: name the DPO or the person responsible.</source>
      <translation>{name} ne désigne personne pour la protection des données : indiquez le DPO ou la personne responsable.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1002" />
      <source>{name} processes data in {where} with no transfer mechanism{hint}: record what makes it lawful.</source>
      <translation>{name} traite les données dans un pays tiers ({where}) sans mécanisme de transfert{hint} : enregistrez ce qui rend ce transfert licite.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1003" />
      <source>{name} relies on Art. 34(3)(a), but the assessment does not say the data was unreadable to whoever got it (encrypted with the key safe): tick it if true, or tell the people.</source>
      <translation>{name} s'appuie sur l'art. 34(3)(a), mais l'évaluation n'indique pas que les données étaient illisibles pour quiconque les a obtenues (chiffrées, clé en sécurité) : cochez-le si c'est exact, ou informez les personnes.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1004" />
      <source>{name} relies on Art. 34(3)(c): make the public communication and record when and where it was published. It replaces the individual notices; it does not remove the duty.</source>
      <translation>{name} s'appuie sur l'art. 34(3)(c) : effectuez la communication publique et enregistrez quand et où elle a été publiée. Elle remplace les communications individuelles ; elle ne supprime pas l'obligation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1005" />
      <source>{name} relies on consent but no consent record links to it: record who consented, when and how.</source>
      <translation>{name} repose sur le consentement, mais aucune preuve de consentement n'y est liée : enregistrez qui a consenti, quand et comment.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1006" />
      <source>{name} touches processing the register does not cover ({problems}): record that processing in the register and link it.</source>
      <translation>{name} touche des traitements que le registre ne couvre pas ({problems}) : enregistrez ces traitements dans le registre et liez-les.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1007" />
      <source>{name} transfers data to {where} with no transfer mechanism{hint}: record what makes it lawful.</source>
      <translation>{name} transfère des données vers un pays tiers ({where}) sans mécanisme de transfert{hint} : enregistrez ce qui rend ce transfert licite.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1008" />
      <source>{name} uses criminal-offence data: name the law that allows it.</source>
      <translation>{name} utilise des données relatives aux infractions pénales : indiquez le texte de loi qui l'autorise.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1009" />
      <source>{name} uses special-category data ({kinds}) without an Art. 9(2) condition: choose the one that allows it.</source>
      <translation>{name} utilise des données de catégorie particulière ({kinds}) sans condition de l'art. 9(2) : choisissez celle qui l'autorise.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1010" />
      <source>{name} was answered on {date}, and {activities} keeps {periods}: delete that data, then this record, or correct the period.</source>
      <translation>{name} : réponse envoyée le {date}, et {activities} conserve {periods} : supprimez ces données, puis cette fiche, ou corrigez la durée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1011" />
      <source>{name} was not notified as unlikely to result in a risk: write down the reasoning in the record, so you can show it to the authority.</source>
      <translation>{name} n'a pas été notifiée, car pas susceptible d'engendrer un risque : consignez le raisonnement dans la fiche, afin de pouvoir le présenter à l'autorité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1012" />
      <source>{name} was withdrawn on {date}, and {activities} keeps {periods}: delete that data, then this record, or correct the period.</source>
      <translation>{name} : consentement retiré le {date}, et {activities} conserve {periods} : supprimez ces données, puis cette fiche, ou corrigez la durée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1013" />
      <source>{name}: answer {labels}. Until then Atlas assumes the worst case for each, which may overstate the risk.</source>
      <translation>{name} : renseignez {labels}. D'ici là, Atlas retient le pire cas pour chaque question, ce qui peut surestimer le risque.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1014" />
      <source>{name}: assess the risk and decide whether to notify the authority — the 72-hour deadline passed on {when} ({hours} ago).</source>
      <translation>{name} : évaluez le risque et décidez s'il faut notifier l'autorité — le délai de 72 heures a expiré le {when} (il y a {hours}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1015" />
      <source>{name}: choose a lawful basis for {purposes}.</source>
      <translation>{name} : choisissez une base juridique pour {purposes}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1016" />
      <source>{name}: consent to an online service by a child of unknown age, under the age of digital consent ({limit} in {where}), with no parent or guardian recorded as giving or authorising it: record who did and how it was checked, or stop relying on it.</source>
      <translation>{name} : consentement à un service en ligne donné par un enfant d'âge inconnu, en dessous de l'âge du consentement numérique ({where} : {limit} ans), sans parent ni tuteur enregistré comme l'ayant donné ou autorisé : enregistrez qui l'a fait et comment cela a été vérifié, ou cessez de vous appuyer sur ce consentement.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1017" />
      <source>{name}: decide whether to object to the sub-processor change "{change}" by {due} ({when}).</source>
      <translation>{name} : décidez s'il faut vous opposer au changement de sous-traitant ultérieur « {change} » au plus tard le {due} ({when}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1018" />
      <source>{name}: notify the authority by {when} ({hours} left).</source>
      <translation>{name} : notifiez l'autorité au plus tard le {when} (il reste {hours}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1019" />
      <source>{name}: notify the authority now — the 72-hour deadline passed on {when} ({hours} ago); give the reasons for the delay.</source>
      <translation>{name} : notifiez l'autorité maintenant — le délai de 72 heures a expiré le {when} (il y a {hours}) ; indiquez les motifs du retard.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1020" />
      <source>{name}: record {missing} — every breach is documented, notified or not.</source>
      <translation>{name} : consignez {missing} — toute violation est documentée, notifiée ou non.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1021" />
      <source>{name}: say what was affected and answer the risk questions, so Atlas can tell whether to notify the authority: {hours} left (deadline {when}).</source>
      <translation>{name} : indiquez ce qui a été touché et répondez aux questions sur le risque, pour qu'Atlas puisse déterminer s'il faut notifier l'autorité : il reste {hours} (échéance {when}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1022" />
      <source>{name}: tell {client} now — you process this data for them and the time to tell them ran out on {when} ({hours} ago).</source>
      <translation>{name} : informez {client} maintenant — vous traitez ces données pour lui et le délai pour l'informer a expiré le {when} (il y a {hours}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1023" />
      <source>{name}: tell {client} without undue delay, by {when} ({hours} left); they decide whether to notify the authority.</source>
      <translation>{name} : informez {client} dans les meilleurs délais, au plus tard le {when} (il reste {hours}) ; c'est lui qui décide s'il faut notifier l'autorité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1024" />
      <source>{name}: the authority should answer the prior consultation by {due} ({when}; {calendar}).</source>
      <translation>{name} : l'autorité devrait répondre à la consultation préalable au plus tard le {due} ({when} ; {calendar}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1025" />
      <source>{name}: the authority was notified on {notified}, after the 72-hour deadline of {deadline}; record the reasons for the delay.</source>
      <translation>{name} : l'autorité a été notifiée le {notified}, après l'échéance de 72 heures ({deadline}) ; enregistrez les motifs du retard.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1026" />
      <source>{name}: the authority's answer to the prior consultation was due on {due} ({when}; {calendar}); follow up with the authority.</source>
      <translation>{name} : la réponse de l'autorité à la consultation préalable était attendue le {due} ({when} ; {calendar}) ; relancez l'autorité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1027" />
      <source>{name}: the deadline to object to the sub-processor change "{change}" passed on {due} ({when}); record your decision.</source>
      <translation>{name} : le délai pour s'opposer au changement de sous-traitant ultérieur « {change} » a expiré le {due} ({when}) ; enregistrez votre décision.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1028" />
      <source>{name}: the retention of {data} is given only in words: say it as a number and a unit, counted from an event, so Atlas can check it.</source>
      <translation>{name} : la durée de conservation de {data} n'est indiquée qu'en texte libre : exprimez-la par un nombre et une unité, comptés à partir d'un événement, pour qu'Atlas puisse la vérifier.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1029" />
      <source>{name}: the review is due on {due} ({when}).</source>
      <translation>{name} : la revue est prévue le {due} ({when}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1030" />
      <source>{name}: the review was due on {due} ({when}); review it and record the date.</source>
      <translation>{name} : la revue était prévue le {due} ({when}) ; effectuez-la et enregistrez la date.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1031" />
      <source>{period} (ran out on {date})</source>
      <translation>{period} (expirée le {date})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1032" />
      <source>{who} has no valid data-protection training but {reasons}: train them and record it.</source>
      <translation>{who} n'a pas de formation valide à la protection des données, mais {reasons} : organisez-en une et enregistrez-la.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1033" />
      <source>{who}'s data-protection training expired on {due} ({when}){why}: book a refresher and record it.</source>
      <translation>Formation à la protection des données de {who} : expirée le {due} ({when}){why} ; prévoyez une remise à niveau et enregistrez-la.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1034" />
      <source>{who}'s data-protection training expires on {due} ({when}){why}: book a refresher.</source>
      <translation>Formation à la protection des données de {who} : expire le {due} ({when}){why} ; prévoyez une remise à niveau.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1035" />
      <source>“{label}”</source>
      <translation>« {label} »</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1039" />
      <source>, by {when}</source>
      <translation>, au plus tard le {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1040" />
      <source>, on {when}</source>
      <translation>, le {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1036" />
      <source>#{id} {filename} ({size} bytes, added {date} by {person})</source>
      <translation>#{id} {filename} ({size} octets, ajouté le {date} par {person})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1037" />
      <source>'atlas audit verify --anchor {anchor}' checks the register still holds that history.</source>
      <translation>« atlas audit verify --anchor {anchor} » vérifie que le registre contient toujours cet historique.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1038" />
      <source>'atlas {command}' does not apply to a team register. {reason}</source>
      <translation>« atlas {command} » ne s'applique pas à un registre d'équipe. {reason}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1041" />
      <source>--add works on list fields; {key} holds one value, use --set.</source>
      <translation>--add s'applique aux champs de type liste ; {key} contient une seule valeur, utilisez --set.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1042" />
      <source>--anchor takes COUNT:HEAD (e.g. 12:&lt;64 hex digits&gt;), not {given}.</source>
      <translation>--anchor attend COUNT:HEAD (p. ex. 12:&lt;64 chiffres hexadécimaux&gt;), et non {given}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1043" />
      <source>--from takes a register file on this computer (e.g. office.atlas); the team register to import into is given with --register.</source>
      <translation>--from attend un fichier de registre sur cet ordinateur (p. ex. office.atlas) ; le registre d'équipe dans lequel importer est indiqué avec --register.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1044" />
      <source>--region needs --country: give the country the region is in.</source>
      <translation>--region nécessite --country : indiquez le pays dans lequel se trouve la région.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1045" />
      <source>--set, --add and --from-json change one record: give them with one --template at a time.</source>
      <translation>--set, --add et --from-json modifient une seule fiche : utilisez-les avec un seul --template à la fois.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1046" />
      <source>--url takes the database's address, signed in as its owner: {address}.</source>
      <translation>--url attend l'adresse de la base de données, avec connexion en tant que propriétaire : {address}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1047" />
      <source>A new recovery key was issued; the old one no longer works.</source>
      <translation>Une nouvelle clé de récupération a été émise ; l'ancienne ne fonctionne plus.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1048" />
      <source>A recovery key was made.</source>
      <translation>Une clé de récupération a été créée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1049" />
      <source>A register already exists at {path}.</source>
      <translation>Un registre existe déjà à l'emplacement {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1050" />
      <source>A team recovery key was made. It is shown only this once: write it down or print it, and keep it away from this computer. {why}</source>
      <translation>Une clé de récupération d'équipe a été créée. Elle n'est affichée qu'une seule fois : notez-la ou imprimez-la, et conservez-la à l'écart de cet ordinateur. {why}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1051" />
      <source>A team register is created with 'atlas team init --url {address} --org NAME --manager NAME'.</source>
      <translation>Un registre d'équipe se crée avec « atlas team init --url {address} --org NAME --manager NAME ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1052" />
      <source>A team register names you by your sign-in ({person}); nothing was changed.</source>
      <translation>Un registre d'équipe vous désigne par votre identifiant de connexion ({person}) ; rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1053" />
      <source>Add --yes to confirm the deletion.</source>
      <translation>Ajoutez --yes pour confirmer la suppression.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1054" />
      <source>Added {person} to the team register as {role}.</source>
      <translation>{person} a été ajouté au registre d'équipe en tant que {role}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1055" />
      <source>Assessed risk: {risk}</source>
      <translation>Risque évalué : {risk}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1056" />
      <source>Assessment (ENISA 2013 severity, EDPB Guidelines 9/2022 and 01/2021)</source>
      <translation>Évaluation (gravité selon l'ENISA 2013, lignes directrices 9/2022 et 01/2021 du CEPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1057" />
      <source>Atlas keeps no team password on this computer, so there is nothing to forget.</source>
      <translation>Atlas ne conserve aucun mot de passe d'équipe sur cet ordinateur : il n'y a donc rien à oublier.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1058" />
      <source>Atlas keeps no team password on this computer: give yours with --password-file, the {variable} variable, or at the prompt.</source>
      <translation>Atlas ne conserve aucun mot de passe d'équipe sur cet ordinateur : indiquez le vôtre avec --password-file, la variable {variable} ou à l'invite.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1059" />
      <source>Attached {filename} to {record} #{id} as attachment #{attachment}.</source>
      <translation>{filename} a été joint à {record} #{id} en tant que pièce jointe #{attachment}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1060" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1061" />
      <source>Audit anchor:</source>
      <translation>Ancre d'audit :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1062" />
      <source>Backup verified and written to {path} ({entries} in the audit trail, head {head}…).</source>
      <translation>Sauvegarde vérifiée et écrite dans {path} ({entries} dans le journal d'audit, tête {head}…).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1063" />
      <source>Can sign in</source>
      <translation>Peut se connecter</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1064" />
      <source>Cannot read the certificate {path}: {error}.</source>
      <translation>Impossible de lire le certificat {path} : {error}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1065" />
      <source>Cannot read the {secret} file {path}: {error}.</source>
      <translation>Impossible de lire le fichier de {secret} {path} : {error}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1066" />
      <source>Cannot read {path}: {error}.</source>
      <translation>Impossible de lire {path} : {error}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1067" />
      <source>Cannot write the pack to {path}: give a file name in an existing folder.</source>
      <translation>Impossible d'écrire le dossier dans {path} : indiquez un nom de fichier dans un dossier existant.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1068" />
      <source>Cannot write the recovery key to {path}: {error}.</source>
      <translation>Impossible d'écrire la clé de récupération dans {path} : {error}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1069" />
      <source>Cannot write {path}: {error}.</source>
      <translation>Impossible d'écrire {path} : {error}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1070" />
      <source>Changes since the previous review:</source>
      <translation>Modifications depuis la revue précédente :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1071" />
      <source>Closed {title}. Wrote the review pack {path} (SHA-256 {sha256}).</source>
      <translation>{title} clôturée. Dossier de revue écrit dans {path} (SHA-256 {sha256}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1072" />
      <source>Confirm, update or retire each one first ('atlas review confirm --all' confirms the rest, except those that need attention: confirm each of those with --note).</source>
      <translation>Confirmez, mettez à jour ou retirez d'abord chacun d'eux (« atlas review confirm --all » confirme le reste, sauf ceux qui demandent attention : confirmez chacun de ceux-ci avec --note).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1073" />
      <source>Confirmed {count} item(s) as unchanged. {counts}</source>
      <translation>{count} élément(s) confirmé(s) comme inchangé(s). {counts}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1074" />
      <source>Connection file:</source>
      <translation>Fichier de connexion :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1075" />
      <source>Connection:</source>
      <translation>Connexion :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1076" />
      <source>Copied {record} #{id} to #{new_id}.</source>
      <translation>{record} #{id} copié(e) vers #{new_id}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1077" />
      <source>Country where your organisation is established (code or name, e.g. RO; Enter to skip): </source>
      <translation>Pays d'établissement de votre organisme (code ou nom, p. ex. FR ; Entrée pour passer) : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1078" />
      <source>Covers whole file:</source>
      <translation>Couvre tout le fichier :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1079" />
      <source>Created the demo register at {path}: {counts}.</source>
      <translation>Registre de démonstration créé dans {path} : {counts}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1080" />
      <source>Created the register for {organisation} at {path}.</source>
      <translation>Registre de {organisation} créé dans {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1081" />
      <source>Created the team register for {organisation} on {server}; {person} is its first manager.</source>
      <translation>Registre d'équipe de {organisation} créé sur {server} ; {person} en est le premier gestionnaire.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1082" />
      <source>DUE SOON</source>
      <translation>ÉCHÉANCE PROCHE</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1083" />
      <source>Deadlines skip the public holidays of {where} (Art. 12(3)); dates are shown in {zone}.</source>
      <translation>Les échéances excluent les jours fériés de {where} (art. 12(3)) ; les dates sont affichées dans le fuseau {zone}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1084" />
      <source>Delete {record} #{id} "{title}"? The audit trail keeps a copy of what it held.</source>
      <translation>Supprimer {record} #{id} « {title} » ? Le journal d'audit conserve une copie de son contenu.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1085" />
      <source>Deleted {record} #{id} "{title}".</source>
      <translation>{record} #{id} « {title} » supprimé(e).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1086" />
      <source>Document the breach</source>
      <translation>Documenter la violation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1087" />
      <source>Dry run: nothing was imported.</source>
      <translation>Simulation : rien n'a été importé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1088" />
      <source>Duties</source>
      <translation>Obligations</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1089" />
      <source>Each is a starting point to adjust. 'atlas templates NAME' shows one; 'atlas add activity --template NAME' adds it to the register.</source>
      <translation>Chacun est un point de départ à adapter. « atlas templates NAME » en affiche un ; « atlas add activity --template NAME » l'ajoute au registre.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1090" />
      <source>Each is a starting point: check it with 'atlas show activity ID' and adjust it with 'atlas edit activity ID --set KEY=VALUE'.</source>
      <translation>Chacune est un point de départ : vérifiez-la avec « atlas show activity ID » et adaptez-la avec « atlas edit activity ID --set KEY=VALUE ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1091" />
      <source>Export it for others with 'atlas cert export --out FILE.pem'.</source>
      <translation>Exportez-le pour d'autres avec « atlas cert export --out FILE.pem ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1092" />
      <source>File:</source>
      <translation>Fichier :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1093" />
      <source>GAPS</source>
      <translation>LACUNES</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1094" />
      <source>Give either --cert or --register, not both.</source>
      <translation>Indiquez soit --cert, soit --register, pas les deux.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1095" />
      <source>Give either --generate or --new-password-file, not both.</source>
      <translation>Indiquez soit --generate, soit --new-password-file, pas les deux.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1096" />
      <source>Give it to them in person, and ask them to choose their own with 'atlas team password'.</source>
      <translation>Remettez-le-lui en main propre et demandez-lui de choisir le sien avec « atlas team password ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1097" />
      <source>Give it to whoever checks your reports: 'atlas verify REPORT.pdf --cert' it, or add it to a PDF reader's trusted certificates.</source>
      <translation>Remettez-le à quiconque vérifie vos rapports : avec « atlas verify REPORT.pdf --cert », ou en l'ajoutant aux certificats de confiance d'un lecteur PDF.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1098" />
      <source>Give item numbers or --all, not both.</source>
      <translation>Indiquez des numéros d'éléments ou --all, pas les deux.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1099" />
      <source>Give the item numbers ('atlas review status --items' lists them) or --all.</source>
      <translation>Indiquez les numéros des éléments (« atlas review status --items » les liste) ou --all.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1100" />
      <source>Give the item numbers ('atlas review status --items' lists them).</source>
      <translation>Indiquez les numéros des éléments (« atlas review status --items » les liste).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1101" />
      <source>Give the organisation's name with --org.</source>
      <translation>Indiquez le nom de l'organisme avec --org.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1102" />
      <source>Give the {record}'s number, e.g. 'atlas show {entity} 3'.</source>
      <translation>Indiquez le numéro de {record}, p. ex. « atlas show {entity} 3 ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1103" />
      <source>Give your name with --your-name "Your Name" (or set {variable}): the audit trail and sign-offs show who made each change (Art. 5(2)).</source>
      <translation>Indiquez votre nom avec --your-name "Votre Nom" (ou définissez {variable}) : le journal d'audit et les validations indiquent l'auteur de chaque modification (art. 5(2)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1104" />
      <source>Has key</source>
      <translation>A une clé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1105" />
      <source>Imported the certificate of {subject} (SHA-256 {fingerprint}). New reports are signed with it; reports signed before still verify against this register.</source>
      <translation>Certificat de {subject} importé (SHA-256 {fingerprint}). Les nouveaux rapports sont signés avec ce certificat ; les rapports signés auparavant restent vérifiables avec ce registre.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1106" />
      <source>Imported {file} into the team register {server}: {records}, {extras}; its audit trail ({entries}) is kept as imported segment {segment}, anchored in the team's trail. {file} itself was not changed.</source>
      <translation>{file} importé dans le registre d'équipe {server} : {records}, {extras} ; son journal d'audit ({entries}) est conservé comme segment importé {segment}, ancré dans le journal de l'équipe. {file} lui-même n'a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1107" />
      <source>Intact:</source>
      <translation>Intact :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1108" />
      <source>It has no passphrase: 'atlas team password' changes your own password.</source>
      <translation>Il n'a pas de phrase secrète : « atlas team password » change votre propre mot de passe.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1109" />
      <source>It holds personal data and is not encrypted: share it only with those who need it.</source>
      <translation>Il contient des données à caractère personnel et n'est pas chiffré : ne le partagez qu'avec ceux qui en ont besoin.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1110" />
      <source>It holds the signed review, the signed Art. 30 record and the spreadsheet, with a manifest of their hashes (check with 'sha256sum -c MANIFEST.sha256' once unzipped). It is not encrypted: keep it safe. 'atlas review pack' writes it again at any time.</source>
      <translation>Il contient la revue signée, le registre de l'art. 30 signé et le classeur, avec un manifeste de leurs empreintes (vérifiez avec « sha256sum -c MANIFEST.sha256 » après décompression). Il n'est pas chiffré : conservez-le en lieu sûr. « atlas review pack » le réécrit à tout moment.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1111" />
      <source>It is the only way back to the team key (attachments, the signing key, the audit trail's seal) if every manager's password is lost.</source>
      <translation>C'est le seul moyen de retrouver la clé d'équipe (pièces jointes, clé de signature, sceau du journal d'audit) si les mots de passe de tous les gestionnaires sont perdus.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1112" />
      <source>Its address, web form or phone (Enter to skip): </source>
      <translation>Son adresse, formulaire web ou téléphone (Entrée pour passer) : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1113" />
      <source>Its connection file (no password in it) is {path}.</source>
      <translation>Son fichier de connexion (sans mot de passe) est {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1114" />
      <source>Its passphrase is: {passphrase}  (it is a demo: keep no real data in it)</source>
      <translation>Sa phrase secrète est : {passphrase}  (registre de démonstration : n'y mettez aucune donnée réelle)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1115" />
      <source>Its recovery key is made once, by 'atlas team init'; your own way in is your password ('atlas team password' changes it).</source>
      <translation>Sa clé de récupération est créée une seule fois, par « atlas team init » ; votre propre accès est votre mot de passe (« atlas team password » le change).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1116" />
      <source>Its server is backed up by whoever runs the server; 'atlas export xlsx' writes a readable copy.</source>
      <translation>Son serveur est sauvegardé par celui qui l'administre ; « atlas export xlsx » écrit une copie lisible.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1117" />
      <source>JSON rows with: {columns}</source>
      <translation>Lignes JSON avec : {columns}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1118" />
      <source>NO — {why}</source>
      <translation>NON — {why}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1119" />
      <source>New passphrase: </source>
      <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1120" />
      <source>New password for {person}: </source>
      <translation>Nouveau mot de passe pour {person} : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1121" />
      <source>Next: 'atlas review confirm ITEM…' (or --all), 'atlas review retire ITEM…', or edit a record with 'atlas edit' (it then counts as updated). The review can be paused at any time.</source>
      <translation>Ensuite : « atlas review confirm ITEM… » (ou --all), « atlas review retire ITEM… », ou modifiez une fiche avec « atlas edit » (elle compte alors comme mise à jour). La revue peut être interrompue à tout moment.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1122" />
      <source>No acceptable passphrase was chosen; nothing was changed.</source>
      <translation>Aucune phrase secrète acceptable n'a été choisie ; rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1123" />
      <source>No acceptable password was chosen; nothing was changed.</source>
      <translation>Aucun mot de passe acceptable n'a été choisi ; rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1124" />
      <source>No answer was typed; nothing was created.</source>
      <translation>Aucune réponse n'a été saisie ; rien n'a été créé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1125" />
      <source>No audit entries match.</source>
      <translation>Aucune entrée d'audit ne correspond.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1126" />
      <source>No country was given, so deadlines skip weekends only, not public holidays (Art. 12(3)). Set it with: atlas edit organisation --set country=CC --set holiday_country=CC --set time_zone=Continent/City (e.g. RO and Europe/Bucharest)</source>
      <translation>Aucun pays n'a été indiqué : les échéances excluent donc seulement les week-ends, pas les jours fériés (art. 12(3)). Définissez-le avec : atlas edit organisation --set country=CC --set holiday_country=CC --set time_zone=Continent/City (p. ex. FR et Europe/Paris)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1127" />
      <source>No name is recorded in this register, so changes are written as "{unnamed}". Record yours with: atlas whoami --set-name "Your Name" --set-role "Your role"</source>
      <translation>Aucun nom n'est enregistré dans ce registre : les modifications sont donc inscrites sous « {unnamed} ». Enregistrez le vôtre avec : atlas whoami --set-name "Votre Nom" --set-role "Votre rôle"</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1128" />
      <source>No name is recorded yet: give it with --set-name "Your Name".</source>
      <translation>Aucun nom n'est encore enregistré : indiquez-le avec --set-name "Votre Nom".</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1129" />
      <source>No new password given for {person}: use {flag}, or a terminal.</source>
      <translation>Aucun nouveau mot de passe indiqué pour {person} : utilisez {flag} ou un terminal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1130" />
      <source>No new password given for {person}: use {flag}, the {variable} variable, or a terminal.</source>
      <translation>Aucun nouveau mot de passe indiqué pour {person} : utilisez {flag}, la variable {variable} ou un terminal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1131" />
      <source>No password given for {person}: use --new-password-file F, --generate, or a terminal.</source>
      <translation>Aucun mot de passe indiqué pour {person} : utilisez --new-password-file F, --generate ou un terminal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1132" />
      <source>No review has been closed yet, so there is no pack to write.</source>
      <translation>Aucune revue n'a encore été clôturée : il n'y a donc pas de dossier à écrire.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1133" />
      <source>No review is in progress. Start one with 'atlas review start'.</source>
      <translation>Aucune revue n'est en cours. Commencez-en une avec « atlas review start ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1134" />
      <source>No review is in progress. The last one, {title}, was closed on {date}. Start one with 'atlas review start'.</source>
      <translation>Aucune revue n'est en cours. La dernière, {title}, a été clôturée le {date}. Commencez-en une avec « atlas review start ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1135" />
      <source>No review yet. Start one with 'atlas review start'.</source>
      <translation>Aucune revue pour l'instant. Commencez-en une avec « atlas review start ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1136" />
      <source>No sign-in name given: put it in the address ({address}) or use --user NAME.</source>
      <translation>Aucun identifiant de connexion indiqué : mettez-le dans l'adresse ({address}) ou utilisez --user NAME.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1137" />
      <source>No usable answer was given; nothing was created.</source>
      <translation>Aucune réponse utilisable n'a été donnée ; rien n'a été créé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1138" />
      <source>No {records} match.</source>
      <translation>Aucun résultat parmi les {records}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1139" />
      <source>No {records} yet.</source>
      <translation>Pas encore de fiches ({records}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1140" />
      <source>No {secret} given: use {flag}, the {env} variable, or a terminal.</source>
      <translation>Aucun(e) {secret} indiqué(e) : utilisez {flag}, la variable {env} ou un terminal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1141" />
      <source>Not started: {rules}</source>
      <translation>Pas commencée : {rules}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1142" />
      <source>Nothing to change: give --set KEY=VALUE, --add KEY=VALUE or --from-json FILE.</source>
      <translation>Rien à modifier : indiquez --set KEY=VALUE, --add KEY=VALUE ou --from-json FILE.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1143" />
      <source>Nothing to do: no deadline is near and no gap was found.</source>
      <translation>Rien à faire : aucune échéance n'est proche et aucune lacune n'a été trouvée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1144" />
      <source>Nothing was deleted.</source>
      <translation>Rien n'a été supprimé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1145" />
      <source>Nothing was imported: no row without problems is new or changed.</source>
      <translation>Rien n'a été importé : aucune ligne sans problème n'est nouvelle ou modifiée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1146" />
      <source>Nothing was imported: the register already holds what the file says.</source>
      <translation>Rien n'a été importé : le registre contient déjà ce qu'indique le fichier.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1147" />
      <source>Notify the authority</source>
      <translation>Notifier l'autorité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1148" />
      <source>OVERDUE</source>
      <translation>EN RETARD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1149" />
      <source>On this computer changes are written as {person} (Preferences' "Your name" or {variable}).</source>
      <translation>Sur cet ordinateur, les modifications sont inscrites au nom de {person} (« Votre nom » dans les Préférences, ou {variable}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1150" />
      <source>Organisation name: </source>
      <translation>Nom de l'organisme : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1151" />
      <source>Organisation:</source>
      <translation>Organisme :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1152" />
      <source>PKCS#12 password</source>
      <translation>Mot de passe PKCS#12</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1153" />
      <source>Passphrase for {name}: </source>
      <translation>Phrase secrète de {name} : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1154" />
      <source>Passphrase in force when the backup {name} was made: </source>
      <translation>Phrase secrète en vigueur lors de la création de la sauvegarde {name} : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1155" />
      <source>Passphrase of the backup {name}: </source>
      <translation>Phrase secrète de la sauvegarde {name} : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1156" />
      <source>Password for you @ {server}: </source>
      <translation>Votre mot de passe @ {server} : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1157" />
      <source>Password for {person} @ {server}: </source>
      <translation>Mot de passe de {person} @ {server} : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1158" />
      <source>Password of {name} (empty if none): </source>
      <translation>Mot de passe de {name} (vide s'il n'y en a pas) : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1159" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1160" />
      <source>Press Enter to accept it, or type the name of your authority: </source>
      <translation>Appuyez sur Entrée pour l'accepter, ou saisissez le nom de votre autorité : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1161" />
      <source>Public communication</source>
      <translation>Communication publique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1162" />
      <source>Public holidays differ by region in {country}: {regions}</source>
      <translation>Les jours fériés varient selon la région en/au {country} : {regions}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1163" />
      <source>Recorded in this register: {person}.</source>
      <translation>Enregistré dans ce registre : {person}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1164" />
      <source>Recorded: {person}. The audit trail and sign-offs show this name from now on.</source>
      <translation>Enregistré : {person}. Le journal d'audit et les validations affichent désormais ce nom.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1165" />
      <source>Region (its code; Enter for the national holidays only): </source>
      <translation>Région (son code ; Entrée pour les seuls jours fériés nationaux) : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1166" />
      <source>Register {path} (schema {schema}, organisation: {organisation})</source>
      <translation>Registre {path} (schéma {schema}, organisme : {organisation})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1167" />
      <source>Remove {filename} from {entity} #{id}?</source>
      <translation>Retirer {filename} de {entity} #{id} ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1168" />
      <source>Removed {filename}.</source>
      <translation>{filename} retiré.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1169" />
      <source>Removed {person}: they can no longer open this team register. What they recorded, and the audit trail naming them, stay.</source>
      <translation>{person} a été retiré : cette personne ne peut plus ouvrir ce registre d'équipe. Ce qu'elle a enregistré, et le journal d'audit qui la nomme, sont conservés.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1170" />
      <source>Reopened {count} confirmed item(s). {counts}</source>
      <translation>{count} élément(s) confirmé(s) rouvert(s). {counts}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1171" />
      <source>Restored the key file of {name} from {backup}; the register's data was not touched.</source>
      <translation>Fichier de clé de {name} restauré depuis {backup} ; les données du registre n'ont pas été modifiées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1172" />
      <source>Restored {path} from {backup} (verified; {entries} in its audit trail).</source>
      <translation>{path} restauré depuis {backup} (vérifié ; {entries} dans son journal d'audit).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1173" />
      <source>Result:</source>
      <translation>Résultat :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1174" />
      <source>Retired {count} item(s): kept in the history, no longer in force. {counts}</source>
      <translation>{count} élément(s) retiré(s) : conservé(s) dans l'historique, plus en vigueur. {counts}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1175" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1176" />
      <source>Role:</source>
      <translation>Rôle :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1177" />
      <source>SHA-256 fingerprint: {fingerprint}</source>
      <translation>Empreinte SHA-256 : {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1178" />
      <source>Saved processing activity #{id} "{title}" from a template.</source>
      <translation>Activité de traitement #{id} « {title} » enregistrée à partir d'un modèle.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1179" />
      <source>Saved {record} #{id} "{title}".</source>
      <translation>{record} #{id} « {title} » enregistré(e).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1180" />
      <source>Say which team register: --register {address}, or --register FILE.atlas-team.</source>
      <translation>Indiquez quel registre d'équipe : --register {address}, ou --register FILE.atlas-team.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1181" />
      <source>Schema:</source>
      <translation>Schéma :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1182" />
      <source>Score {score}: {level}</source>
      <translation>Score {score} : {level}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1183" />
      <source>Sent {breaches} from this computer's outbox to {where}, with their original times; the outbox is empty and was removed.</source>
      <translation>{breaches} envoyée(s) de la boîte d'envoi de cet ordinateur vers {where}, avec leurs heures d'origine ; la boîte d'envoi est vide et a été supprimée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1184" />
      <source>Sent {breaches} from this computer's outbox to {where}, with their original times; the outbox is empty.</source>
      <translation>{breaches} envoyée(s) de la boîte d'envoi de cet ordinateur vers {where}, avec leurs heures d'origine ; la boîte d'envoi est vide.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1185" />
      <source>Sent {breaches} from this computer's outbox to {where}, with their original times; {left} still wait in the outbox.</source>
      <translation>{breaches} envoyée(s) de la boîte d'envoi de cet ordinateur vers {where}, avec leurs heures d'origine ; {left} attendent encore dans la boîte d'envoi.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1186" />
      <source>Server:</source>
      <translation>Serveur :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1187" />
      <source>Sign in with --register {address} or --register {path}; add the others with 'atlas team add-user NAME --role editor --register ...'.</source>
      <translation>Connectez-vous avec --register {address} ou --register {path} ; ajoutez les autres avec « atlas team add-user NAME --role editor --register ... ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1188" />
      <source>Signed in as {person}: the audit trail and sign-offs show this name.</source>
      <translation>Connecté en tant que {person} : le journal d'audit et les validations affichent ce nom.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1189" />
      <source>Signed in as:</source>
      <translation>Connecté en tant que :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1190" />
      <source>Signer:</source>
      <translation>Signataire :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1191" />
      <source>Signing time:</source>
      <translation>Heure de signature :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1192" />
      <source>Started {title}. The year's figures cover {period}; the register's state is anchored at audit entry {count} ({head}…).</source>
      <translation>{title} commencée. Les chiffres de l'année couvrent {period} ; l'état du registre est ancré à l'entrée d'audit {count} ({head}…).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1193" />
      <source>Still to answer: {fields} (the worst case was assumed).</source>
      <translation>Reste à répondre : {fields} (le pire cas a été retenu).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1194" />
      <source>Supervisory authority for breaches (Art. 33(1)): {authority}</source>
      <translation>Autorité de contrôle pour les violations (art. 33(1)) : {authority}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1195" />
      <source>Supervisory authority for {country}: {authority}</source>
      <translation>Autorité de contrôle pour {country} : {authority}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1196" />
      <source>Supervisory authority you notify of a breach (Enter to skip): </source>
      <translation>Autorité de contrôle à laquelle vous notifiez une violation (Entrée pour passer) : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1197" />
      <source>Team recovery key: </source>
      <translation>Clé de récupération d'équipe : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1198" />
      <source>Team register {server} (schema {schema}, organisation: {organisation})</source>
      <translation>Registre d'équipe {server} (schéma {schema}, organisme : {organisation})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1199" />
      <source>Tell the client (controller)</source>
      <translation>Informer le client (responsable du traitement)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1200" />
      <source>Tell the people affected</source>
      <translation>Informer les personnes concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1201" />
      <source>Template {key}: {name}</source>
      <translation>Modèle {key} : {name}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1202" />
      <source>Templates are for processing activities only: 'atlas add {entity} --template NAME'. 'atlas templates' lists them.</source>
      <translation>Les modèles ne concernent que les activités de traitement : « atlas add {entity} --template NAME ». « atlas templates » les liste.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1203" />
      <source>That is the register's own file; choose another name for the certificate.</source>
      <translation>C'est le fichier du registre lui-même ; choisissez un autre nom pour le certificat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1204" />
      <source>The demo register is a file on this computer: give --register a file path.</source>
      <translation>Le registre de démonstration est un fichier sur cet ordinateur : donnez à --register un chemin de fichier.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1205" />
      <source>The folder {path} does not exist.</source>
      <translation>Le dossier {path} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1206" />
      <source>The key file it replaced was kept as {path}.</source>
      <translation>Le fichier de clé remplacé a été conservé sous {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1207" />
      <source>The new password is the one you have now; nothing was changed.</source>
      <translation>Le nouveau mot de passe est celui que vous avez déjà ; rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1208" />
      <source>The organisation's name (--org) cannot be empty.</source>
      <translation>Le nom de l'organisme (--org) ne peut pas être vide.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1209" />
      <source>The organisation's name cannot be empty.</source>
      <translation>Le nom de l'organisme ne peut pas être vide.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1210" />
      <source>The passphrase was changed. The recovery key is unchanged and still works.</source>
      <translation>La phrase secrète a été changée. La clé de récupération est inchangée et fonctionne toujours.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1211" />
      <source>The register it replaced was kept as {path}.</source>
      <translation>Le registre remplacé a été conservé sous {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1212" />
      <source>The register now opens with the passphrase and recovery key that were in force when that backup was made.</source>
      <translation>Le registre s'ouvre désormais avec la phrase secrète et la clé de récupération en vigueur lors de la création de cette sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1213" />
      <source>The sign-in name cannot be empty.</source>
      <translation>L'identifiant de connexion ne peut pas être vide.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1214" />
      <source>The team recovery key is needed to upgrade (it unlocks the key of the backup made first): use --recovery-key-file F, the file 'atlas team init' wrote, or a terminal.</source>
      <translation>La clé de récupération d'équipe est nécessaire pour la mise à niveau (elle déverrouille la clé de la sauvegarde faite au préalable) : utilisez --recovery-key-file F, le fichier écrit par « atlas team init », ou un terminal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1215" />
      <source>The team recovery key was written to {path} (readable by you only): print it or move it to safe storage. {why}</source>
      <translation>La clé de récupération d'équipe a été écrite dans {path} (lisible par vous seul) : imprimez-la ou placez-la en lieu sûr. {why}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1216" />
      <source>The team register {server} is already at schema {version}: nothing to upgrade.</source>
      <translation>Le registre d'équipe {server} est déjà au schéma {version} : rien à mettre à niveau.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1217" />
      <source>The two passphrases differ; please try again.</source>
      <translation>Les deux phrases secrètes diffèrent ; veuillez réessayer.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1218" />
      <source>The two passwords differ; please try again.</source>
      <translation>Les deux mots de passe diffèrent ; veuillez réessayer.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1219" />
      <source>The {kind} report covers the whole register; --id goes with dpia and breach only.</source>
      <translation>Le rapport {kind} couvre tout le registre ; --id ne s'utilise qu'avec dpia et breach.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1220" />
      <source>The {kind} report is about one record: give its number with --id ('atlas list {entity}' shows them).</source>
      <translation>Le rapport {kind} porte sur une seule fiche : indiquez son numéro avec --id (« atlas list {entity} » les affiche).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1221" />
      <source>The {secret} file {path} is not UTF-8 text; save it as UTF-8 and try again.</source>
      <translation>Le fichier de {secret} {path} n'est pas du texte UTF-8 ; enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1222" />
      <source>Their password, shown only this once: {password}</source>
      <translation>Son mot de passe, affiché une seule fois : {password}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1223" />
      <source>There is no file {path}.</source>
      <translation>Le fichier {path} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1224" />
      <source>There is no outbox on this computer for {where}: nothing to send.</source>
      <translation>Il n'y a pas de boîte d'envoi sur cet ordinateur pour {where} : rien à envoyer.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1225" />
      <source>There is no register file at {path}.</source>
      <translation>Il n'y a pas de fichier de registre à l'emplacement {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1226" />
      <source>There is one {record}: change it with 'atlas edit {entity} --set KEY=VALUE'.</source>
      <translation>Il n'y a qu'une fiche {record} : modifiez-la avec « atlas edit {entity} --set KEY=VALUE ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1227" />
      <source>They sign in with --register {address}.</source>
      <translation>Cette personne se connecte avec --register {address}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1228" />
      <source>This computer no longer remembers the register; the passphrase is needed to open it.</source>
      <translation>Cet ordinateur ne mémorise plus le registre ; la phrase secrète est nécessaire pour l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1229" />
      <source>This computer now remembers the audit trail as {entries}.</source>
      <translation>Cet ordinateur mémorise désormais le journal d'audit à {entries}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1230" />
      <source>This computer now remembers the register in the system keyring ({keyring}).</source>
      <translation>Cet ordinateur mémorise désormais le registre dans le trousseau du système ({keyring}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1231" />
      <source>This register has no signing certificate yet, so it signed no report.</source>
      <translation>Ce registre n'a pas encore de certificat de signature : il n'a donc signé aucun rapport.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1232" />
      <source>Trusted:</source>
      <translation>De confiance :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1233" />
      <source>Type it again: </source>
      <translation>Saisissez-la à nouveau : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1234" />
      <source>Upgraded the team register {server} from schema {old} to {new}. An encrypted backup ({what}; the team recovery key opens it) was made first: {path}.</source>
      <translation>Registre d'équipe {server} mis à niveau du schéma {old} au schéma {new}. Une sauvegarde chiffrée ({what} ; la clé de récupération d'équipe l'ouvre) a d'abord été faite : {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1235" />
      <source>Whoever runs its server restores it from the server's backups.</source>
      <translation>Celui qui administre son serveur le restaure à partir des sauvegardes du serveur.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1236" />
      <source>With no DPO recorded, {person} is named in the record as the person responsible for data protection; change it with: atlas edit organisation --set responsible_name="Name"</source>
      <translation>Aucun DPO n'étant enregistré, {person} est désigné dans le registre comme responsable de la protection des données ; modifiez-le avec : atlas edit organisation --set responsible_name="Nom"</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1237" />
      <source>Wrote the pack of {title} to {path} (SHA-256 {sha256}). It is not encrypted.</source>
      <translation>Dossier de {title} écrit dans {path} (SHA-256 {sha256}). Il n'est pas chiffré.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1238" />
      <source>Wrote {count} {records} to {path}. It is not encrypted: keep it somewhere safe, and delete it when done.</source>
      <translation>{count} {records} écrit(e)s dans {path}. Le fichier n'est pas chiffré : conservez-le en lieu sûr et supprimez-le une fois terminé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1239" />
      <source>Wrote {path}, signed by {signer} (certificate SHA-256 {fingerprint}…).</source>
      <translation>{path} écrit, signé par {signer} (certificat SHA-256 {fingerprint}…).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1240" />
      <source>Wrote {path}.</source>
      <translation>{path} écrit.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1241" />
      <source>Wrote {path}. It is not encrypted: keep it somewhere safe, and delete it when done.</source>
      <translation>{path} écrit. Il n'est pas chiffré : conservez-le en lieu sûr et supprimez-le une fois terminé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1242" />
      <source>Wrote {path}: the certificate of {subject}, valid until {date}.</source>
      <translation>{path} écrit : le certificat de {subject}, valide jusqu'au {date}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1243" />
      <source>You cannot remove yourself: ask another manager to do it.</source>
      <translation>Vous ne pouvez pas vous retirer vous-même : demandez-le à un autre gestionnaire.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1244" />
      <source>Your name (shown in the audit trail and on sign-offs): </source>
      <translation>Votre nom (affiché dans le journal d'audit et sur les validations) : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1245" />
      <source>Your name in the audit trail and on sign-offs: {person}</source>
      <translation>Votre nom dans le journal d'audit et sur les validations : {person}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1246" />
      <source>Your own assessment: {risk} — {reason}</source>
      <translation>Votre propre évaluation : {risk} — {reason}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1247" />
      <source>Your password was changed, and your copy of the team key now opens with it. Sign in with the new password from now on.</source>
      <translation>Votre mot de passe a été changé, et votre copie de la clé d'équipe s'ouvre désormais avec lui. Connectez-vous dorénavant avec le nouveau mot de passe.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1248" />
      <source>Your role (e.g. Office manager; Enter to skip): </source>
      <translation>Votre rôle (p. ex. Responsable administratif ; Entrée pour passer) : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1249" />
      <source>Your sign-in name: </source>
      <translation>Votre identifiant de connexion : </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1250" />
      <source>[assumed]</source>
      <translation>[supposé]</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1251" />
      <source>a manager</source>
      <translation>gestionnaire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1252" />
      <source>a reader</source>
      <translation>lecteur</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1253" />
      <source>an editor</source>
      <translation>rédacteur</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1254" />
      <source>atlas: The {record} was not saved:</source>
      <translation>atlas : {record} n'a pas été enregistré(e) :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1255" />
      <source>atlas: note: no name is recorded for you in this register, so changes are written in the audit trail as "{unnamed}". Record yours once with: atlas whoami --set-name "Your Name" (or set {variable}).</source>
      <translation>atlas : remarque : aucun nom n'est enregistré pour vous dans ce registre ; les modifications sont donc inscrites dans le journal d'audit sous « {unnamed} ». Enregistrez le vôtre une fois pour toutes avec : atlas whoami --set-name "Votre Nom" (ou définissez {variable}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1256" />
      <source>atlas: note: the disk holding {name} is full, so it was opened read-only: reading it, exporting it and backing it up to another disk work; changes need free space first.</source>
      <translation>atlas : remarque : le disque contenant {name} est plein, il a donc été ouvert en lecture seule : la lecture, l'export et la sauvegarde vers un autre disque fonctionnent ; les modifications nécessitent d'abord de l'espace libre.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1257" />
      <source>atlas: warning: cannot write the recovery key to {path} ({error}).</source>
      <translation>atlas : avertissement : impossible d'écrire la clé de récupération dans {path} ({error}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1258" />
      <source>atlas: warning: {message}</source>
      <translation>atlas : avertissement : {message}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1259" />
      <source>audit trail: {entries}, head {head}…</source>
      <translation>journal d'audit : {entries}, tête {head}…</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1260" />
      <source>audit trail: {entries}, head {head}…, matches {count} anchor(s)</source>
      <translation>journal d'audit : {entries}, tête {head}…, correspond à {count} ancre(s)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1261" />
      <source>audit trail: {entries}, head {head}…, matches {count} anchor(s) from backups</source>
      <translation>journal d'audit : {entries}, tête {head}…, correspond à {count} ancre(s) issue(s) des sauvegardes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1262" />
      <source>audit trail: {problem}</source>
      <translation>journal d'audit : {problem}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1263" />
      <source>choices (or your own entry): {choices}</source>
      <translation>choix (ou votre propre saisie) : {choices}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1264" />
      <source>choices: {choices}</source>
      <translation>choix : {choices}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1265" />
      <source>closed {date} by {person}</source>
      <translation>clôturée le {date} par {person}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1266" />
      <source>computed</source>
      <translation>calculé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1267" />
      <source>content was added after signing</source>
      <translation>du contenu a été ajouté après la signature</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1268" />
      <source>done</source>
      <translation>fait</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1269" />
      <source>editor</source>
      <translation>rédacteur</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1270" />
      <source>encrypted (TLS)</source>
      <translation>chiffrée (TLS)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1271" />
      <source>encrypted pages and database structure are intact</source>
      <translation>les pages chiffrées et la structure de la base de données sont intactes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1272" />
      <source>encryption unknown</source>
      <translation>chiffrement inconnu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1273" />
      <source>export of every table</source>
      <translation>export de toutes les tables</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1274" />
      <source>in progress</source>
      <translation>en cours</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1275" />
      <source>it was changed or damaged</source>
      <translation>il a été modifié ou endommagé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1276" />
      <source>last backup {time} UTC; {count} kept in {folder}</source>
      <translation>dernière sauvegarde {time} UTC ; {count} conservée(s) dans {folder}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1277" />
      <source>manager</source>
      <translation>gestionnaire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1278" />
      <source>needs attention: {reason} ({article})</source>
      <translation>à traiter : {reason} ({article})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1279" />
      <source>new passphrase</source>
      <translation>nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1280" />
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1281" />
      <source>no backup in {folder} yet: run 'atlas backup'</source>
      <translation>pas encore de sauvegarde dans {folder} : lancez « atlas backup »</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1282" />
      <source>no key file or backups to check: each person's key is in the register, and the server's backups are the business of whoever runs the server</source>
      <translation>aucun fichier de clé ni aucune sauvegarde à vérifier : la clé de chaque personne est dans le registre, et les sauvegardes du serveur relèvent de celui qui l'administre</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1283" />
      <source>no reason recorded</source>
      <translation>aucun motif enregistré</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1284" />
      <source>not decided yet</source>
      <translation>pas encore décidé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1285" />
      <source>not encrypted (allowed only for a server on this computer)</source>
      <translation>non chiffrée (autorisé uniquement pour un serveur sur cet ordinateur)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1286" />
      <source>not required</source>
      <translation>non requis</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1287" />
      <source>not required (exemption)</source>
      <translation>non requis (exception)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1288" />
      <source>not signed with {source}</source>
      <translation>non signé avec {source}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1289" />
      <source>note: {note}</source>
      <translation>remarque : {note}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1290" />
      <source>nothing was added after signing</source>
      <translation>rien n'a été ajouté après la signature</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1291" />
      <source>passphrase</source>
      <translation>phrase secrète</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1292" />
      <source>password</source>
      <translation>mot de passe</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1293" />
      <source>pg_dump archive</source>
      <translation>archive pg_dump</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1294" />
      <source>read-only</source>
      <translation>lecture seule</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1295" />
      <source>reader</source>
      <translation>lecteur</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1296" />
      <source>records: every record matches its audit trail</source>
      <translation>fiches : chaque fiche correspond à son journal d'audit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1297" />
      <source>recovery key</source>
      <translation>clé de récupération</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1298" />
      <source>replaced by a public communication</source>
      <translation>remplacé par une communication publique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1299" />
      <source>required</source>
      <translation>obligatoire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1300" />
      <source>signed in as {person} ({role}); connection {connection}</source>
      <translation>connecté en tant que {person} ({role}) ; connexion {connection}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1301" />
      <source>signed with {source}</source>
      <translation>signé avec {source}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1302" />
      <source>the anchor {anchor}… given on the command line</source>
      <translation>l'ancre {anchor}… indiquée sur la ligne de commande</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1303" />
      <source>the certificate in {path}</source>
      <translation>le certificat dans {path}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1304" />
      <source>the client's decision</source>
      <translation>décision du client</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1305" />
      <source>the register's certificate</source>
      <translation>le certificat du registre</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1306" />
      <source>the signature does not hold</source>
      <translation>la signature n'est pas valide</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1307" />
      <source>the signed content is unchanged</source>
      <translation>le contenu signé est inchangé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1308" />
      <source>to do</source>
      <translation>à faire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1309" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1310" />
      <source>yes — {why}</source>
      <translation>oui — {why}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1311" />
      <source>{country}, region {region}</source>
      <translation>{country}, région {region}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1312" />
      <source>{count} items to confirm, update or retire:</source>
      <translation>{count} éléments à confirmer, mettre à jour ou retirer :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1313" />
      <source>{count} {records}.</source>
      <translation>{count} {records}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1314" />
      <source>{done} of {total} reviewed: {confirmed} confirmed unchanged, {updated} updated, {retired} retired, {open} still open.</source>
      <translation>{done} sur {total} revus : {confirmed} confirmés inchangés, {updated} mis à jour, {retired} retirés, {open} encore ouverts.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1315" />
      <source>{entity} #{id} has no attachments.</source>
      <translation>{entity} #{id} n'a pas de pièces jointes.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1316" />
      <source>{entity} #{id}: {title}</source>
      <translation>{entity} #{id} : {title}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1317" />
      <source>{entity} has no field {key}; see 'atlas fields {entity_key}'.</source>
      <translation>{entity} n'a pas de champ {key} ; voir « atlas fields {entity_key} ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1318" />
      <source>{field} ({key}) is worked out automatically and cannot be set.</source>
      <translation>{field} ({key}) est calculé automatiquement et ne peut pas être défini.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1319" />
      <source>{field} ({key}): {error}.</source>
      <translation>{field} ({key}) : {error}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1320" />
      <source>{filename}  {size} bytes  {media_type}  added {time}Z by {person}</source>
      <translation>{filename}  {size} octets  {media_type}  ajouté le {time}Z par {person}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1321" />
      <source>{flag} is for a register file on this computer: sign in to a team register with your password (--password-file, or the {variable} variable).</source>
      <translation>{flag} concerne un fichier de registre sur cet ordinateur : connectez-vous à un registre d'équipe avec votre mot de passe (--password-file, ou la variable {variable}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1322" />
      <source>{flag} is for a team register ({address} or a .atlas-team file); a register file on this computer opens with its passphrase.</source>
      <translation>{flag} concerne un registre d'équipe ({address} ou un fichier .atlas-team) ; un fichier de registre sur cet ordinateur s'ouvre avec sa phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1323" />
      <source>{flag} takes KEY=VALUE, not {given}.</source>
      <translation>{flag} attend KEY=VALUE, et non {given}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1324" />
      <source>{flag} takes a date like 2026-11-22 or 2026-11-22T14:30, not {given}.</source>
      <translation>{flag} attend une date comme 2026-11-22 ou 2026-11-22T14:30, et non {given}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1325" />
      <source>{heading} It is shown only this once: write it down or print it, and keep it away from this computer. It is the only way in if the passphrase is forgotten.</source>
      <translation>{heading} Elle n'est affichée qu'une seule fois : notez-la ou imprimez-la, et conservez-la à l'écart de cet ordinateur. C'est le seul moyen d'accès si la phrase secrète est oubliée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1326" />
      <source>{heading} It was written to {path} (readable by you only). Print it or move it to safe storage: it is the only way in if the passphrase is forgotten.</source>
      <translation>{heading} Elle a été écrite dans {path} (lisible par vous seul). Imprimez-la ou placez-la en lieu sûr : c'est le seul moyen d'accès si la phrase secrète est oubliée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1327" />
      <source>{name} ({role})</source>
      <translation>{name} ({role})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1328" />
      <source>{path} already exists; choose a new file for the recovery key.</source>
      <translation>{path} existe déjà ; choisissez un nouveau fichier pour la clé de récupération.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1329" />
      <source>{path} already exists; choose a new file for {flag}.</source>
      <translation>{path} existe déjà ; choisissez un nouveau fichier pour {flag}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1330" />
      <source>{path} is a backup of another register.</source>
      <translation>{path} est une sauvegarde d'un autre registre.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1331" />
      <source>{path} is a register file on this computer; this command needs a team register: {address} or a .atlas-team file.</source>
      <translation>{path} est un fichier de registre sur cet ordinateur ; cette commande nécessite un registre d'équipe : {address} ou un fichier .atlas-team.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1332" />
      <source>{path} must hold one JSON object of field keys and values.</source>
      <translation>{path} doit contenir un seul objet JSON de clés de champs et de valeurs.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1333" />
      <source>{person} was already a member ({before}); now {role}, with the new password.</source>
      <translation>{person} était déjà membre ({before}) ; désormais {role}, avec le nouveau mot de passe.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1334" />
      <source>{problems} in {rows}</source>
      <translation>{problems} dans {rows}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1335" />
      <source>{problem} Give the note with --note "why it stands as it is".</source>
      <translation>{problem} Indiquez la note avec --note "pourquoi cela reste en l'état".</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1336" />
      <source>{problem} No passphrase given: use --passphrase-file, the {variable} variable, or a terminal.</source>
      <translation>{problem} Aucune phrase secrète indiquée : utilisez --passphrase-file, la variable {variable} ou un terminal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1337" />
      <source>{summary} Each change is in the audit trail as an import.</source>
      <translation>{summary} Chaque modification figure dans le journal d'audit en tant qu'import.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1338" />
      <source>{time} (as the signer's clock said)</source>
      <translation>{time} (selon l'horloge du signataire)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1339" />
      <source>{title} cannot be closed yet: {count} item(s) are still open.</source>
      <translation>{title} ne peut pas encore être clôturée : {count} élément(s) reste(nt) ouvert(s).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1340" />
      <source>{title}: {state}; started {date} by {person}; figures for {period}.</source>
      <translation>{title} : {state} ; commencée le {date} par {person} ; chiffres pour {period}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1341" />
      <source>… and {count} more records differ from the audit trail</source>
      <translation>… et {count} autres fiches diffèrent du journal d'audit</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2001" />
      <source>%n (person|people).</source>
      <translation>
        <numerusform>%n personne.</numerusform>
        <numerusform>%n personnes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2002" />
      <source>%n (person|staff)</source>
      <translation>
        <numerusform>%n membre du personnel</numerusform>
        <numerusform>%n membres du personnel</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2003" />
      <source>%n DPIA(s)</source>
      <translation>
        <numerusform>%n AIPD</numerusform>
        <numerusform>%n AIPD</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2004" />
      <source>%n attachment(s)</source>
      <translation>
        <numerusform>%n pièce jointe</numerusform>
        <numerusform>%n pièces jointes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2005" />
      <source>%n breach(es)</source>
      <translation>
        <numerusform>%n violation</numerusform>
        <numerusform>%n violations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2006" />
      <source>%n closed review(s)</source>
      <translation>
        <numerusform>%n revue clôturée</numerusform>
        <numerusform>%n revues clôturées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2007" />
      <source>%n consent(s)</source>
      <translation>
        <numerusform>%n consentement</numerusform>
        <numerusform>%n consentements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2008" />
      <source>%n due soon</source>
      <translation>
        <numerusform>%n à échéance proche</numerusform>
        <numerusform>%n à échéance proche</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2009" />
      <source>%n entr(y|ies)</source>
      <translation>
        <numerusform>%n entrée</numerusform>
        <numerusform>%n entrées</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2010" />
      <source>%n gap(s)</source>
      <translation>
        <numerusform>%n lacune</numerusform>
        <numerusform>%n lacunes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2011" />
      <source>%n need(s|) your attention, so (it|they) (was|were) not confirmed with the rest: open each one and put it right, or confirm it with a note ('atlas review confirm ITEM --note "why it stands as it is"').</source>
      <translation>
        <numerusform>%n élément demande votre attention : il n'a donc pas été confirmé avec les autres. Ouvrez-le et corrigez-le, ou confirmez-le avec une note (« atlas review confirm ITEM --note "pourquoi cela reste en l'état" »).</numerusform>
        <numerusform>%n éléments demandent votre attention : ils n'ont donc pas été confirmés avec les autres. Ouvrez chacun d'eux et corrigez-le, ou confirmez-le avec une note (« atlas review confirm ITEM --note "pourquoi cela reste en l'état" »).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2012" />
      <source>%n overdue</source>
      <translation>
        <numerusform>%n en retard</numerusform>
        <numerusform>%n en retard</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2013" />
      <source>%n polic(y|ies)</source>
      <translation>
        <numerusform>%n politique</numerusform>
        <numerusform>%n politiques</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2014" />
      <source>%n processing activit(y|ies)</source>
      <translation>
        <numerusform>%n activité de traitement</numerusform>
        <numerusform>%n activités de traitement</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2015" />
      <source>%n processor(s)</source>
      <translation>
        <numerusform>%n sous-traitant</numerusform>
        <numerusform>%n sous-traitants</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2016" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n fiche</numerusform>
        <numerusform>%n fiches</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2017" />
      <source>%n rights request(s)</source>
      <translation>
        <numerusform>%n demande d'exercice de droits</numerusform>
        <numerusform>%n demandes d'exercice de droits</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2018" />
      <source>%n training</source>
      <translation>
        <numerusform>%n formation</numerusform>
        <numerusform>%n formations</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2019" />
      <source>'atlas check --register {path}' lists its %n finding(s).</source>
      <translation>
        <numerusform>« atlas check --register {path} » liste son constat (%n).</numerusform>
        <numerusform>« atlas check --register {path} » liste ses %n constats.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2020" />
      <source>Nothing was imported. Fix the problems and try again, or add --skip-invalid to import the %n valid row(s) only.</source>
      <translation>
        <numerusform>Rien n'a été importé. Corrigez les problèmes et réessayez, ou ajoutez --skip-invalid pour n'importer que la ligne valide (%n).</numerusform>
        <numerusform>Rien n'a été importé. Corrigez les problèmes et réessayez, ou ajoutez --skip-invalid pour n'importer que les %n lignes valides.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2021" />
      <source>{count} problem(s)</source>
      <translation>
        <numerusform>{count} problème</numerusform>
        <numerusform>{count} problèmes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2022" />
      <source>{count} row(s)</source>
      <translation>
        <numerusform>{count} ligne</numerusform>
        <numerusform>{count} lignes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>editors</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/form.py" line="69" />
      <source>Worked out automatically: {0}</source>
      <translation>Calculé automatiquement : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="43" />
      <source>Pick a date</source>
      <translation>Choisir une date</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="44" />
      <source>Pick a date from a calendar</source>
      <translation>Choisir une date dans un calendrier</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/sections.py" line="159" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
  </context>
  <context>
    <name>judgements</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1342" />
      <source>"{name}"</source>
      <translation>« {name} »</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1343" />
      <source>(unnamed)</source>
      <translation>(sans nom)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1344" />
      <source>A Data Protection Officer is required</source>
      <translation>Un délégué à la protection des données est obligatoire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1345" />
      <source>A Data Protection Officer may be required</source>
      <translation>Un délégué à la protection des données peut être obligatoire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1346" />
      <source>Automated evaluation of people (profiling or scoring) with decisions that have legal or similarly significant effects: a DPIA is required (Art. 35(3)(a)).</source>
      <translation>Évaluation automatisée de personnes (profilage ou notation) avec des décisions produisant des effets juridiques ou similaires significatifs : une AIPD est obligatoire (art. 35(3)(a)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1347" />
      <source>Counted from the activity's own fields: {criteria} (WP248 rev.01).</source>
      <translation>Décompté à partir des champs de l'activité elle-même : {criteria} (WP248 rév.01).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1348" />
      <source>Every activity is occasional, without special-category or criminal data and without a risk the screening shows; say how many employees you have: from 250 the record is always required (Art. 30(5)).</source>
      <translation>Toutes les activités sont occasionnelles, sans données de catégorie particulière ni données pénales et sans risque relevé par la pré-évaluation ; indiquez votre nombre d'employés : à partir de 250, le registre est toujours obligatoire (art. 30(5)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1349" />
      <source>In Germany a DPO is also required when data is processed commercially to be passed on or for market or opinion research (§ 38(1) BDSG).</source>
      <translation>En Allemagne, un DPO est également obligatoire lorsque des données sont traitées à titre commercial en vue de leur transmission ou pour des études de marché ou d'opinion (§ 38(1) BDSG).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1350" />
      <source>In Germany, processing that needs a DPIA ({names}) makes a DPO required, whatever the number of staff (§ 38(1) BDSG, Art. 35).</source>
      <translation>En Allemagne, un traitement nécessitant une AIPD ({names}) rend un DPO obligatoire, quel que soit l'effectif (§ 38(1) BDSG, art. 35).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1351" />
      <source>No Data Protection Officer is required</source>
      <translation>Aucun délégué à la protection des données n'est obligatoire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1352" />
      <source>No activity is recorded yet. Any payroll or customer file is not occasional, so it makes the record required (Art. 30(5)): record your activities to be sure.</source>
      <translation>Aucune activité n'est encore enregistrée. Un fichier de paie ou de clients n'est pas occasionnel et rend donc le registre obligatoire (art. 30(5)) : enregistrez vos activités pour en être sûr.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1353" />
      <source>One WP248 criterion is met: consider a DPIA and record why not (WP248 rev.01).</source>
      <translation>Un critère WP248 est rempli : envisagez une AIPD et indiquez pourquoi vous n'en faites pas (WP248 rév.01).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1354" />
      <source>Say how many people constantly work with personal data on computers: in Germany, from {threshold} a DPO is required (§ 38(1) BDSG).</source>
      <translation>Indiquez combien de personnes traitent en permanence des données à caractère personnel sur ordinateur : en Allemagne, à partir de {threshold}, un DPO est obligatoire (§ 38(1) BDSG).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1355" />
      <source>Special-category or criminal-offence data on a large scale: a DPIA is required (Art. 35(3)(b)).</source>
      <translation>Données de catégorie particulière ou relatives aux infractions pénales à grande échelle : une AIPD est obligatoire (art. 35(3)(b)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1356" />
      <source>Systematic monitoring of a publicly accessible area on a large scale: a DPIA is required (Art. 35(3)(c)).</source>
      <translation>Surveillance systématique à grande échelle d'une zone accessible au public : une AIPD est obligatoire (art. 35(3)(c)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1357" />
      <source>The record must cover at least these activities; keeping every activity in it is simplest (WP29 position paper on Art. 30(5)).</source>
      <translation>Le registre doit couvrir au moins ces activités ; le plus simple est d'y inscrire toutes les activités (document de position du G29 sur l'art. 30(5)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1358" />
      <source>The record of processing is optional</source>
      <translation>Le registre des traitements est facultatif</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1359" />
      <source>The record of processing is probably required</source>
      <translation>Le registre des traitements est probablement obligatoire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1360" />
      <source>The record of processing is required</source>
      <translation>Le registre des traitements est obligatoire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1361" />
      <source>The record of processing may be optional</source>
      <translation>Le registre des traitements peut être facultatif</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1362" />
      <source>What counts: a core activity is part of what the office exists to do, not support such as payroll or IT (WP243 rev.01 § 2.1.2); large scale weighs the number of people, the volume, the duration and the area (§ 2.1.3); regular and systematic monitoring includes tracking, profiling, CCTV and behavioural advertising (§ 2.1.4).</source>
      <translation>Ce qui compte : une activité de base fait partie de la raison d'être du bureau, et non des fonctions de support comme la paie ou l'informatique (WP243 rév.01 § 2.1.2) ; la grande échelle tient compte du nombre de personnes, du volume, de la durée et de l'étendue géographique (§ 2.1.3) ; le suivi régulier et systématique comprend le traçage, le profilage, la vidéosurveillance et la publicité comportementale (§ 2.1.4).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1363" />
      <source>What counts: a hospital's patient files are the example of a core activity (WP243 rev.01 § 2.1.2); a single doctor's are not large scale (§ 2.1.3, Recital 91).</source>
      <translation>Ce qui compte : les dossiers des patients d'un hôpital sont l'exemple type d'une activité de base (WP243 rév.01 § 2.1.2) ; ceux d'un médecin exerçant seul ne relèvent pas de la grande échelle (§ 2.1.3, considérant 91).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1364" />
      <source>Whatever your number of employees, the exemption of Art. 30(5) does not apply:</source>
      <translation>Quel que soit votre nombre d'employés, l'exemption de l'art. 30(5) ne s'applique pas :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1365" />
      <source>You are a public authority or body: a DPO is required whatever data you process (Art. 37(1)(a); WP243 rev.01 § 2.1.1). Only courts acting as courts are exempt.</source>
      <translation>Vous êtes une autorité ou un organisme public : un DPO est obligatoire quelles que soient les données que vous traitez (art. 37(1)(a) ; WP243 rév.01 § 2.1.1). Seules les juridictions agissant dans l'exercice de leur fonction juridictionnelle en sont dispensées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1366" />
      <source>You are not a public body, and your core activities neither monitor people on a large scale nor handle special-category or criminal data on a large scale, so no DPO is required (Art. 37(1); WP243 rev.01 § 2.1). Name the person responsible for data protection instead.</source>
      <translation>Vous n'êtes pas un organisme public, et vos activités de base ne consistent ni à suivre des personnes à grande échelle ni à traiter à grande échelle des données de catégorie particulière ou pénales : aucun DPO n'est donc obligatoire (art. 37(1) ; WP243 rév.01 § 2.1). Désignez plutôt la personne responsable de la protection des données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1367" />
      <source>You may still appoint a DPO voluntarily; the same rules then apply to them (WP243 rev.01 § 2.1).</source>
      <translation>Vous pouvez tout de même désigner un DPO volontairement ; les mêmes règles s'appliquent alors à lui (WP243 rév.01 § 2.1).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1368" />
      <source>You said your main business handles special-category or criminal-offence data on a large scale: a DPO is required (Art. 37(1)(c)).</source>
      <translation>Vous avez indiqué que votre activité principale consiste à traiter à grande échelle des données de catégorie particulière ou relatives aux infractions pénales : un DPO est obligatoire (art. 37(1)(c)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1369" />
      <source>You said your main business monitors people regularly and systematically on a large scale: a DPO is required (Art. 37(1)(b)).</source>
      <translation>Vous avez indiqué que votre activité principale consiste en un suivi régulier et systématique de personnes à grande échelle : un DPO est obligatoire (art. 37(1)(b)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1370" />
      <source>Your activities {names} are core activities that handle special-category or criminal-offence data on a large scale: a DPO is required (Art. 37(1)(c)).</source>
      <translation>Vos activités {names} sont des activités de base qui traitent à grande échelle des données de catégorie particulière ou relatives aux infractions pénales : un DPO est obligatoire (art. 37(1)(c)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1371" />
      <source>Your activities {names} are core activities that monitor people regularly and systematically on a large scale: a DPO is required (Art. 37(1)(b)).</source>
      <translation>Vos activités {names} sont des activités de base qui assurent un suivi régulier et systématique de personnes à grande échelle : un DPO est obligatoire (art. 37(1)(b)).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2023" />
      <source>%n (criterion|criteria) (is|are) met, but the reason no DPIA is needed is recorded (WP248 rev.01).</source>
      <translation>
        <numerusform>%n critère est rempli, mais la raison pour laquelle aucune AIPD n'est nécessaire est enregistrée (WP248 rév.01).</numerusform>
        <numerusform>%n critères sont remplis, mais la raison pour laquelle aucune AIPD n'est nécessaire est enregistrée (WP248 rév.01).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2024" />
      <source>%n WP248 (criterion|criteria) (is|are) met: a DPIA is required in most cases (WP248 rev.01).</source>
      <translation>
        <numerusform>%n critère WP248 est rempli : une AIPD est obligatoire dans la plupart des cas (WP248 rév.01).</numerusform>
        <numerusform>%n critères WP248 sont remplis : une AIPD est obligatoire dans la plupart des cas (WP248 rév.01).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2025" />
      <source>In Germany, %n (person|people) constantly (works|work) with personal data on computers: from {threshold}, as a rule, a DPO is required (§ 38(1) BDSG).</source>
      <translation>
        <numerusform>En Allemagne, %n personne traite en permanence des données à caractère personnel sur ordinateur : à partir de {threshold}, un DPO est en principe obligatoire (§ 38(1) BDSG).</numerusform>
        <numerusform>En Allemagne, %n personnes traitent en permanence des données à caractère personnel sur ordinateur : à partir de {threshold}, un DPO est en principe obligatoire (§ 38(1) BDSG).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2026" />
      <source>With %n employee(s) (250 or more) the record is always required (Art. 30(1), (2) and (5)).</source>
      <translation>
        <numerusform>Avec %n employé (250 ou plus), le registre est toujours obligatoire (art. 30(1), (2) et (5)).</numerusform>
        <numerusform>Avec %n employés (250 ou plus), le registre est toujours obligatoire (art. 30(1), (2) et (5)).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2027" />
      <source>With %n employee(s) (fewer than 250), and every activity occasional, without special-category or criminal data and without a risk the screening shows, the exemption of Art. 30(5) applies. Keeping the record is still the easiest way to show you comply (Art. 5(2)).</source>
      <translation>
        <numerusform>Avec %n employé (moins de 250), et toutes les activités occasionnelles, sans données de catégorie particulière ni données pénales et sans risque relevé par la pré-évaluation, l'exemption de l'art. 30(5) s'applique. Tenir le registre reste le moyen le plus simple de démontrer votre conformité (art. 5(2)).</numerusform>
        <numerusform>Avec %n employés (moins de 250), et toutes les activités occasionnelles, sans données de catégorie particulière ni données pénales et sans risque relevé par la pré-évaluation, l'exemption de l'art. 30(5) s'applique. Tenir le registre reste le moyen le plus simple de démontrer votre conformité (art. 5(2)).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2028" />
      <source>With %n employee(s) (fewer than 250), the exemption of Art. 30(5) does not apply:</source>
      <translation>
        <numerusform>Avec %n employé (moins de 250), l'exemption de l'art. 30(5) ne s'applique pas :</numerusform>
        <numerusform>Avec %n employés (moins de 250), l'exemption de l'art. 30(5) ne s'applique pas :</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2029" />
      <source>{names} (is|are) likely to result in a risk to people (the DPIA screening meets at least one WP248 criterion); any risk counts, not only a high one (Art. 30(5); WP29 position paper on Art. 30(5), 19 April 2018).</source>
      <translation>
        <numerusform>{names} est susceptible d'engendrer un risque pour les personnes (la pré-évaluation AIPD remplit au moins un critère WP248) ; tout risque compte, pas seulement un risque élevé (art. 30(5) ; document de position du G29 sur l'art. 30(5), 19 avril 2018).</numerusform>
        <numerusform>{names} sont susceptibles d'engendrer un risque pour les personnes (la pré-évaluation AIPD remplit au moins un critère WP248) ; tout risque compte, pas seulement un risque élevé (art. 30(5) ; document de position du G29 sur l'art. 30(5), 19 avril 2018).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2030" />
      <source>{names} (is|are) not occasional: routine processing, like payroll or a customer file, needs the record (Art. 30(5)).</source>
      <translation>
        <numerusform>{names} n'est pas occasionnel : un traitement courant, comme la paie ou un fichier de clients, nécessite le registre (art. 30(5)).</numerusform>
        <numerusform>{names} ne sont pas occasionnels : un traitement courant, comme la paie ou un fichier de clients, nécessite le registre (art. 30(5)).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2031" />
      <source>{names} include(s|) special-category (Art. 9(1)) or criminal-offence (Art. 10) data, which needs the record (Art. 30(5)).</source>
      <translation>
        <numerusform>{names} comprend des données de catégorie particulière (art. 9(1)) ou relatives aux infractions pénales (art. 10), ce qui nécessite le registre (art. 30(5)).</numerusform>
        <numerusform>{names} comprennent des données de catégorie particulière (art. 9(1)) ou relatives aux infractions pénales (art. 10), ce qui nécessite le registre (art. 30(5)).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="33" />
      <source>Record of processing activities (Art. 30)…</source>
      <translation>Registre des activités de traitement (art. 30)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="34" />
      <source>DPIA (Art. 35)…</source>
      <translation>AIPD (art. 35)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="35" />
      <source>Breach notification pack (Art. 33–34)…</source>
      <translation>Dossier de notification de violation (art. 33–34)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="36" />
      <source>Breach notification: ANSPDCP form (Romania)…</source>
      <translation>Notification de violation : formulaire ANSPDCP (Roumanie)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="37" />
      <source>Breach notification: CNIL form (France)…</source>
      <translation>Notification de violation : formulaire CNIL (France)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="38" />
      <source>Breach register (Art. 33(5))…</source>
      <translation>Registre des violations (art. 33(5))…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="39" />
      <source>Processors and DPAs (Art. 28)…</source>
      <translation>Sous-traitants et contrats (art. 28)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="40" />
      <source>Staff training (Art. 32(4))…</source>
      <translation>Formation du personnel (art. 32(4))…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="41" />
      <source>Rights requests (Art. 12–22)…</source>
      <translation>Demandes d'exercice de droits (art. 12–22)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="45" />
      <source>Reading the register</source>
      <translation>Lecture du registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="45" />
      <source>Laying out the pages</source>
      <translation>Mise en page</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="46" />
      <source>Signing</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1372" />
      <source>1. Notification to the supervisory authority — Art. 33</source>
      <translation>1. Notification à l'autorité de contrôle — art. 33</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1373" />
      <source>1. Screening (EDPB WP248 rev.01)</source>
      <translation>1. Pré-évaluation (CEPD, WP248 rév.01)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1374" />
      <source>1. The records reviewed</source>
      <translation>1. Les fiches examinées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1375" />
      <source>2. Systematic description of the processing — Art. 35(7)(a)</source>
      <translation>2. Description systématique du traitement — art. 35(7)(a)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1376" />
      <source>2. The year's figures</source>
      <translation>2. Les chiffres de l'année</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1377" />
      <source>2. Timeline — Art. 33(5)</source>
      <translation>2. Chronologie — art. 33(5)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1378" />
      <source>3. Necessity and proportionality — Art. 35(7)(b)</source>
      <translation>3. Nécessité et proportionnalité — art. 35(7)(b)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1379" />
      <source>3. Open findings</source>
      <translation>3. Constats ouverts</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1380" />
      <source>3. Risk assessment — ENISA 2013, EDPB Guidelines 9/2022 and 01/2021</source>
      <translation>3. Évaluation du risque — ENISA 2013, lignes directrices 9/2022 et 01/2021 du CEPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1381" />
      <source>4. Changes since the previous review</source>
      <translation>4. Changements depuis la revue précédente</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1382" />
      <source>4. Risks to the rights and freedoms of the people concerned — Art. 35(7)(c)</source>
      <translation>4. Risques pour les droits et libertés des personnes concernées — art. 35(7)(c)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1383" />
      <source>4. Training of the staff involved — Art. 32(4)</source>
      <translation>4. Formation du personnel concerné — art. 32(4)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1384" />
      <source>5. Communication to the people affected — Art. 34</source>
      <translation>5. Communication aux personnes concernées — art. 34</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1385" />
      <source>5. Measures to address the risks — Art. 35(7)(d)</source>
      <translation>5. Mesures envisagées pour faire face aux risques — art. 35(7)(d)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1386" />
      <source>5. Sign-off by management</source>
      <translation>5. Validation par la direction</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1387" />
      <source>6. Advice and views — Art. 35(2) and 35(9)</source>
      <translation>6. Conseils et avis — art. 35(2) et 35(9)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1388" />
      <source>7. Outcome, sign-off and review — Art. 35(11)</source>
      <translation>7. Conclusion, validation et revue — art. 35(11)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1389" />
      <source>8. Prior consultation of the supervisory authority — Art. 36</source>
      <translation>8. Consultation préalable de l'autorité de contrôle — art. 36</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1390" />
      <source>&lt;b&gt;Art. 28(3) checklist&lt;/b&gt; — {count} of 8 clauses in the contract</source>
      <translation>&lt;b&gt;Liste de contrôle de l'art. 28(3)&lt;/b&gt; — {count} clauses sur 8 dans le contrat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1391" />
      <source>&lt;b&gt;Date&lt;/b&gt;</source>
      <translation>&lt;b&gt;Date&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1392" />
      <source>&lt;b&gt;For management&lt;/b&gt;</source>
      <translation>&lt;b&gt;Pour la direction&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1393" />
      <source>&lt;b&gt;Name and role&lt;/b&gt;</source>
      <translation>&lt;b&gt;Nom et fonction&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1394" />
      <source>&lt;b&gt;Signature&lt;/b&gt;</source>
      <translation>&lt;b&gt;Signature&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1395" />
      <source>&lt;b&gt;The 72-hour deadline has passed:&lt;/b&gt; the notification must give the reasons for the delay (Art. 33(1)). None is recorded yet.</source>
      <translation>&lt;b&gt;Le délai de 72 heures est dépassé :&lt;/b&gt; la notification doit indiquer les motifs du retard (art. 33(1)). Aucun n'est encore enregistré.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1396" />
      <source>&lt;b&gt;{heading}.&lt;/b&gt; </source>
      <translation>&lt;b&gt;{heading}.&lt;/b&gt; </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1397" />
      <source>&lt;b&gt;{label}:&lt;/b&gt; {result} ({met} of 9 criteria met).</source>
      <translation>&lt;b&gt;{label} :&lt;/b&gt; {result} ({met} critères sur 9 remplis).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1398" />
      <source>&lt;b&gt;{label}:&lt;/b&gt; {value}</source>
      <translation>&lt;b&gt;{label} :&lt;/b&gt; {value}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1399" />
      <source>A personal data breach that affects your information</source>
      <translation>Une violation de données à caractère personnel qui concerne vos informations</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1400" />
      <source>About this report (ICO form)</source>
      <translation>À propos de ce rapport (formulaire ICO)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1401" />
      <source>After the measures</source>
      <translation>Après les mesures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1402" />
      <source>All breaches</source>
      <translation>Toutes les violations</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1403" />
      <source>All requests</source>
      <translation>Toutes les demandes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1404" />
      <source>Almost certain</source>
      <translation>Quasi certain</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1405" />
      <source>Annual data protection review</source>
      <translation>Revue annuelle de protection des données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1406" />
      <source>Answer</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1407" />
      <source>Answered</source>
      <translation>Répondues</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1408" />
      <source>Art. 28(3) clauses</source>
      <translation>Clauses de l'art. 28(3)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1409" />
      <source>Art. 30 GDPR record of processing activities</source>
      <translation>Registre des activités de traitement (art. 30 RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1410" />
      <source>Art. 30(1)(a) — Controller and joint controllers</source>
      <translation>Art. 30(1)(a) — Responsable du traitement et responsables conjoints</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1411" />
      <source>Art. 30(1)(b) — Purposes of the processing</source>
      <translation>Art. 30(1)(b) — Finalités du traitement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1412" />
      <source>Art. 30(1)(c) — Categories of data subjects and of personal data</source>
      <translation>Art. 30(1)(c) — Catégories de personnes concernées et de données à caractère personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1413" />
      <source>Art. 30(1)(d) — Categories of recipients</source>
      <translation>Art. 30(1)(d) — Catégories de destinataires</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1414" />
      <source>Art. 30(1)(e) — Transfers to third countries or international organisations</source>
      <translation>Art. 30(1)(e) — Transferts vers des pays tiers ou des organisations internationales</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1415" />
      <source>Art. 30(1)(f) — Time limits for erasure</source>
      <translation>Art. 30(1)(f) — Délais prévus pour l'effacement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1416" />
      <source>Art. 30(1)(g) — Technical and organisational security measures (Art. 32(1))</source>
      <translation>Art. 30(1)(g) — Mesures de sécurité techniques et organisationnelles (art. 32(1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1417" />
      <source>Art. 30(2)(a) — The processor (this organisation), its representative and DPO</source>
      <translation>Art. 30(2)(a) — Le sous-traitant (cet organisme), son représentant et son DPO</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1418" />
      <source>Art. 30(2)(a)–(b) — Controllers we act for, and the processing carried out for each</source>
      <translation>Art. 30(2)(a)–(b) — Responsables du traitement pour le compte desquels nous agissons, et traitements effectués pour chacun</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1419" />
      <source>Art. 30(2)(c) — Transfers to third countries or international organisations</source>
      <translation>Art. 30(2)(c) — Transferts vers des pays tiers ou des organisations internationales</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1420" />
      <source>Art. 30(2)(d) — Technical and organisational security measures (Art. 32(1))</source>
      <translation>Art. 30(2)(d) — Mesures de sécurité techniques et organisationnelles (art. 32(1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1421" />
      <source>Art. 33(5) GDPR breach register</source>
      <translation>Registre des violations (art. 33(5) RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1422" />
      <source>Art. 9 data</source>
      <translation>Données de l'art. 9</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1423" />
      <source>Article</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1424" />
      <source>Atlas Desktop review pack: {review}, {organisation}</source>
      <translation>Dossier de revue Atlas Desktop : {review}, {organisation}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1425" />
      <source>Audit trail entry {count}; head hash {head}</source>
      <translation>Entrée {count} du journal d'audit ; hachage de tête {head}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1426" />
      <source>Audit trail when the pack was made: {anchor}</source>
      <translation>Journal d'audit lors de la création du dossier : {anchor}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1427" />
      <source>Authority</source>
      <translation>Autorité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1428" />
      <source>Be careful with unexpected e-mails, calls or messages that mention this incident or ask for personal details, passwords or payments, and tell us if you notice anything unusual. You may also want to change passwords you used with us.</source>
      <translation>Méfiez-vous des e-mails, appels ou messages inattendus qui mentionnent cet incident ou vous demandent des informations personnelles, des mots de passe ou des paiements, et signalez-nous toute anomalie. Vous pouvez aussi changer les mots de passe que vous utilisiez chez nous.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1429" />
      <source>Became aware</source>
      <translation>Prise de connaissance</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1430" />
      <source>Before the measures</source>
      <translation>Avant les mesures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1431" />
      <source>Breach</source>
      <translation>Violation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1432" />
      <source>Breach #{number} in our Art. 33(5) register</source>
      <translation>Violation n° {number} de notre registre (art. 33(5))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1433" />
      <source>Breach register</source>
      <translation>Registre des violations</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1434" />
      <source>Breaches</source>
      <translation>Violations</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1435" />
      <source>Breaches by cause (Art. 33, EDPB Guidelines 01/2021)</source>
      <translation>Violations par cause (art. 33, lignes directrices 01/2021 du CEPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1436" />
      <source>Breaches recorded</source>
      <translation>Violations enregistrées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1437" />
      <source>Breaches with a clock still running (Art. 33(1), 34(1))</source>
      <translation>Violations dont un délai court encore (art. 33(1), 34(1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1438" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1439" />
      <source>By {when}</source>
      <translation>Au plus tard le {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1440" />
      <source>Cause</source>
      <translation>Cause</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1441" />
      <source>Certificate:</source>
      <translation>Certificat :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1442" />
      <source>Change</source>
      <translation>Changement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1443" />
      <source>Check with: {command}</source>
      <translation>Vérifier avec : {command}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1444" />
      <source>Closed without an answer date</source>
      <translation>Clôturée sans date de réponse</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1445" />
      <source>Closed {when} UTC by {person}; period {period}</source>
      <translation>Clôturée le {when} UTC par {person} ; période {period}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1446" />
      <source>Closed {when} by {person}</source>
      <translation>Clôturée le {when} par {person}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1447" />
      <source>Compared with {review}, closed {date}.</source>
      <translation>Comparaison avec {review}, clôturée le {date}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1448" />
      <source>Compared with {review}.</source>
      <translation>Comparaison avec {review}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1449" />
      <source>Contact us using the details on our website.</source>
      <translation>Contactez-nous au moyen des coordonnées figurant sur notre site web.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1450" />
      <source>Contents</source>
      <translation>Sommaire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1451" />
      <source>Contents (continued)</source>
      <translation>Sommaire (suite)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1452" />
      <source>Coverage of current staff</source>
      <translation>Couverture du personnel actuel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1453" />
      <source>Current processors</source>
      <translation>Sous-traitants actuels</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1454" />
      <source>Current staff</source>
      <translation>Personnel actuel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1455" />
      <source>DPA</source>
      <translation>Contrat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1456" />
      <source>DPIA (Art. 35 GDPR): {title}</source>
      <translation>AIPD (art. 35 RGPD) : {title}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1457" />
      <source>Data protection impact assessment</source>
      <translation>Analyse d'impact relative à la protection des données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1458" />
      <source>Data still held after its retention period</source>
      <translation>Données encore conservées après leur durée de conservation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1459" />
      <source>Data subject rights requests (Art. 12–22 GDPR)</source>
      <translation>Demandes d'exercice de droits (art. 12–22 RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1460" />
      <source>Data-protection training (completed to expiry)</source>
      <translation>Formation à la protection des données (du suivi à l'expiration)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1461" />
      <source>Data-protection training of the staff who handle personal data — Articles 32(4) and 39(1)(b) GDPR</source>
      <translation>Formation à la protection des données du personnel qui traite des données à caractère personnel — articles 32(4) et 39(1)(b) RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1462" />
      <source>Date:</source>
      <translation>Date :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1463" />
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1464" />
      <source>Dear [name],</source>
      <translation>Madame, Monsieur [nom],</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1465" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1466" />
      <source>Decision pending</source>
      <translation>Décision en attente</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1467" />
      <source>Digitally signed (PAdES)</source>
      <translation>Signé numériquement (PAdES)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1468" />
      <source>Document the breach</source>
      <translation>Documenter la violation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1469" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1470" />
      <source>Done {when}</source>
      <translation>Fait le {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1471" />
      <source>Draft communication in plain language — Art. 34(2)</source>
      <translation>Projet de communication en termes clairs et simples — art. 34(2)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2032" />
      <source>%n current processing activit(y|ies): {controller} as controller or joint controller, {processor} as processor for clients; {retired} retired.</source>
      <translation>
        <numerusform>%n activité de traitement en cours : {controller} en tant que responsable du traitement ou responsable conjoint, {processor} en tant que sous-traitant pour des clients ; {retired} retirée(s).</numerusform>
        <numerusform>%n activités de traitement en cours : {controller} en tant que responsable du traitement ou responsable conjoint, {processor} en tant que sous-traitant pour des clients ; {retired} retirée(s).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2033" />
      <source>Due in %n day(s)</source>
      <translation>
        <numerusform>Échéance dans %n jour</numerusform>
        <numerusform>Échéance dans %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2034" />
      <source>Expired {date} (%n day(s) ago)</source>
      <translation>
        <numerusform>Expirée le {date} (il y a %n jour)</numerusform>
        <numerusform>Expirée le {date} (il y a %n jours)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2035" />
      <source>Late by %n day(s)</source>
      <translation>
        <numerusform>En retard de %n jour</numerusform>
        <numerusform>En retard de %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2036" />
      <source>Overdue by %n day(s)</source>
      <translation>
        <numerusform>En retard de %n jour</numerusform>
        <numerusform>En retard de %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2037" />
      <source>The people affected were told (Art. 34) in %n breach(es).</source>
      <translation>
        <numerusform>Les personnes concernées ont été informées (art. 34) dans %n violation.</numerusform>
        <numerusform>Les personnes concernées ont été informées (art. 34) dans %n violations.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2038" />
      <source>Valid until {date}: refresher due in %n day(s)</source>
      <translation>
        <numerusform>Valide jusqu'au {date} : remise à niveau dans %n jour</numerusform>
        <numerusform>Valide jusqu'au {date} : remise à niveau dans %n jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1472" />
      <source>Due soon</source>
      <translation>Échéance proche</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1473" />
      <source>Duty</source>
      <translation>Obligation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1474" />
      <source>ENISA's method: severity = kind of data (DPC) × ease of identification (EI) + circumstances (CB); below 2 low, below 3 medium, below 4 high, else very high. A question left unanswered is taken at its worst and marked as assumed.</source>
      <translation>Méthode de l'ENISA : gravité = type de données (DPC) × facilité d'identification (EI) + circonstances (CB) ; en dessous de 2 faible, en dessous de 3 moyenne, en dessous de 4 élevée, sinon très élevée. Une question sans réponse est prise au pire et marquée comme supposée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1475" />
      <source>Each record was confirmed unchanged, updated in the register, or retired (kept in the history but no longer in force), by the person named, on the day shown. “In bulk” marks records confirmed together with the other remaining ones; a record that needed attention (overdue, a breach clock running, a gap) could only be confirmed on its own, with a note saying why. The next review is dated from the close: a year, or the record's own review cycle.</source>
      <translation>Chaque fiche a été confirmée inchangée, mise à jour dans le registre ou retirée (conservée dans l'historique mais plus en vigueur), par la personne indiquée, le jour indiqué. « En bloc » signale les fiches confirmées en même temps que toutes les autres restantes ; une fiche qui demandait une attention particulière (en retard, délai de violation en cours, lacune) ne pouvait être confirmée qu'individuellement, avec une note expliquant pourquoi. La prochaine revue est datée à partir de la clôture : un an, ou le cycle de revue propre à la fiche.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1476" />
      <source>Effect</source>
      <translation>Effet</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1477" />
      <source>Effects</source>
      <translation>Effets</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1478" />
      <source>Ended contracts</source>
      <translation>Contrats terminés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1479" />
      <source>Entry {count}; head hash {head}</source>
      <translation>Entrée {count} ; hachage de tête {head}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1480" />
      <source>Every personal data breach, notified or not — Article 33(5) GDPR</source>
      <translation>Toutes les violations de données à caractère personnel, notifiées ou non — article 33(5) RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1481" />
      <source>Everyone on the staff list has valid training.</source>
      <translation>Toutes les personnes de la liste du personnel ont une formation valide.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1482" />
      <source>Executive summary</source>
      <translation>Synthèse</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1483" />
      <source>Exemption relied on — Art. 34(3)</source>
      <translation>Exception invoquée — art. 34(3)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1484" />
      <source>Exemption: {exemption}</source>
      <translation>Exception : {exemption}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1485" />
      <source>Expiry not recorded</source>
      <translation>Expiration non enregistrée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1486" />
      <source>Extended</source>
      <translation>Prolongées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1487" />
      <source>Extended: {date}</source>
      <translation>Prolongée : {date}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1488" />
      <source>Facts</source>
      <translation>Faits</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1489" />
      <source>Finding</source>
      <translation>Constat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1490" />
      <source>Follow-up report (information provided in phases, Art. 33(4))</source>
      <translation>Rapport complémentaire (informations communiquées de manière échelonnée, art. 33(4))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1491" />
      <source>For each breach: the facts, its effects and the remedial action taken (Art. 33(5)).</source>
      <translation>Pour chaque violation : les faits, ses effets et les mesures prises pour y remédier (art. 33(5)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1492" />
      <source>From the record of processing: {name}</source>
      <translation>D'après le registre des traitements : {name}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1493" />
      <source>From {start} to {end}.</source>
      <translation>Du {start} au {end}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1494" />
      <source>Further information (ICO template and Art. 35 screening)</source>
      <translation>Informations complémentaires (modèle de l'ICO et pré-évaluation au titre de l'art. 35)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1495" />
      <source>Gap</source>
      <translation>Lacune</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1496" />
      <source>Generated</source>
      <translation>Généré le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1497" />
      <source>Generated {when} · Audit trail entry {count}, head {head}… · Signed: any change breaks it</source>
      <translation>Généré le {when} · Entrée {count} du journal d'audit, tête {head}… · Signé : toute modification invalide la signature</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1498" />
      <source>Handling special-category data without valid training</source>
      <translation>Traitement de données de catégorie particulière sans formation valide</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1499" />
      <source>How the deadline is counted</source>
      <translation>Mode de calcul de l'échéance</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1500" />
      <source>In 72 h</source>
      <translation>Sous 72 h</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1501" />
      <source>In bulk</source>
      <translation>En bloc</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1502" />
      <source>In progress: a draft, not the signed review</source>
      <translation>En cours : un brouillon, pas la revue signée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1503" />
      <source>In the contract</source>
      <translation>Dans le contrat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1504" />
      <source>Initial report</source>
      <translation>Rapport initial</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1505" />
      <source>It happened on {date}.</source>
      <translation>Elle s'est produite le {date}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1506" />
      <source>Key moments</source>
      <translation>Moments clés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1507" />
      <source>Late</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1508" />
      <source>Late or overdue</source>
      <translation>En retard ou dépassées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1509" />
      <source>Latest training</source>
      <translation>Dernière formation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1510" />
      <source>Likelihood</source>
      <translation>Vraisemblance</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1511" />
      <source>Likelihood after</source>
      <translation>Vraisemblance après</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1512" />
      <source>Likelihood →</source>
      <translation>Vraisemblance →</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1513" />
      <source>Likelihood: 1 remote, 2 possible, 3 likely, 4 almost certain. Severity: 1 minimal, 2 significant, 3 serious, 4 severe or permanent. Level: likelihood × severity, up to 3 low, 4–6 medium, 8 and above high.</source>
      <translation>Vraisemblance : 1 peu probable, 2 possible, 3 probable, 4 quasi certaine. Gravité : 1 minime, 2 significative, 3 grave, 4 sévère ou permanente. Niveau : vraisemblance × gravité, jusqu'à 3 faible, 4 à 6 moyen, 8 et plus élevé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1514" />
      <source>Likely</source>
      <translation>Probable</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1515" />
      <source>Likely consequences — Art. 33(3)(c)</source>
      <translation>Conséquences probables — art. 33(3)(c)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1516" />
      <source>Made available to</source>
      <translation>Mis à la disposition de</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1517" />
      <source>Made from the breach record above; check it and fill in the name before sending. With the exemption of Art. 34(3)(c), the same text serves as the public communication.</source>
      <translation>Établi à partir de la fiche de violation ci-dessus ; vérifiez-le et complétez le nom avant l'envoi. Avec l'exception de l'art. 34(3)(c), le même texte sert de communication publique.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1518" />
      <source>Measures taken or proposed — Art. 33(3)(d)</source>
      <translation>Mesures prises ou proposées — art. 33(3)(d)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1519" />
      <source>Met</source>
      <translation>Rempli</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1520" />
      <source>Minimal</source>
      <translation>Minime</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1521" />
      <source>Missing</source>
      <translation>Manquante</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1522" />
      <source>Next review</source>
      <translation>Prochaine revue</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1523" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1524" />
      <source>No DPA recorded</source>
      <translation>Aucun contrat de sous-traitance enregistré</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1525" />
      <source>No breach in the period.</source>
      <translation>Aucune violation pendant la période.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1526" />
      <source>No breach is recorded.</source>
      <translation>Aucune violation n'est enregistrée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1527" />
      <source>No current staff are recorded.</source>
      <translation>Aucun membre du personnel actuel n'est enregistré.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1528" />
      <source>No events are recorded in the timeline yet.</source>
      <translation>Aucun événement n'est encore enregistré dans la chronologie.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1529" />
      <source>No measure is recorded.</source>
      <translation>Aucune mesure n'est enregistrée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1530" />
      <source>No measure recorded.</source>
      <translation>Aucune mesure enregistrée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1531" />
      <source>No member of staff is recorded as involved in this breach.</source>
      <translation>Aucun membre du personnel n'est enregistré comme impliqué dans cette violation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1532" />
      <source>No member of staff is recorded as involved. Training status: see part 4.</source>
      <translation>Aucun membre du personnel n'est enregistré comme impliqué. État des formations : voir la partie 4.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1533" />
      <source>No processing as controller is recorded.</source>
      <translation>Aucun traitement en tant que responsable du traitement n'est enregistré.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1534" />
      <source>No processor is recorded.</source>
      <translation>Aucun sous-traitant n'est enregistré.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1535" />
      <source>No rights request in the period.</source>
      <translation>Aucune demande d'exercice de droits pendant la période.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1536" />
      <source>No rights request is recorded.</source>
      <translation>Aucune demande d'exercice de droits n'est enregistrée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1537" />
      <source>No risk is recorded.</source>
      <translation>Aucun risque n'est enregistré.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1538" />
      <source>No staff are recorded.</source>
      <translation>Aucun membre du personnel n'est enregistré.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1539" />
      <source>No training is recorded.</source>
      <translation>Aucune formation n'est enregistrée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1540" />
      <source>No training recorded</source>
      <translation>Aucune formation enregistrée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1541" />
      <source>None changed the outcome: it follows the severity score.</source>
      <translation>Aucune n'a modifié le résultat : il découle du score de gravité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1542" />
      <source>None recorded.</source>
      <translation>Aucun élément enregistré.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1543" />
      <source>None: every breach was notified, or decided not to be, and the people affected were told where they had to be.</source>
      <translation>Aucune : chaque violation a été notifiée, ou il a été décidé de ne pas la notifier, et les personnes concernées ont été informées lorsqu'elles devaient l'être.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1544" />
      <source>None: no data is kept past the retention period its activity records.</source>
      <translation>Aucune : aucune donnée n'est conservée au-delà de la durée de conservation indiquée par son activité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1545" />
      <source>None: nothing is overdue or missing.</source>
      <translation>Aucun : rien n'est en retard ni manquant.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1546" />
      <source>Not assessed</source>
      <translation>Non évalué</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1547" />
      <source>Not assessed yet: {reasons}</source>
      <translation>Pas encore évaluée : {reasons}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1548" />
      <source>Not decided yet</source>
      <translation>Pas encore décidé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1549" />
      <source>Not made yet: the public communication is still due. It replaces the individual notices; it does not remove the duty to inform the people affected.</source>
      <translation>Pas encore effectuée : la communication publique est toujours due. Elle remplace les communications individuelles ; elle ne supprime pas l'obligation d'informer les personnes concernées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1550" />
      <source>Not notified by decision</source>
      <translation>Non notifiée par décision</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1551" />
      <source>Not notified by decision: judged unlikely to result in a risk and documented (Art. 33(1), 33(5)), or a client's breach, which the client notifies (Art. 33(2)).</source>
      <translation>Non notifiée par décision : jugée non susceptible d'engendrer un risque et documentée (art. 33(1), 33(5)), ou violation d'un client, que ce client notifie (art. 33(2)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1552" />
      <source>Not notified yet</source>
      <translation>Pas encore notifiée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1553" />
      <source>Not notified yet; due by {when}</source>
      <translation>Pas encore notifiée ; à notifier au plus tard le {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1554" />
      <source>Not notified: unlikely to result in a risk (Art. 33(1))</source>
      <translation>Non notifiée : pas susceptible d'engendrer un risque (art. 33(1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1555" />
      <source>Not notified; the 72 hours have passed</source>
      <translation>Non notifiée ; les 72 heures sont écoulées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1556" />
      <source>Not recorded yet.</source>
      <translation>Pas encore renseigné.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1557" />
      <source>Not recorded.</source>
      <translation>Non renseigné.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1558" />
      <source>Not required</source>
      <translation>Non requis</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1559" />
      <source>Not required (exemption)</source>
      <translation>Non requis (exception)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1560" />
      <source>Not required: the risk remaining after the measures is not high (Art. 36(1)).</source>
      <translation>Non requise : le risque résiduel après les mesures n'est pas élevé (art. 36(1)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1561" />
      <source>Not required: the risk to the people affected is not assessed as high ({level}), so Art. 34(1) does not apply.</source>
      <translation>Non requise : le risque pour les personnes concernées n'est pas jugé élevé ({level}) ; l'art. 34(1) ne s'applique donc pas.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1562" />
      <source>Not set by the contract: Atlas counts 24 hours (“without undue delay”).</source>
      <translation>Non fixé par le contrat : Atlas compte 24 heures (« dans les meilleurs délais »).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1563" />
      <source>Not told</source>
      <translation>Non informées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1564" />
      <source>Not told yet: tell the client without undue delay.</source>
      <translation>Pas encore informé : informez le client dans les meilleurs délais.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1565" />
      <source>Not valid</source>
      <translation>Non valide</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1566" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1567" />
      <source>Nothing needs management's action: keep the records current and review again in a year.</source>
      <translation>Rien ne requiert d'action de la direction : tenez les fiches à jour et refaites une revue dans un an.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1568" />
      <source>Nothing was added, changed or retired since then.</source>
      <translation>Rien n'a été ajouté, modifié ou retiré depuis.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1569" />
      <source>Notified</source>
      <translation>Notifiées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1570" />
      <source>Notified to the authority</source>
      <translation>Notifiée à l'autorité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1571" />
      <source>Notified {when}</source>
      <translation>Notifiée le {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1572" />
      <source>Notified {when} (after the 72 hours)</source>
      <translation>Notifiée le {when} (après les 72 heures)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1573" />
      <source>Notify the supervisory authority</source>
      <translation>Notifier l'autorité de contrôle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1574" />
      <source>Notifying the authority (Art. 33(1))</source>
      <translation>Notification à l'autorité (art. 33(1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1575" />
      <source>On</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1576" />
      <source>On time</source>
      <translation>Dans les délais</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1577" />
      <source>One month from receipt, three if extended (the person told within the first month), {calendar} (Art. 12(3)).</source>
      <translation>Un mois à compter de la réception, trois en cas de prolongation (la personne étant informée au cours du premier mois), {calendar} (art. 12(3)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1578" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1579" />
      <source>Organisation</source>
      <translation>Organisme</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1580" />
      <source>Our reference</source>
      <translation>Notre référence</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1581" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1582" />
      <source>Overview</source>
      <translation>Vue d'ensemble</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1583" />
      <source>Page {page} of {pages}</source>
      <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1584" />
      <source>Part 1 — Processing as controller (Art. 30(1))</source>
      <translation>Partie 1 — Traitements en tant que responsable du traitement (art. 30(1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1585" />
      <source>Part 2 — Processing on behalf of other controllers (Art. 30(2))</source>
      <translation>Partie 2 — Traitements pour le compte d'autres responsables du traitement (art. 30(2))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1586" />
      <source>People told</source>
      <translation>Personnes informées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1587" />
      <source>Period covered</source>
      <translation>Période couverte</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1588" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1589" />
      <source>Personal data breach (Art. 33–34 GDPR): {title}</source>
      <translation>Violation de données à caractère personnel (art. 33–34 RGPD) : {title}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1590" />
      <source>Personal data breach: notification and record</source>
      <translation>Violation de données à caractère personnel : notification et documentation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1591" />
      <source>Possible</source>
      <translation>Possible</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1592" />
      <source>Processes the data in {country}, covered by an adequacy decision (Art. 45).</source>
      <translation>Traite les données dans ce pays : {country}, couvert par une décision d'adéquation (art. 45).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1593" />
      <source>Processes the data in {country}, inside the EEA: no transfer under Chapter V.</source>
      <translation>Traite les données dans ce pays : {country}, dans l'EEE : pas de transfert au sens du chapitre V.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1594" />
      <source>Processes the data in {country}, outside the EEA, and no transfer mechanism is recorded (Art. 44–49).</source>
      <translation>Traite les données dans ce pays : {country}, hors de l'EEE, et aucun mécanisme de transfert n'est enregistré (art. 44–49).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1595" />
      <source>Processes the data in {country}, outside the EEA; the transfer relies on: {mechanism}.</source>
      <translation>Traite les données dans ce pays : {country}, hors de l'EEE ; le transfert repose sur : {mechanism}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1596" />
      <source>Processors and DPAs (Art. 28 GDPR)</source>
      <translation>Sous-traitants et contrats de sous-traitance (art. 28 RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1597" />
      <source>Processors and their contracts</source>
      <translation>Les sous-traitants et leurs contrats</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1598" />
      <source>Processors, data processing agreements (Art. 28(3)), sub-processors and transfers (Chapter V GDPR)</source>
      <translation>Sous-traitants, contrats de sous-traitance (art. 28(3)), sous-traitants ultérieurs et transferts (chapitre V RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1599" />
      <source>Public communication</source>
      <translation>Communication publique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1600" />
      <source>Public communication instead — Art. 34(3)(c)</source>
      <translation>Communication publique à la place — art. 34(3)(c)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1601" />
      <source>Question or rule</source>
      <translation>Question ou règle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1602" />
      <source>Reason:</source>
      <translation>Motif :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1603" />
      <source>Reasoning — Art. 33(5)</source>
      <translation>Raisonnement — art. 33(5)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1604" />
      <source>Received</source>
      <translation>Reçue</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1605" />
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1606" />
      <source>Record of processing activities</source>
      <translation>Registre des activités de traitement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1607" />
      <source>Records of processing activities under Article 30 of the GDPR</source>
      <translation>Registre des activités de traitement au titre de l'article 30 du RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1608" />
      <source>Register</source>
      <translation>Registre</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1609" />
      <source>Register state</source>
      <translation>État du registre</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1610" />
      <source>Register:</source>
      <translation>Registre :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1611" />
      <source>Remedial action</source>
      <translation>Mesures prises pour y remédier</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1612" />
      <source>Remote</source>
      <translation>Peu probable</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1613" />
      <source>Replaced by a public communication</source>
      <translation>Remplacée par une communication publique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1614" />
      <source>Report type</source>
      <translation>Type de rapport</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1615" />
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1616" />
      <source>Requester</source>
      <translation>Demandeur</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1617" />
      <source>Requests from people exercising their rights, with their one-month deadlines — Articles 12 to 22 GDPR</source>
      <translation>Demandes des personnes qui exercent leurs droits, avec leur délai d'un mois — articles 12 à 22 RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1618" />
      <source>Requests recorded</source>
      <translation>Demandes enregistrées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1619" />
      <source>Retention periods that ran out (Art. 5(1)(e))</source>
      <translation>Durées de conservation écoulées (art. 5(1)(e))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1620" />
      <source>Retired activities (kept for the history)</source>
      <translation>Activités retirées (conservées pour l'historique)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1621" />
      <source>Review</source>
      <translation>Revue</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1622" />
      <source>Rights requests</source>
      <translation>Demandes d'exercice de droits</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1623" />
      <source>Rights requests by type (Art. 12(3), 15–22)</source>
      <translation>Demandes d'exercice de droits par type (art. 12(3), 15–22)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1624" />
      <source>Risk</source>
      <translation>Risque</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1625" />
      <source>Risk matrix before and after the measures</source>
      <translation>Matrice des risques avant et après les mesures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1626" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1627" />
      <source>SHA-256 {fingerprint}</source>
      <translation>SHA-256 {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1628" />
      <source>Scope</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1629" />
      <source>Serious</source>
      <translation>Grave</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1630" />
      <source>Severe</source>
      <translation>Sévère</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1631" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1632" />
      <source>Severity after</source>
      <translation>Gravité après</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1633" />
      <source>Severity score</source>
      <translation>Score de gravité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1634" />
      <source>Severity ↑</source>
      <translation>Gravité ↑</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1635" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1636" />
      <source>Signer:</source>
      <translation>Signataire :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1637" />
      <source>Significant</source>
      <translation>Significative</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1638" />
      <source>Snapshot at start</source>
      <translation>Instantané au début</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1639" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1640" />
      <source>Staff data-protection training (Art. 32(4) GDPR)</source>
      <translation>Formation du personnel à la protection des données (art. 32(4) RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1641" />
      <source>Staff involved and their training (ICO form)</source>
      <translation>Personnel impliqué et sa formation (formulaire ICO)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1642" />
      <source>Staff training</source>
      <translation>Formation du personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1643" />
      <source>Staff training (Art. 32(4))</source>
      <translation>Formation du personnel (art. 32(4))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1644" />
      <source>Started</source>
      <translation>Commencée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1645" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1646" />
      <source>Status today</source>
      <translation>État aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1647" />
      <source>Still open</source>
      <translation>Encore ouvertes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1648" />
      <source>Still to answer: {questions}.</source>
      <translation>Reste à répondre : {questions}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1649" />
      <source>Subject: {subject}</source>
      <translation>Objet : {subject}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1650" />
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1651" />
      <source>Tell the client (the controller)</source>
      <translation>Informer le client (responsable du traitement)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1652" />
      <source>Tell the people affected</source>
      <translation>Informer les personnes concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1653" />
      <source>Telling the client (the controller) — Art. 33(2)</source>
      <translation>Information du client (responsable du traitement) — art. 33(2)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1654" />
      <source>Telling the people (Art. 34(1))</source>
      <translation>Information des personnes (art. 34(1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1655" />
      <source>Telling the people affected — Art. 34</source>
      <translation>Information des personnes concernées — art. 34</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1656" />
      <source>The EDPB rules applied</source>
      <translation>Règles du CEPD appliquées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1657" />
      <source>The Register line in the box names the state of the organisation's register (its audit trail) when the report was made; with Atlas Desktop the organisation can later prove that its history up to that point was not rewritten (atlas audit verify --anchor {anchor}).</source>
      <translation>La ligne Registre de l'encadré indique l'état du registre de l'organisme (son journal d'audit) au moment où le rapport a été établi ; avec Atlas Desktop, l'organisme peut prouver ultérieurement que son historique jusqu'à ce point n'a pas été réécrit (atlas audit verify --anchor {anchor}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1658" />
      <source>The answer due date is 8 weeks (14 if extended) after sending, {calendar} (Art. 36(2)).</source>
      <translation>La réponse est attendue 8 semaines (14 en cas de prolongation) après l'envoi, {calendar} (art. 36(2)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1659" />
      <source>The answers and how each was weighed</source>
      <translation>Les réponses et le poids de chacune</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1660" />
      <source>The answers as recorded</source>
      <translation>Les réponses telles qu'enregistrées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1661" />
      <source>The client decides (Art. 33(2))</source>
      <translation>Le client décide (art. 33(2))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1662" />
      <source>The client's decision</source>
      <translation>La décision du client</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1663" />
      <source>The controller and the contact point — Art. 33(3)(b)</source>
      <translation>Le responsable du traitement et le point de contact — art. 33(3)(b)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1664" />
      <source>The controller's name and contact details, its representative and its data protection contact (Art. 30(1)(a)) are given on the first page.</source>
      <translation>Le nom et les coordonnées du responsable du traitement, de son représentant et de son contact pour la protection des données (art. 30(1)(a)) figurent en première page.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1665" />
      <source>The data is {client}'s: as the controller, {client} decides whether and how to tell the people affected (Art. 34). We give them what they need to do it (Art. 28(3)(f)).</source>
      <translation>Les données sont celles de {client} : en tant que responsable du traitement, c'est {client} qui décide si et comment informer les personnes concernées (art. 34). Nous lui fournissons ce dont il a besoin pour le faire (art. 28(3)(f)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1666" />
      <source>The nature of the breach — Art. 33(3)(a)</source>
      <translation>La nature de la violation — art. 33(3)(a)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1667" />
      <source>The organisation (controller)</source>
      <translation>L'organisme (responsable du traitement)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1668" />
      <source>The organisation does not process personal data on behalf of other controllers, so it keeps no Art. 30(2) record.</source>
      <translation>L'organisme ne traite pas de données à caractère personnel pour le compte d'autres responsables du traitement ; il ne tient donc pas de registre au titre de l'art. 30(2).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1669" />
      <source>The organisation issued its signing certificate itself, so the reader may add that the signer's identity is unknown or not trusted: that is expected. &lt;b&gt;To confirm who signed&lt;/b&gt;, show the signer's certificate (in Acrobat Reader: Signature Properties, Show Signer's Certificate, Details) and compare its SHA-256 fingerprint with the one the organisation gives you. For this report it is:</source>
      <translation>L'organisme a émis lui-même son certificat de signature : le lecteur peut donc indiquer que l'identité du signataire est inconnue ou non approuvée, ce qui est normal. &lt;b&gt;Pour confirmer qui a signé&lt;/b&gt;, affichez le certificat du signataire (dans Acrobat Reader : Propriétés de la signature, Afficher le certificat du signataire, Détails) et comparez son empreinte SHA-256 avec celle que l'organisme vous communique. Pour ce rapport, il s'agit de :</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1670" />
      <source>The pack has no {file}.</source>
      <translation>Le dossier ne contient pas {file}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1671" />
      <source>The people affected were told as recorded below.</source>
      <translation>Les personnes concernées ont été informées comme indiqué ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1672" />
      <source>The processor…</source>
      <translation>Le sous-traitant…</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1673" />
      <source>The register — Art. 33(5)</source>
      <translation>Le registre — art. 33(5)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1674" />
      <source>The register's audit trail is a hash chain: the head hash above identifies its exact state when this report was made. The report is signed electronically (PAdES) with the organisation's certificate; the signature, on the last page, breaks if anything in the file is changed.</source>
      <translation>Le journal d'audit du registre est une chaîne de hachage : le hachage de tête ci-dessus identifie son état exact au moment où ce rapport a été établi. Le rapport est signé électroniquement (PAdES) avec le certificat de l'organisme ; la signature, en dernière page, est invalidée si quoi que ce soit est modifié dans le fichier.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1675" />
      <source>The requests</source>
      <translation>Les demandes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1676" />
      <source>The residual risk is high: the processing may not start before the authority has been consulted (Art. 36(1)).</source>
      <translation>Le risque résiduel est élevé : le traitement ne peut pas commencer avant la consultation de l'autorité (art. 36(1)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1677" />
      <source>The risk is high: the people affected must be told without undue delay (Art. 34(1)), unless an exemption of Art. 34(3) applies.</source>
      <translation>Le risque est élevé : les personnes concernées doivent être informées dans les meilleurs délais (art. 34(1)), sauf si une exception de l'art. 34(3) s'applique.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1678" />
      <source>The supervisory authority (its name is not recorded on the organisation's page)</source>
      <translation>L'autorité de contrôle (son nom n'est pas renseigné sur la page de l'organisme)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1679" />
      <source>The supervisory authority on request (Art. 30(4))</source>
      <translation>L'autorité de contrôle, sur demande (art. 30(4))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1680" />
      <source>The yearly check of our records of processing and data-protection measures — Articles 5(2) and 24(1) GDPR</source>
      <translation>Le contrôle annuel de nos registres de traitement et de nos mesures de protection des données — articles 5(2) et 24(1) RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1681" />
      <source>This is not a zip file.</source>
      <translation>Ce n'est pas un fichier zip.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1682" />
      <source>This is the first review: there is nothing to compare with yet.</source>
      <translation>Il s'agit de la première revue : il n'y a encore rien à comparer.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1683" />
      <source>This report</source>
      <translation>Ce rapport</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1684" />
      <source>This report is signed electronically (PAdES) by the organisation. Any change to the file after signing, even of one character, breaks the signature. &lt;b&gt;To check it&lt;/b&gt;, open the file in a PDF reader that shows signatures, for example Adobe Acrobat Reader, and open its signature panel. It should show the signer, &lt;b&gt;{signer}&lt;/b&gt;, and say that the document has not been modified since this signature was applied.</source>
      <translation>Ce rapport est signé électroniquement (PAdES) par l'organisme. Toute modification du fichier après la signature, même d'un seul caractère, invalide la signature. &lt;b&gt;Pour la vérifier&lt;/b&gt;, ouvrez le fichier dans un lecteur PDF qui affiche les signatures, par exemple Adobe Acrobat Reader, et ouvrez son panneau des signatures. Il doit indiquer le signataire, &lt;b&gt;{signer}&lt;/b&gt;, et préciser que le document n'a pas été modifié depuis l'application de cette signature.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1685" />
      <source>Timing — Art. 33(1) and 33(4)</source>
      <translation>Délais — art. 33(1) et 33(4)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1686" />
      <source>To</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1687" />
      <source>To do</source>
      <translation>À faire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1688" />
      <source>To notify, not sent</source>
      <translation>À notifier, non envoyées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1689" />
      <source>Today</source>
      <translation>Aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1690" />
      <source>Told {when}</source>
      <translation>Informées le {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1691" />
      <source>Training log</source>
      <translation>Journal des formations</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1692" />
      <source>Training records</source>
      <translation>Formations enregistrées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1693" />
      <source>Valid</source>
      <translation>Valide</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1694" />
      <source>Valid until {date}</source>
      <translation>Valide jusqu'au {date}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1695" />
      <source>We are still assessing the possible consequences for you.</source>
      <translation>Nous évaluons encore les conséquences possibles pour vous.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1696" />
      <source>We are still establishing what happened.</source>
      <translation>Nous établissons encore ce qui s'est passé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1697" />
      <source>We are still establishing which information was involved.</source>
      <translation>Nous établissons encore quelles informations sont concernées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1698" />
      <source>We are writing to tell you about an incident at {organisation} that involves your personal information, and what we are doing about it.</source>
      <translation>Nous vous écrivons pour vous informer d'un incident survenu chez {organisation} qui concerne vos informations personnelles, et de ce que nous faisons pour y remédier.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1699" />
      <source>We became aware of it on {date}.</source>
      <translation>Nous en avons pris connaissance le {date}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1700" />
      <source>We have read this review. We approve the records as they stand and ask for the points listed for management to be dealt with before the next review (Art. 5(2), 24(1) GDPR).</source>
      <translation>Nous avons pris connaissance de cette revue. Nous approuvons les fiches en l'état et demandons que les points signalés à la direction soient traités avant la prochaine revue (art. 5(2), 24(1) RGPD).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1701" />
      <source>We have taken steps to contain the incident and are reviewing how to prevent it happening again.</source>
      <translation>Nous avons pris des mesures pour contenir l'incident et examinons comment éviter qu'il se reproduise.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1702" />
      <source>We process this data on behalf of {client}. This notification is for {client}, the controller, who decides whether to notify the supervisory authority and the people affected (Art. 33(2)). See “Telling the client” below.</source>
      <translation>Nous traitons ces données pour le compte de {client}. Cette notification est destinée à {client}, responsable du traitement, qui décide s'il faut notifier l'autorité de contrôle et les personnes concernées (art. 33(2)). Voir « Information du client » ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1703" />
      <source>What changed</source>
      <translation>Ce qui a changé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1704" />
      <source>What happened</source>
      <translation>Ce qui s'est passé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1705" />
      <source>What information was involved</source>
      <translation>Quelles informations sont concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1706" />
      <source>What the dashboard and “atlas check” report at the close: deadlines passed, deadlines close, and gaps the GDPR asks to be filled.</source>
      <translation>Ce que le tableau de bord et « atlas check » signalent à la clôture : échéances dépassées, échéances proches et lacunes que le RGPD demande de combler.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1707" />
      <source>What this could mean for you</source>
      <translation>Ce que cela pourrait signifier pour vous</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1708" />
      <source>What we have done</source>
      <translation>Ce que nous avons fait</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1709" />
      <source>What you can do</source>
      <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1710" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1711" />
      <source>When we became aware</source>
      <translation>Prise de connaissance</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1712" />
      <source>Whenever they happened: the decisions as recorded in the register.</source>
      <translation>Quelle que soit leur date : les décisions telles qu'enregistrées dans le registre.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1713" />
      <source>Where it processes the data is not recorded.</source>
      <translation>Le lieu où il traite les données n'est pas renseigné.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1714" />
      <source>Who must be told</source>
      <translation>Qui doit être informé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1715" />
      <source>Who to contact</source>
      <translation>Qui contacter</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1716" />
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1717" />
      <source>With valid training today</source>
      <translation>Avec une formation valide aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1718" />
      <source>Without valid training: {names}.</source>
      <translation>Sans formation valide : {names}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1719" />
      <source>Worked out from the organisation's country ({country}), Art. 55.</source>
      <translation>Déterminée d'après le pays de l'organisme ({country}), art. 55.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1720" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1721" />
      <source>You also have the right to complain to {authority}.</source>
      <translation>Vous avez également le droit d'introduire une réclamation auprès de l'autorité de contrôle : {authority}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1722" />
      <source>Yours sincerely,</source>
      <translation>Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1723" />
      <source>audit trail</source>
      <translation>journal d'audit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1724" />
      <source>audit trail entry {count}, head {head}</source>
      <translation>entrée {count} du journal d'audit, tête {head}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1725" />
      <source>not answered</source>
      <translation>sans réponse</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1726" />
      <source>not answered: worked out from the data involved (see the table above)</source>
      <translation>sans réponse : déterminé d'après les données concernées (voir le tableau ci-dessus)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1727" />
      <source>not assessed yet</source>
      <translation>pas encore évalué</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1728" />
      <source>not needed: availability was not affected</source>
      <translation>non nécessaire : la disponibilité n'a pas été touchée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1729" />
      <source>not needed: confidentiality was not affected</source>
      <translation>non nécessaire : la confidentialité n'a pas été touchée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1730" />
      <source>not needed: integrity was not affected</source>
      <translation>non nécessaire : l'intégrité n'a pas été touchée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1731" />
      <source>not ticked</source>
      <translation>non coché</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1732" />
      <source>our organisation</source>
      <translation>notre organisme</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1733" />
      <source>role not recorded</source>
      <translation>fonction non renseignée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1734" />
      <source>the client</source>
      <translation>le client</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1735" />
      <source>the data protection supervisory authority</source>
      <translation>l'autorité de contrôle chargée de la protection des données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1736" />
      <source>{answer} (assumed: not answered)</source>
      <translation>{answer} (supposé : sans réponse)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1737" />
      <source>{count} of 8</source>
      <translation>{count} sur 8</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1738" />
      <source>{course} ({date})</source>
      <translation>{course} ({date})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1739" />
      <source>{course} ({start} to {end})</source>
      <translation>{course} (du {start} au {end})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1740" />
      <source>{file} does not match its hash in the manifest.</source>
      <translation>{file} ne correspond pas à son hachage dans le manifeste.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1741" />
      <source>{file} is missing from the pack.</source>
      <translation>{file} manque dans le dossier.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1742" />
      <source>{file} is not in the manifest.</source>
      <translation>{file} ne figure pas dans le manifeste.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1743" />
      <source>{label} (continued)</source>
      <translation>{label} (suite)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1744" />
      <source>{name} ({role})</source>
      <translation>{name} ({role})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1745" />
      <source>{notified}, of which {late} after the 72 hours</source>
      <translation>{notified}, dont {late} après les 72 heures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1746" />
      <source>{percent}% of current staff ({trained} of {staff}) have training that is valid today.</source>
      <translation>{percent} % du personnel actuel ({trained} sur {staff}) ont une formation valide aujourd'hui.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1747" />
      <source>{review}: annual data protection review (Art. 5(2), 24(1) GDPR)</source>
      <translation>{review} : revue annuelle de protection des données (art. 5(2), 24(1) RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1748" />
      <source>{right} ({article})</source>
      <translation>{right} ({article})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1749" />
      <source>{signer}, made by {person}</source>
      <translation>{signer}, établi par {person}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1750" />
      <source>{start} – {end}</source>
      <translation>{start} – {end}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1751" />
      <source>{title} — Article 35 GDPR</source>
      <translation>{title} — article 35 RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1752" />
      <source>{title} — Articles 33 and 34 GDPR</source>
      <translation>{title} — articles 33 et 34 RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1753" />
      <source>{valid} of {staff}</source>
      <translation>{valid} sur {staff}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1754" />
      <source>{valid} of {staff} ({percent} %)</source>
      <translation>{valid} sur {staff} ({percent} %)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1755" />
      <source>{when} by {person}</source>
      <translation>{when} par {person}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="69" />
      <source>Nothing to report on</source>
      <translation>Rien à rapporter</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="70" />
      <source>There are no {0} yet.</source>
      <translation>Aucune fiche pour l'instant ({0}).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="75" />
      <source>Which {0}?</source>
      <translation>Quelle fiche ({0}) ?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="104" />
      <source>Which report?</source>
      <translation>Quel rapport ?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="104" />
      <source>Report on this record:</source>
      <translation>Rapport sur cette fiche :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="126" />
      <source>Save the signed report</source>
      <translation>Enregistrer le rapport signé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="126" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="145" />
      <source>Report signed</source>
      <translation>Rapport signé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="146" />
      <source>The signed report was written to
{0}

It is not encrypted: keep it somewhere safe. Open it now?</source>
      <translation>Le rapport signé a été écrit dans
{0}

Il n'est pas chiffré : conservez-le en lieu sûr. L'ouvrir maintenant ?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="154" />
      <source>The report was not written</source>
      <translation>Le rapport n'a pas été écrit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="156" />
      <source>Building and signing the report…</source>
      <translation>Création et signature du rapport…</translation>
    </message>
  </context>
  <context>
    <name>retention</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1756" />
      <source>Data</source>
      <translation>Données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1757" />
      <source>from answer to a rights request</source>
      <translation>à compter de la réponse à une demande d'exercice de droits</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1758" />
      <source>from closing of the account</source>
      <translation>à compter de la clôture du compte</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1759" />
      <source>from collection</source>
      <translation>à compter de la collecte</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1760" />
      <source>from end of employment</source>
      <translation>à compter de la fin de l'emploi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1761" />
      <source>from end of the contract</source>
      <translation>à compter de la fin du contrat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1762" />
      <source>from end of the processing</source>
      <translation>à compter de la fin du traitement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1763" />
      <source>from last contact with the person</source>
      <translation>à compter du dernier contact avec la personne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1764" />
      <source>from withdrawal of consent</source>
      <translation>à compter du retrait du consentement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1765" />
      <source>from {trigger}</source>
      <translation>à compter de : {trigger}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1766" />
      <source>{category}: {period}</source>
      <translation>{category} : {period}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2039" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2040" />
      <source>%n month(s)</source>
      <translation>
        <numerusform>%n mois</numerusform>
        <numerusform>%n mois</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2041" />
      <source>%n week(s)</source>
      <translation>
        <numerusform>%n semaine</numerusform>
        <numerusform>%n semaines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2042" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n an</numerusform>
        <numerusform>%n ans</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>review</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1767" />
      <source> (aware {when})</source>
      <translation> (connaissance le {when})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1768" />
      <source>, and {people}</source>
      <translation>, et {people}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1769" />
      <source>, {count} to be notified but not notified yet</source>
      <translation>, {count} à notifier mais pas encore notifiée(s)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1770" />
      <source>, {count} with the decision still pending</source>
      <translation>, {count} avec la décision encore en attente</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1771" />
      <source>, {open} still open ({overdue} overdue)</source>
      <translation>, {open} encore ouverte(s) ({overdue} en retard)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1772" />
      <source>; and {count} more (section 2).</source>
      <translation> ; et {count} autre(s) (section 2).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1773" />
      <source>; without: {names}</source>
      <translation> ; sans : {names}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1774" />
      <source>Breach “{title}” touches this activity and its clock is still running: {authority}, and {people}.</source>
      <translation>La violation « {title} » concerne cette activité et son délai court toujours : {authority}, et {people}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1775" />
      <source>Breach “{title}” touches this activity and its clock is still running: {authority}.</source>
      <translation>La violation « {title} » concerne cette activité et son délai court toujours : {authority}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1776" />
      <source>No personal data breach was recorded in the period.</source>
      <translation>Aucune violation de données à caractère personnel n'a été enregistrée au cours de la période.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1777" />
      <source>No request from a person exercising their rights was received in the period.</source>
      <translation>Aucune demande d'exercice de droits n'a été reçue au cours de la période.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1778" />
      <source>Open findings: {overdue} overdue, {due_soon} due soon and {gaps} gaps in the records (details in section 3).</source>
      <translation>Constats ouverts : {overdue} en retard, {due_soon} à échéance proche et {gaps} lacunes dans les fiches (détails en section 3).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1779" />
      <source>Person {id}</source>
      <translation>Personne {id}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1780" />
      <source>Since {since}: {added} added, {changed} changed and {retired} retired or removed.</source>
      <translation>Depuis {since} : {added} ajouté(s), {changed} modifié(s) et {retired} retiré(s) ou supprimé(s).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1781" />
      <source>Some breaches were notified after 72 hours: check the breach procedure (Art. 33(1)).</source>
      <translation>Certaines violations ont été notifiées après 72 heures : vérifiez la procédure de gestion des violations (art. 33(1)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1782" />
      <source>Some rights requests were answered late or are overdue: check who handles them (Art. 12(3)).</source>
      <translation>Certaines demandes d'exercice de droits ont reçu une réponse tardive ou sont en retard : vérifiez qui les traite (art. 12(3)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1783" />
      <source>There are no open findings: nothing is overdue or missing.</source>
      <translation>Aucun constat ouvert : rien n'est en retard ni manquant.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1784" />
      <source>This is the first review: later reviews will list what changed since this one.</source>
      <translation>Il s'agit de la première revue : les revues suivantes indiqueront ce qui a changé depuis celle-ci.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1785" />
      <source>the previous review</source>
      <translation>la revue précédente</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1786" />
      <source>{percent}% of staff ({trained} of {staff}) have valid data-protection training{missing}.</source>
      <translation>{percent} % du personnel ({trained} sur {staff}) dispose d'une formation valide à la protection des données{missing}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1787" />
      <source>“{title}” needs your attention before it is confirmed: {reason}{more}. Open it and put it right, or confirm it with a note saying why it stands as it is.</source>
      <translation>« {title} » demande votre attention avant d'être confirmé : {reason}{more}. Ouvrez-le et corrigez-le, ou confirmez-le avec une note expliquant pourquoi il reste en l'état.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1788" />
      <source>“{title}”{aware}: {authority}{people}</source>
      <translation>« {title} »{aware} : {authority}{people}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1789" />
      <source>…and {count} more overdue (section 3).</source>
      <translation>… et {count} autre(s) en retard (section 3).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2043" />
      <source> (and %n more)</source>
      <translation>
        <numerusform> (et %n autre)</numerusform>
        <numerusform> (et %n autres)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2044" />
      <source>%n breach(es) still (has|have) a clock running (Art. 33(1), 34(1)), whenever it happened: {breaches}</source>
      <translation>
        <numerusform>%n violation a encore un délai en cours (art. 33(1), 34(1)), quelle que soit sa date : {breaches}</numerusform>
        <numerusform>%n violations ont encore un délai en cours (art. 33(1), 34(1)), quelle que soit leur date : {breaches}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2045" />
      <source>%n personal data breach(es) in the period: {notified} notified to the authority ({on_time} within 72 hours, {late} late), {not_needed} not notified by a recorded decision (unlikely to result in a risk, or a client's breach that the client notifies){to_notify}{undecided}.</source>
      <translation>
        <numerusform>%n violation de données à caractère personnel au cours de la période : {notified} notifiée(s) à l'autorité ({on_time} dans les 72 heures, {late} en retard), {not_needed} non notifiée(s) sur décision enregistrée (risque peu probable, ou violation d'un client que le client notifie lui-même){to_notify}{undecided}.</numerusform>
        <numerusform>%n violations de données à caractère personnel au cours de la période : {notified} notifiée(s) à l'autorité ({on_time} dans les 72 heures, {late} en retard), {not_needed} non notifiée(s) sur décision enregistrée (risque peu probable, ou violation d'un client que le client notifie lui-même){to_notify}{undecided}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2046" />
      <source>%n rights request(s) received: {answered} answered ({on_time} on time, {late} late), {extended} extended by two months{still_open}.</source>
      <translation>
        <numerusform>%n demande d'exercice de droits reçue : {answered} traitée(s) ({on_time} dans les délais, {late} en retard), {extended} prolongée(s) de deux mois{still_open}.</numerusform>
        <numerusform>%n demandes d'exercice de droits reçues : {answered} traitée(s) ({on_time} dans les délais, {late} en retard), {extended} prolongée(s) de deux mois{still_open}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2047" />
      <source>Train the %n member(s) of staff without valid training (Art. 32(4)).</source>
      <translation>
        <numerusform>Formez le membre du personnel (%n) sans formation valide (art. 32(4)).</numerusform>
        <numerusform>Formez les %n membres du personnel sans formation valide (art. 32(4)).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2048" />
      <source>We reviewed %n record(s) that describe our ongoing processing: {confirmed} confirmed unchanged, {updated} updated and {retired} retired.</source>
      <translation>
        <numerusform>Nous avons revu %n fiche décrivant nos traitements en cours : {confirmed} confirmée(s) inchangée(s), {updated} mise(s) à jour et {retired} retirée(s).</numerusform>
        <numerusform>Nous avons revu %n fiches décrivant nos traitements en cours : {confirmed} confirmée(s) inchangée(s), {updated} mise(s) à jour et {retired} retirée(s).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>review_packs</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="23" />
      <source>Writing the review</source>
      <translation>Rédaction de la revue</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="24" />
      <source>Writing the record of processing activities</source>
      <translation>Rédaction du registre des activités de traitement</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="25" />
      <source>Writing the spreadsheet</source>
      <translation>Rédaction du tableur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="25" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="36" />
      <source>Save the review pack</source>
      <translation>Enregistrer le dossier de revue</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="37" />
      <source>Review pack (*.zip)</source>
      <translation>Dossier de revue (*.zip)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="45" />
      <source>The review pack was saved as
{0}

It holds the signed review, the signed record of processing activities and the full spreadsheet, with a manifest of their SHA-256 hashes. It is not encrypted: keep it somewhere safe.</source>
      <translation>Le dossier de revue a été enregistré sous
{0}

Il contient la revue signée, le registre des activités de traitement signé et le tableur complet, avec un manifeste de leurs empreintes SHA-256. Il n'est pas chiffré : conservez-le en lieu sûr.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="75" />
      <source>Closing the review</source>
      <translation>Clôture de la revue</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="82" />
      <source>Review closed</source>
      <translation>Revue clôturée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="83" />
      <source>The review is closed and signed.</source>
      <translation>La revue est clôturée et signée.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="89" />
      <source>The review was not closed</source>
      <translation>La revue n'a pas été clôturée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="91" />
      <source>Closing the review and signing the pack…</source>
      <translation>Clôture de la revue et signature du dossier…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="109" />
      <source>No pack yet</source>
      <translation>Pas encore de dossier</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="110" />
      <source>{0} is still in progress: its pack is made when it is closed.</source>
      <translation>{0} est toujours en cours : son dossier est constitué à sa clôture.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="118" />
      <source>Saving the review pack</source>
      <translation>Enregistrement du dossier de revue</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="123" />
      <source>The pack was not saved</source>
      <translation>Le dossier n'a pas été enregistré</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="125" />
      <source>Saving the review pack…</source>
      <translation>Enregistrement du dossier de revue…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="126" />
      <source>Pack saved</source>
      <translation>Dossier enregistré</translation>
    </message>
  </context>
  <context>
    <name>setup</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1790" />
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1791" />
      <source>{country}'s public holidays are the same everywhere, so no region is needed; leave out {region}.</source>
      <translation>Les jours fériés de {country} sont les mêmes partout : aucune région n'est nécessaire ; omettez {region}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1792" />
      <source>{region} is not a region of {country} with its own public holidays. Use one of: {regions}.</source>
      <translation>{region} n'est pas une région de {country} ayant ses propres jours fériés. Utilisez l'une des suivantes : {regions}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1793" />
      <source>{text} is not a country Atlas knows. Give its two-letter code (e.g. RO for Romania, DE for Germany, GB for the United Kingdom).</source>
      <translation>{text} n'est pas un pays connu d'Atlas. Indiquez son code à deux lettres (p. ex. RO pour la Roumanie, DE pour l'Allemagne, GB pour le Royaume-Uni).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1794" />
      <source>{what} cannot be empty: it is written in the audit trail and on sign-offs.</source>
      <translation>{what} ne peut pas être vide : il est inscrit dans le journal d'audit et sur les validations.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1795" />
      <source>{what} contains a control character; type it again as plain text.</source>
      <translation>{what} contient un caractère de contrôle ; saisissez-le à nouveau en texte simple.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1796" />
      <source>{what} is {length} characters long; use at most {most}.</source>
      <translation>{what} compte {length} caractères ; utilisez-en {most} au maximum.</translation>
    </message>
  </context>
  <context>
    <name>spec</name>
    <message>
      <location filename="../../build/spec_strings.py" line="4" />
      <source>1 minimal, 2 significant, 3 serious, 4 severe or permanent.</source>
      <translation>1 minime, 2 significative, 3 grave, 4 sévère ou permanente.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="5" />
      <source>1 remote, 2 possible, 3 likely, 4 almost certain.</source>
      <translation>1 peu probable, 2 possible, 3 probable, 4 quasi certain.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="6" />
      <source>12 means at least once a year.</source>
      <translation>12 signifie au moins une fois par an.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="7" />
      <source>12 means once a year.</source>
      <translation>12 signifie une fois par an.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="8" />
      <source>1–4, with the measures in place.</source>
      <translation>1–4, avec les mesures en place.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="10" />
      <source>A client's: we process it on their behalf (processor)</source>
      <translation>D'un client : nous les traitons pour son compte (sous-traitant)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="11" />
      <source>A core activity</source>
      <translation>Une activité de base</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="12" />
      <source>A data protection impact assessment for processing likely to result in a high risk.</source>
      <translation>Une analyse d'impact relative à la protection des données pour un traitement susceptible d'engendrer un risque élevé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="14" />
      <source>A ministry, council, public school or hospital, or another body under public law. Courts acting as courts are not counted.</source>
      <translation>Un ministère, une collectivité, une école ou un hôpital publics, ou un autre organisme de droit public. Les juridictions agissant dans l'exercice de leur fonction juridictionnelle ne sont pas comptées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="15" />
      <source>A phone number for data-protection matters.</source>
      <translation>Un numéro de téléphone pour les questions de protection des données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="16" />
      <source>A request from someone to see, correct, erase, move or stop the use of their data.</source>
      <translation>Une demande d'une personne qui souhaite consulter, corriger, effacer, transférer ses données ou en faire cesser l'utilisation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="17" />
      <source>A security incident that led to personal data being lost, destroyed, altered, disclosed or accessed without authorisation. Every breach is recorded, notified or not (Art. 33(5)).</source>
      <translation>Un incident de sécurité ayant entraîné la perte, la destruction, l'altération, la divulgation de données à caractère personnel ou un accès non autorisé à celles-ci. Chaque violation est consignée, qu'elle soit notifiée ou non (art. 33(5)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="18" />
      <source>A service provider that handles personal data for you (payroll, hosting, email, payments…).</source>
      <translation>Un prestataire qui traite des données à caractère personnel pour votre compte (paie, hébergement, messagerie, paiements…).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="19" />
      <source>A short name, e.g. Laptop stolen from car.</source>
      <translation>Un nom court, p. ex. Ordinateur portable volé dans une voiture.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="20" />
      <source>A short name, e.g. Payroll.</source>
      <translation>Un nom court, p. ex. Paie.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="22" />
      <source>About telling them</source>
      <translation>Information des personnes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="23" />
      <source>About the automated decisions</source>
      <translation>Sur les décisions automatisées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="24" />
      <source>Accepted</source>
      <translation>Acceptée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="25" />
      <source>Access control: only those who need it</source>
      <translation>Contrôle d'accès : uniquement ceux qui en ont besoin</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="26" />
      <source>Access logging</source>
      <translation>Journalisation des accès</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="27" />
      <source>Access to their data</source>
      <translation>Accès à leurs données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="28" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="29" />
      <source>Activities affected</source>
      <translation>Activités touchées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="30" />
      <source>Activities concerned</source>
      <translation>Activités concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="31" />
      <source>Activities served</source>
      <translation>Activités servies</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="32" />
      <source>Activities that use this processor.</source>
      <translation>Activités qui font appel à ce sous-traitant.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="33" />
      <source>Activity</source>
      <translation>Activité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="34" />
      <source>Acts only on our documented instructions, transfers included</source>
      <translation>N'agit que sur nos instructions documentées, transferts compris</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="35" />
      <source>Added</source>
      <translation>Ajouté le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="36" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="37" />
      <source>Address, email or phone of the representative.</source>
      <translation>Adresse, e-mail ou téléphone du représentant.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="38" />
      <source>Adequacy decision</source>
      <translation>Décision d'adéquation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="40" />
      <source>Advice given by</source>
      <translation>Avis donné par</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="41" />
      <source>Advice of the DPO or person responsible</source>
      <translation>Avis du DPO ou de la personne responsable</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="42" />
      <source>An email address people and the authority can reach you at.</source>
      <translation>Une adresse e-mail à laquelle les personnes et l'autorité peuvent vous joindre.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="43" />
      <source>An up-to-date backup restored it</source>
      <translation>Une sauvegarde à jour les a restaurées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="44" />
      <source>Answer due</source>
      <translation>Réponse attendue le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="45" />
      <source>Answer received on</source>
      <translation>Réponse reçue le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="46" />
      <source>Answer sent on</source>
      <translation>Réponse envoyée le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="47" />
      <source>Answer to a rights request</source>
      <translation>Réponse à une demande d'exercice de droits</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="48" />
      <source>Answered</source>
      <translation>Répondues</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="49" />
      <source>Answering messages sent through the website or by email</source>
      <translation>Répondre aux messages envoyés via le site web ou par e-mail</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="50" />
      <source>Any registration or case number the authority gave you.</source>
      <translation>Tout numéro d'enregistrement ou de dossier que l'autorité vous a attribué.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="51" />
      <source>Anything else worth keeping, e.g. how identity was checked.</source>
      <translation>Tout autre élément utile à conserver, p. ex. comment l'identité a été vérifiée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="52" />
      <source>Anything else worth keeping.</source>
      <translation>Tout autre élément utile à conserver.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="53" />
      <source>Anything the checklist does not say.</source>
      <translation>Tout ce que la liste de contrôle ne dit pas.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="54" />
      <source>Anything the number does not say, e.g. “until the permit expires” or the law that sets it.</source>
      <translation>Tout ce que le nombre ne dit pas, p. ex. « jusqu'à l'expiration du permis » ou la loi qui la fixe.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="55" />
      <source>Approved</source>
      <translation>Approuvée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="56" />
      <source>Approved by</source>
      <translation>Approuvée par</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="57" />
      <source>Approved certification</source>
      <translation>Certification approuvée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="58" />
      <source>Approved code of conduct</source>
      <translation>Code de conduite approuvé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="59" />
      <source>Approved on</source>
      <translation>Approuvée le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="60" />
      <source>Approximate number of people.</source>
      <translation>Nombre approximatif de personnes.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="61" />
      <source>Approximate number of records.</source>
      <translation>Nombre approximatif d'enregistrements.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="62" />
      <source>Archiving, research or statistics</source>
      <translation>Archivage, recherche ou statistiques</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="63" />
      <source>Art. 9(2) condition</source>
      <translation>Condition de l'art. 9(2)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="64" />
      <source>Assessed risk to people</source>
      <translation>Risque évalué pour les personnes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="69" />
      <source>Auditors and accountants</source>
      <translation>Auditeurs et comptables</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="70" />
      <source>Authority extended its deadline</source>
      <translation>L'autorité a prolongé son délai</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="71" />
      <source>Authority's answer</source>
      <translation>Réponse de l'autorité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="72" />
      <source>Authority's contact</source>
      <translation>Contact de l'autorité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="73" />
      <source>Authority's reference</source>
      <translation>Référence de l'autorité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="74" />
      <source>Automated decisions</source>
      <translation>Décisions automatisées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="75" />
      <source>Automated decisions with legal or similarly significant effect</source>
      <translation>Décisions automatisées produisant des effets juridiques ou similaires</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="76" />
      <source>Availability: lost or destroyed, even temporarily</source>
      <translation>Disponibilité : données perdues ou détruites, même temporairement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="77" />
      <source>Awaiting sign-off</source>
      <translation>En attente de validation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="78" />
      <source>Backups and restore tested</source>
      <translation>Sauvegardes et restauration testées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="79" />
      <source>Balancing test (LIA)</source>
      <translation>Mise en balance des intérêts (LIA)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="80" />
      <source>Bank and financial details</source>
      <translation>Coordonnées bancaires et financières</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="81" />
      <source>Banks</source>
      <translation>Banques</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="82" />
      <source>Became aware at</source>
      <translation>Connaissance acquise le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="83" />
      <source>Becoming aware plus 72 hours.</source>
      <translation>Prise de connaissance plus 72 heures.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="84" />
      <source>Becoming aware plus the hours above.</source>
      <translation>Prise de connaissance plus les heures indiquées ci-dessus.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="85" />
      <source>Behavioural data: location, traffic, habits, preferences</source>
      <translation>Données comportementales : localisation, trafic, habitudes, préférences</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="86" />
      <source>Below the age of digital consent: the parent or guardian who gave or authorised consent.</source>
      <translation>En dessous de l'âge du consentement numérique : le titulaire de la responsabilité parentale qui a donné ou autorisé le consentement.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="87" />
      <source>Binding corporate rules</source>
      <translation>Règles d'entreprise contraignantes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="88" />
      <source>Biometric data used to identify someone</source>
      <translation>Données biométriques servant à identifier une personne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="89" />
      <source>Breach</source>
      <translation>Violation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="90" />
      <source>Breaches</source>
      <translation>Violations</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="91" />
      <source>Briefly, then restored without difficulty (e.g. from a backup)</source>
      <translation>Brièvement, puis restaurées sans difficulté (p. ex. depuis une sauvegarde)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="92" />
      <source>Business function</source>
      <translation>Service concerné</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="93" />
      <source>CCTV</source>
      <translation>Vidéosurveillance</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="94" />
      <source>Cameras protecting the premises</source>
      <translation>Caméras protégeant les locaux</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="95" />
      <source>Cannot be ruled out</source>
      <translation>Ne peut être exclue</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="97" />
      <source>Categories of data subjects, e.g. Employees, Customers.</source>
      <translation>Catégories de personnes concernées, p. ex. Salariés, Clients.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="99" />
      <source>Categories of personal data concerned.</source>
      <translation>Catégories de données à caractère personnel concernées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="100" />
      <source>Categories of personal data, e.g. Contact details, Bank details.</source>
      <translation>Catégories de données à caractère personnel, p. ex. Coordonnées, Coordonnées bancaires.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="102" />
      <source>Cause</source>
      <translation>Cause</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="104" />
      <source>Cause not recorded</source>
      <translation>Cause non renseignée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="105" />
      <source>Certificate number or where the proof is kept.</source>
      <translation>Numéro de certificat ou endroit où la preuve est conservée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="106" />
      <source>Change</source>
      <translation>Changement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="107" />
      <source>Changed</source>
      <translation>Modifié</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="108" />
      <source>Changed and possibly used wrongly; the correct data can be restored</source>
      <translation>Modifiées et peut-être utilisées à tort ; les données correctes peuvent être restaurées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="109" />
      <source>Changed and possibly used wrongly; the correct data cannot be restored</source>
      <translation>Modifiées et peut-être utilisées à tort ; les données correctes ne peuvent pas être restaurées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="110" />
      <source>Changed, but put right with no sign that the wrong data was used</source>
      <translation>Modifiées, mais corrigées sans signe que les données erronées aient été utilisées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="111" />
      <source>Changes notified</source>
      <translation>Changements notifiés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="112" />
      <source>Children</source>
      <translation>Enfants</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="113" />
      <source>Children or vulnerable people affected</source>
      <translation>Enfants ou personnes vulnérables touchés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="114" />
      <source>Clauses authorised by the authority</source>
      <translation>Clauses autorisées par l'autorité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="115" />
      <source>Clauses in the DPA</source>
      <translation>Clauses du contrat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="116" />
      <source>Client (controller)</source>
      <translation>Client (responsable du traitement)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="117" />
      <source>Client told at</source>
      <translation>Client informé le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="118" />
      <source>Client's contact</source>
      <translation>Contact chez le client</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="119" />
      <source>Clients</source>
      <translation>Clients</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="120" />
      <source>Closed</source>
      <translation>Clôturée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="121" />
      <source>Closing of the account</source>
      <translation>Clôture du compte</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="122" />
      <source>Collected through the person's employer</source>
      <translation>Recueilli par l'intermédiaire de l'employeur de la personne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="123" />
      <source>Collection: when the data was collected</source>
      <translation>Collecte : date à laquelle les données ont été collectées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="124" />
      <source>Completed on</source>
      <translation>Suivie le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="125" />
      <source>Completed on plus the validity.</source>
      <translation>Date de formation plus la durée de validité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="127" />
      <source>Confidentiality, integrity and/or availability.</source>
      <translation>Confidentialité, intégrité et/ou disponibilité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="128" />
      <source>Confidentiality: disclosed or accessed without authorisation</source>
      <translation>Confidentialité : divulgation ou accès non autorisés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="129" />
      <source>Confirmed unchanged</source>
      <translation>Confirmé sans changement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="130" />
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="131" />
      <source>Consent record</source>
      <translation>Preuve de consentement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="133" />
      <source>Consents</source>
      <translation>Consentements</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="134" />
      <source>Consider a DPIA: one criterion met; record why not</source>
      <translation>Envisager une AIPD : un critère rempli ; consigner pourquoi elle n'est pas menée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="135" />
      <source>Consult the authority first (residual risk high)</source>
      <translation>Consulter d'abord l'autorité (risque résiduel élevé)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="136" />
      <source>Consultation sent on</source>
      <translation>Consultation envoyée le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="137" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="138" />
      <source>Contact details</source>
      <translation>Coordonnées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="139" />
      <source>Contact point</source>
      <translation>Point de contact</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="140" />
      <source>Contained</source>
      <translation>Maîtrisée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="141" />
      <source>Containment</source>
      <translation>Confinement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="142" />
      <source>Content of messages and calls</source>
      <translation>Contenu des messages et des appels</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="143" />
      <source>Contract</source>
      <translation>Contrat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="145" />
      <source>Contract ended</source>
      <translation>Contrat terminé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="146" />
      <source>Contractors and freelancers</source>
      <translation>Prestataires et indépendants</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="147" />
      <source>Controller</source>
      <translation>Responsable du traitement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="148" />
      <source>Controller: we decide why and how</source>
      <translation>Responsable du traitement : nous décidons pourquoi et comment</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="150" />
      <source>Controllers we act for</source>
      <translation>Responsables du traitement pour lesquels nous agissons</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="151" />
      <source>Correction (rectification)</source>
      <translation>Correction (rectification)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="152" />
      <source>Could others see the data?</source>
      <translation>D'autres ont-ils pu voir les données ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="153" />
      <source>Counted from</source>
      <translation>Compté à partir de</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="154" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="155" />
      <source>Course</source>
      <translation>Formation suivie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="156" />
      <source>Courts and police, on legal request</source>
      <translation>Tribunaux et police, sur réquisition légale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="157" />
      <source>Criminal-offence data</source>
      <translation>Données relatives aux infractions pénales</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="158" />
      <source>Criterion</source>
      <translation>Critère</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="159" />
      <source>Current staff</source>
      <translation>Personnel actuel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="160" />
      <source>Current staff are included in training coverage.</source>
      <translation>Le personnel actuel est pris en compte dans la couverture de la formation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="161" />
      <source>Customers</source>
      <translation>Clients</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="162" />
      <source>Customers and invoicing</source>
      <translation>Clients et facturation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="163" />
      <source>Cyber incident</source>
      <translation>Cyberincident</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="164" />
      <source>DPA document</source>
      <translation>Document du contrat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="165" />
      <source>DPA signed on</source>
      <translation>Contrat signé le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="166" />
      <source>DPIA</source>
      <translation>AIPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="167" />
      <source>DPIA required by law: one of the cases of Art. 35(3)</source>
      <translation>AIPD exigée par la loi : l'un des cas de l'art. 35(3)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="168" />
      <source>DPIA required: two or more criteria met</source>
      <translation>AIPD exigée : deux critères ou plus remplis</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="171" />
      <source>DPIA screening criteria met</source>
      <translation>Critères de pré-évaluation AIPD remplis</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="172" />
      <source>DPIAs</source>
      <translation>AIPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="173" />
      <source>DPIAs (Art. 35)</source>
      <translation>AIPD (art. 35)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="174" />
      <source>DPIAs carried out for this activity.</source>
      <translation>AIPD menées pour cette activité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="175" />
      <source>DPO</source>
      <translation>DPO</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="176" />
      <source>DPO's contact</source>
      <translation>Contact du DPO</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="177" />
      <source>Data</source>
      <translation>Données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="178" />
      <source>Data about vulnerable people</source>
      <translation>Données concernant des personnes vulnérables</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="179" />
      <source>Data exfiltration attack (hacking)</source>
      <translation>Attaque par exfiltration de données (piratage)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="180" />
      <source>Data involved</source>
      <translation>Données concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="181" />
      <source>Data portability</source>
      <translation>Portabilité des données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="182" />
      <source>Data processed on a large scale</source>
      <translation>Données traitées à grande échelle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="184" />
      <source>Data-protection training completed by staff; refreshers expire.</source>
      <translation>Formations à la protection des données suivies par le personnel ; les remises à niveau expirent.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="185" />
      <source>Date and time of the event.</source>
      <translation>Date et heure de l'événement.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="187" />
      <source>Days, weeks, months or years.</source>
      <translation>Jours, semaines, mois ou années.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="188" />
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="189" />
      <source>Deadlines and dates are shown in this time zone, e.g. Europe/Bucharest.</source>
      <translation>Les échéances et les dates sont affichées dans ce fuseau horaire, p. ex. Europe/Paris.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="190" />
      <source>Deadlines skip this country's public holidays. Until you set it, they skip weekends only.</source>
      <translation>Les échéances évitent les jours fériés de ce pays. Tant qu'il n'est pas renseigné, elles évitent uniquement les week-ends.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="191" />
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="192" />
      <source>Decisions made solely by a computer with legal or similarly significant effects.</source>
      <translation>Décisions prises uniquement par un ordinateur et produisant des effets juridiques ou similaires.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="193" />
      <source>Deleted on</source>
      <translation>Supprimées le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="194" />
      <source>Deletes or returns all data at the end, as we choose</source>
      <translation>Supprime ou restitue toutes les données en fin de contrat, à notre choix</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="195" />
      <source>Derogation: compelling legitimate interests (not repetitive, few people)</source>
      <translation>Dérogation : intérêts légitimes impérieux (non répétitif, peu de personnes)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="196" />
      <source>Derogation: contract in the person's interest</source>
      <translation>Dérogation : contrat dans l'intérêt de la personne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="197" />
      <source>Derogation: explicit consent to the transfer</source>
      <translation>Dérogation : consentement explicite au transfert</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="198" />
      <source>Derogation: important public interest</source>
      <translation>Dérogation : motif important d'intérêt public</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="199" />
      <source>Derogation: legal claims</source>
      <translation>Dérogation : droits en justice</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="200" />
      <source>Derogation: necessary for a contract with the person</source>
      <translation>Dérogation : nécessaire à un contrat avec la personne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="201" />
      <source>Derogation: public register</source>
      <translation>Dérogation : registre public</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="202" />
      <source>Derogation: vital interests</source>
      <translation>Dérogation : intérêts vitaux</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="203" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="204" />
      <source>Description of the processing</source>
      <translation>Description du traitement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="205" />
      <source>Directly: e.g. a full name with an address, an ID number or a photo</source>
      <translation>Directement : p. ex. un nom complet avec une adresse, un numéro d'identité ou une photo</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="206" />
      <source>Discovered at</source>
      <translation>Découverte le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="207" />
      <source>Do not proceed</source>
      <translation>Ne pas mettre en œuvre</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="208" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="209" />
      <source>Done as asked</source>
      <translation>Fait comme demandé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="210" />
      <source>Done on purpose</source>
      <translation>Fait intentionnellement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="211" />
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="212" />
      <source>Driving licence data</source>
      <translation>Données du permis de conduire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="213" />
      <source>Due on</source>
      <translation>Échéance le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="214" />
      <source>EU representative</source>
      <translation>Représentant dans l'UE</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="215" />
      <source>Each WP248 criterion, met or not, with a note.</source>
      <translation>Chaque critère WP248, rempli ou non, avec une note.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="216" />
      <source>Each notice of a new or replaced sub-processor, with your decision.</source>
      <translation>Chaque notification d'un sous-traitant ultérieur nouveau ou remplacé, avec votre décision.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="217" />
      <source>Each purpose with its lawful basis.</source>
      <translation>Chaque finalité avec sa base juridique.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="218" />
      <source>Each risk to people, before and after the measures.</source>
      <translation>Chaque risque pour les personnes, avant et après les mesures.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="219" />
      <source>Each transfer to a country outside the EEA or an international organisation.</source>
      <translation>Chaque transfert vers un pays situé hors de l'EEE ou vers une organisation internationale.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="220" />
      <source>Education, CVs and training certificates</source>
      <translation>Formation, CV et certificats de formation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="221" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="222" />
      <source>Emailing the newsletter and offers</source>
      <translation>Envoi de la newsletter et des offres par e-mail</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="223" />
      <source>Employees</source>
      <translation>Salariés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="225" />
      <source>Employment records (contract, pay, appraisals)</source>
      <translation>Dossiers du personnel (contrat, paie, évaluations)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="226" />
      <source>Employment, social security and social protection law</source>
      <translation>Droit du travail, de la sécurité sociale et de la protection sociale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="227" />
      <source>Encryption (devices, backups, connections)</source>
      <translation>Chiffrement (appareils, sauvegardes, connexions)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="228" />
      <source>End of employment</source>
      <translation>Fin de la relation de travail</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="229" />
      <source>End of the contract</source>
      <translation>Fin du contrat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="230" />
      <source>End of the processing</source>
      <translation>Fin du traitement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="231" />
      <source>Ended on</source>
      <translation>Terminée le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="232" />
      <source>Erasure ('right to be forgotten')</source>
      <translation>Effacement (« droit à l'oubli »)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="233" />
      <source>Evaluating people's behaviour or traits automatically.</source>
      <translation>Évaluer automatiquement le comportement ou les caractéristiques des personnes.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="234" />
      <source>Evaluation or scoring</source>
      <translation>Évaluation ou notation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="235" />
      <source>Everyone who handles personal data for you, so that their training can be followed.</source>
      <translation>Toutes les personnes qui traitent des données à caractère personnel pour vous, afin de suivre leur formation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="236" />
      <source>Evidence</source>
      <translation>Preuve</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="238" />
      <source>Exemption relied on</source>
      <translation>Exemption invoquée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="239" />
      <source>Expires on</source>
      <translation>Expire le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="240" />
      <source>Explicit consent</source>
      <translation>Consentement explicite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="241" />
      <source>Exposed, with no sign that anyone saw or used it</source>
      <translation>Exposées, sans signe que quiconque les ait vues ou utilisées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="242" />
      <source>Extended by two months</source>
      <translation>Prolongé de deux mois</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="243" />
      <source>External recipients</source>
      <translation>Destinataires externes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="244" />
      <source>Fairly easily: e.g. a name with a town, or an account number</source>
      <translation>Assez facilement : p. ex. un nom avec une ville, ou un numéro de compte</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="296" />
      <source>How long, as a number, e.g. 6 (with the unit: years).</source>
      <translation>Durée, sous forme de nombre, p. ex. 6 (avec l'unité : années).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="297" />
      <source>How many people, as a rule, constantly handle personal data by computer. Some countries make a DPO compulsory above a number (Germany: 20, § 38 BDSG).</source>
      <translation>Nombre de personnes qui, en règle générale, traitent en permanence des données à caractère personnel par ordinateur. Certains pays rendent le DPO obligatoire au-delà d'un seuil (Allemagne : 20, § 38 BDSG).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="333" />
      <source>Job applications, CVs and interviews; a talent pool</source>
      <translation>Candidatures, CV et entretiens ; un vivier de talents</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="398" />
      <source>Newsletter</source>
      <translation>Newsletter</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="406" />
      <source>Non-essential cookies, e.g. visitor statistics</source>
      <translation>Cookies non essentiels, p. ex. statistiques de visite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="420" />
      <source>Number of employees</source>
      <translation>Nombre de salariés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="425" />
      <source>One month from receipt (three if extended), moved past weekends and the public holidays of the country you set (Organisation → Dates and deadlines); with none set, weekends only.</source>
      <translation>Un mois à compter de la réception (trois en cas de prolongation), reporté au-delà des week-ends et des jours fériés du pays indiqué (Organisme → Dates et échéances) ; à défaut, des week-ends seulement.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="437" />
      <source>Ordering from and paying suppliers; their contact persons</source>
      <translation>Commandes et paiements aux fournisseurs ; leurs interlocuteurs</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="438" />
      <source>Orders, delivery, invoices, payments and reminders</source>
      <translation>Commandes, livraisons, factures, paiements et relances</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="458" />
      <source>Paying salaries, tax and social-security contributions</source>
      <translation>Versement des salaires, des impôts et des cotisations sociales</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="460" />
      <source>Payroll</source>
      <translation>Paie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="472" />
      <source>Personnel files: contracts, working time, absences, training</source>
      <translation>Dossiers du personnel : contrats, temps de travail, absences, formation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="524" />
      <source>Recruitment</source>
      <translation>Recrutement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="618" />
      <source>Staff records</source>
      <translation>Dossiers du personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="627" />
      <source>Suppliers</source>
      <translation>Fournisseurs</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="638" />
      <source>The authority may take 6 more weeks for complex cases; it must tell you so, with its reasons, within one month of receiving your request.</source>
      <translation>L'autorité peut prendre 6 semaines de plus pour les cas complexes ; elle doit vous en informer, avec ses motifs, dans le mois suivant la réception de votre demande.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="719" />
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="741" />
      <source>Website contact form</source>
      <translation>Formulaire de contact du site web</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="742" />
      <source>Website cookies and analytics</source>
      <translation>Cookies et mesure d'audience du site web</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="829" />
      <source>With one criterion met, record why no DPIA is needed. With two or more, a DPIA is expected; only in a case like WP248's own examples (e.g. a single doctor's patient files, Recital 91) write here why the risk is not high. It cannot lift a DPIA that Art. 35(3) requires.</source>
      <translation>Avec un critère rempli, consignez pourquoi aucune AIPD n'est nécessaire. Avec deux ou plus, une AIPD est attendue ; ce n'est que dans un cas semblable aux exemples donnés par le WP248 lui-même (p. ex. les dossiers des patients d'un médecin exerçant seul, considérant 91) que vous indiquez ici pourquoi le risque n'est pas élevé. Cela ne peut pas dispenser d'une AIPD exigée par l'art. 35(3).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="830" />
      <source>With some effort: e.g. a common first name, no other detail</source>
      <translation>Avec un certain effort : p. ex. un prénom courant, sans autre détail</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="831" />
      <source>With the Art. 34(3)(c) exemption: when the public communication was made. It replaces the individual letters; it does not remove the duty.</source>
      <translation>Avec l'exemption de l'art. 34(3)(c) : quand la communication publique a été faite. Elle remplace les courriers individuels ; elle ne supprime pas l'obligation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="832" />
      <source>Withdrawal of consent</source>
      <translation>Retrait du consentement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="859" />
      <source>e.g. biometrics, AI, connected devices.</source>
      <translation>p. ex. biométrie, IA, objets connectés.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="860" />
      <source>from different sources, beyond what people expect.</source>
      <translation>issus de sources différentes, au-delà de ce à quoi les personnes s'attendent.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="861" />
      <source>months</source>
      <translation>mois</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="862" />
      <source>moved past {0}</source>
      <translation>hors {0}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="863" />
      <source>weekends and public holidays of {0}</source>
      <translation>week-ends et jours fériés ({0})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="864" />
      <source>weekends and public holidays of {0} ({1})</source>
      <translation>week-ends et jours fériés ({0}, {1})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="865" />
      <source>weekends only — set your country</source>
      <translation>week-ends seulement — indiquez votre pays</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="866" />
      <source>weeks</source>
      <translation>semaines</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="867" />
      <source>years</source>
      <translation>années</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="245" />
      <source>File name, link or folder of the policy text.</source>
      <translation>Nom du fichier, lien ou dossier du texte de la politique.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1" />
      <source>+ 0</source>
      <translation>+ 0</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="2" />
      <source>+ 0.25</source>
      <translation>+ 0.25</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="3" />
      <source>+ 0.5</source>
      <translation>+ 0.5</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="9" />
      <source>8 weeks after sending (14 if extended), moved past weekends and the public holidays of the country you set (Organisation → Dates and deadlines).</source>
      <translation>8 semaines après l'envoi (14 en cas de prolongation), reporté au-delà des week-ends et des jours fériés du pays indiqué (Organisme → Dates et échéances).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="13" />
      <source>A law requires you to do it (tax, labour, accounting law…).</source>
      <translation>Une loi vous y oblige (droit fiscal, droit du travail, droit comptable…).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="21" />
      <source>A task in the public interest or official authority given to you by law.</source>
      <translation>Une mission d'intérêt public ou relevant de l'exercice de l'autorité publique, qui vous est confiée par la loi.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="39" />
      <source>Advice and views</source>
      <translation>Avis recueillis</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="65" />
      <source>Assessment</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="66" />
      <source>Atlas checks it once the activity is retired with the date it ended.</source>
      <translation>Atlas le vérifie une fois l'activité retirée avec sa date de fin.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="67" />
      <source>Atlas checks the consent records of this activity.</source>
      <translation>Atlas vérifie les enregistrements de consentement de cette activité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="68" />
      <source>Atlas checks the rights requests of this activity.</source>
      <translation>Atlas vérifie les demandes d'exercice de droits de cette activité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="96" />
      <source>Categories of data subjects</source>
      <translation>Catégories de personnes concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="98" />
      <source>Categories of personal data</source>
      <translation>Catégories de données à caractère personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="101" />
      <source>Categories of recipients</source>
      <translation>Catégories de destinataires</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="103" />
      <source>Cause family (EDPB Guidelines 01/2021)</source>
      <translation>Famille de causes (lignes directrices 01/2021 du CEPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="126" />
      <source>Condition for special-category data (Art. 9(2))</source>
      <translation>Condition pour les données de catégories particulières (art. 9(2))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="132" />
      <source>Consent records</source>
      <translation>Preuves de consentement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="144" />
      <source>Contract (DPA)</source>
      <translation>Contrat de sous-traitance</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="149" />
      <source>Controllers established in Greece notify through the authority's portal (taxisnet login).</source>
      <translation>Les responsables du traitement établis en Grèce notifient via le portail de l'autorité (connexion taxisnet).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="169" />
      <source>DPIA screening</source>
      <translation>Pré-évaluation AIPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="170" />
      <source>DPIA screening criteria (EDPB WP248 rev.01)</source>
      <translation>Critères de pré-évaluation AIPD (CEPD, WP248 rév.01)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="183" />
      <source>Data protection contact</source>
      <translation>Contact protection des données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="186" />
      <source>Dates and deadlines</source>
      <translation>Dates et échéances</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="224" />
      <source>Employees, children, patients, the elderly…</source>
      <translation>Salariés, enfants, patients, personnes âgées…</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="237" />
      <source>Exemption from telling the people affected (Art. 34(3))</source>
      <translation>Exemption d'information des personnes concernées (art. 34(3))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="246" />
      <source>Final report</source>
      <translation>Rapport final</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="247" />
      <source>Finance and accounting</source>
      <translation>Finance et comptabilité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="248" />
      <source>Financial data: income, transactions, bank or card details, ID documents</source>
      <translation>Données financières : revenus, transactions, coordonnées bancaires ou de carte, pièces d'identité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="249" />
      <source>Follow-up</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="250" />
      <source>Follows the sub-processor rules (authorisation, notice, same obligations)</source>
      <translation>Respecte les règles relatives aux sous-traitants ultérieurs (autorisation, information, mêmes obligations)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="251" />
      <source>For a client (Art. 33(2))</source>
      <translation>Pour un client (art. 33(2))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="252" />
      <source>For a joint controller: the others' names and contact details.</source>
      <translation>Pour un responsable conjoint : les noms et coordonnées des autres.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="253" />
      <source>For a processing that has ended: when this data was deleted.</source>
      <translation>Pour un traitement terminé : date à laquelle ces données ont été supprimées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="254" />
      <source>For a processor: each client you process for.</source>
      <translation>Pour un sous-traitant : chaque client pour lequel vous traitez des données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="255" />
      <source>For a retired activity: when the processing stopped. Retention counted from the end of the processing starts here.</source>
      <translation>Pour une activité retirée : date à laquelle le traitement a cessé. La conservation comptée à partir de la fin du traitement commence ici.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="256" />
      <source>For a while: restored only after days or with real effort</source>
      <translation>Pendant un temps : restaurées seulement après plusieurs jours ou au prix d'un réel effort</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="257" />
      <source>For attacks (ransomware, hacking): whether data left your systems.</source>
      <translation>Pour les attaques (rançongiciel, piratage) : les données sont-elles sorties de vos systèmes ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="258" />
      <source>For complex or numerous requests; tell the person within the first month, with reasons.</source>
      <translation>Pour les demandes complexes ou nombreuses ; informez-en la personne dans le premier mois, avec les motifs.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="259" />
      <source>For good: some of it cannot be recovered</source>
      <translation>Définitivement : une partie ne peut pas être récupérée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="260" />
      <source>Form ID, log line or email kept as proof.</source>
      <translation>Identifiant du formulaire, ligne de journal ou e-mail conservé comme preuve.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="261" />
      <source>Former staff</source>
      <translation>Anciens salariés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="262" />
      <source>Found in an audit</source>
      <translation>Découverte lors d'un audit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="263" />
      <source>From the data alone, or with data the recipient can easily find. Not answered counts as “directly”.</source>
      <translation>À partir des seules données, ou avec des données que le destinataire peut facilement trouver. Sans réponse, c'est « directement » qui est retenu.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="264" />
      <source>Full name.</source>
      <translation>Nom complet.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="265" />
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="266" />
      <source>Genetic data</source>
      <translation>Données génétiques</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="267" />
      <source>Given at</source>
      <translation>Donné le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="268" />
      <source>Given by</source>
      <translation>Dispensée par</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="269" />
      <source>Given for an online service</source>
      <translation>Donné pour un service en ligne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="270" />
      <source>Given or authorised by</source>
      <translation>Donné ou autorisé par</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="271" />
      <source>Gives us information and allows audits</source>
      <translation>Nous fournit les informations nécessaires et permet les audits</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="272" />
      <source>HR</source>
      <translation>RH</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="273" />
      <source>Handles special-category data</source>
      <translation>Traite des données de catégories particulières</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="274" />
      <source>Happened from</source>
      <translation>Survenue à partir du</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="275" />
      <source>Happened until</source>
      <translation>Survenue jusqu'au</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="276" />
      <source>Hardly: it would take a great deal of effort to know who they are</source>
      <translation>Difficilement : il faudrait beaucoup d'efforts pour savoir de qui il s'agit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="277" />
      <source>Head count. Under 250, the record of processing may be optional (Art. 30(5)); Atlas tells you whether it is.</source>
      <translation>Effectif. En dessous de 250, le registre des traitements peut être facultatif (art. 30(5)) ; Atlas vous indique si c'est le cas.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="278" />
      <source>Health data</source>
      <translation>Données de santé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="279" />
      <source>Health, biometric or other Art. 9 data, or criminal data.</source>
      <translation>Données de santé, biométriques ou autres données de l'art. 9, ou données pénales.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="280" />
      <source>Helps us answer data-subject requests</source>
      <translation>Nous aide à répondre aux demandes des personnes concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="281" />
      <source>Helps us with security, breaches, DPIAs and consultation (Art. 32–36)</source>
      <translation>Nous aide pour la sécurité, les violations, les AIPD et la consultation (art. 32–36)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="282" />
      <source>High</source>
      <translation>Élevé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="283" />
      <source>High means the authority must be consulted before processing.</source>
      <translation>Élevé signifie que l'autorité doit être consultée avant le traitement.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="284" />
      <source>High risk: notify the authority and the people affected</source>
      <translation>Risque élevé : notifier l'autorité et les personnes concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="285" />
      <source>High: significant consequences, overcome with serious difficulty</source>
      <translation>Élevée : conséquences importantes, surmontables avec de sérieuses difficultés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="286" />
      <source>Highest risk after measures</source>
      <translation>Risque le plus élevé après mesures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="287" />
      <source>Hours to tell the client</source>
      <translation>Heures pour informer le client</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="288" />
      <source>How</source>
      <translation>Mode</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="289" />
      <source>How consent was given</source>
      <translation>Mode de recueil du consentement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="290" />
      <source>How consent was given.</source>
      <translation>Comment le consentement a été donné.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="291" />
      <source>How easily people can be identified</source>
      <translation>Facilité d'identification des personnes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="292" />
      <source>How it was checked</source>
      <translation>Comment cela a été vérifié</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="293" />
      <source>How it was discovered</source>
      <translation>Comment elle a été découverte</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="294" />
      <source>How long before a refresher is due; 12 is common.</source>
      <translation>Délai avant une remise à niveau ; 12 est courant.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="295" />
      <source>How long each category of data is kept.</source>
      <translation>Durée de conservation de chaque catégorie de données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="298" />
      <source>How people were told</source>
      <translation>Mode d'information des personnes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="299" />
      <source>How they were told</source>
      <translation>Comment elles ont été informées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="300" />
      <source>How to reach that person.</source>
      <translation>Comment joindre cette personne.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="301" />
      <source>How to reach the DPO.</source>
      <translation>Comment joindre le DPO.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="302" />
      <source>How to reply to them.</source>
      <translation>Comment lui répondre.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="303" />
      <source>ID card or passport numbers</source>
      <translation>Numéros de carte d'identité ou de passeport</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="304" />
      <source>IT support</source>
      <translation>Support informatique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="305" />
      <source>Identification data (name, date of birth)</source>
      <translation>Données d'identification (nom, date de naissance)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="306" />
      <source>Identity verified on</source>
      <translation>Identité vérifiée le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="307" />
      <source>If they process outside the EEA: what makes it lawful.</source>
      <translation>S'il traite des données hors de l'EEE : ce qui rend le transfert licite.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="308" />
      <source>If you process the data for a client, the client (the controller) notifies the authority; you must tell the client without undue delay.</source>
      <translation>Si vous traitez les données pour un client, c'est le client (le responsable du traitement) qui notifie l'autorité ; vous devez informer le client dans les meilleurs délais.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="309" />
      <source>If you rely on legitimate interests: what the interest is.</source>
      <translation>Si vous vous fondez sur les intérêts légitimes : quel est cet intérêt.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="310" />
      <source>Impact on people</source>
      <translation>Impact sur les personnes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="311" />
      <source>In Germany the data protection authority of the federal state (Land) where your organisation is established is competent. The Federal Commissioner (BfDI) is competent only for federal public bodies and for telecommunications and postal service providers.</source>
      <translation>En Allemagne, l'autorité de protection des données du Land où votre organisme est établi est compétente. Le commissaire fédéral (BfDI) n'est compétent que pour les organismes publics fédéraux et pour les fournisseurs de services de télécommunications et postaux.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="312" />
      <source>In person</source>
      <translation>En personne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="313" />
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="314" />
      <source>In the app</source>
      <translation>Dans l'application</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="315" />
      <source>In this case, the data reveals</source>
      <translation>Dans ce cas, les données révèlent</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="316" />
      <source>In words</source>
      <translation>En toutes lettres</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="317" />
      <source>Individual notice is disproportionate: a public communication is used instead</source>
      <translation>Une information individuelle exigerait des efforts disproportionnés : une communication publique est utilisée à la place</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="318" />
      <source>Information may be given in phases.</source>
      <translation>Les informations peuvent être communiquées de manière échelonnée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="319" />
      <source>Information shown</source>
      <translation>Information affichée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="320" />
      <source>Initial report</source>
      <translation>Rapport initial</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="321" />
      <source>Initial, follow-up or final.</source>
      <translation>Initial, de suivi ou final.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="322" />
      <source>Innovative use or new technology</source>
      <translation>Usage innovant ou nouvelle technologie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="323" />
      <source>Instead of telling them, if one of the three exemptions applies.</source>
      <translation>Au lieu de les informer, si l'une des trois exemptions s'applique.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="324" />
      <source>Insurance data</source>
      <translation>Données d'assurance</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="325" />
      <source>Insurers</source>
      <translation>Assureurs</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="326" />
      <source>Integrity: altered without authorisation</source>
      <translation>Intégrité : altération non autorisée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="327" />
      <source>Internal human error or misuse</source>
      <translation>Erreur humaine interne ou usage abusif</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="328" />
      <source>Internal recipients</source>
      <translation>Destinataires internes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="329" />
      <source>Its breach-notification address or portal.</source>
      <translation>Son adresse ou son portail de notification des violations.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="330" />
      <source>Its staff are bound to confidentiality</source>
      <translation>Son personnel est tenu à la confidentialité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="331" />
      <source>Its written advice.</source>
      <translation>Son avis écrit.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="332" />
      <source>Job applicants</source>
      <translation>Candidats à un emploi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="334" />
      <source>Job title or role, e.g. Dispatcher.</source>
      <translation>Intitulé du poste ou fonction, p. ex. Régulateur.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="335" />
      <source>Joint controller: we decide together with others</source>
      <translation>Responsable conjoint du traitement : nous décidons avec d'autres</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="336" />
      <source>Joint controllers</source>
      <translation>Responsables conjoints du traitement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="337" />
      <source>Keep ended contracts for the record.</source>
      <translation>Conservez les contrats terminés pour mémoire.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="338" />
      <source>Kept for</source>
      <translation>Conservées pendant</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="339" />
      <source>Kind of data</source>
      <translation>Type de données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="340" />
      <source>Kind of data (ENISA: data processing context)</source>
      <translation>Type de données (ENISA : contexte du traitement des données)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="341" />
      <source>Labour inspectorate</source>
      <translation>Inspection du travail</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="342" />
      <source>Last contact with the person</source>
      <translation>Dernier contact avec la personne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="343" />
      <source>Last review (or approval) plus the review cycle.</source>
      <translation>Dernière revue (ou approbation) plus le cycle de revue.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="344" />
      <source>Last review (or sign-off) plus 12 months.</source>
      <translation>Dernière revue (ou validation) plus 12 mois.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="345" />
      <source>Last review plus the interval.</source>
      <translation>Dernière revue plus l'intervalle.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="346" />
      <source>Last reviewed</source>
      <translation>Dernière revue</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="347" />
      <source>Last reviewed on</source>
      <translation>Dernière revue le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="348" />
      <source>Last reviewed plus the review interval.</source>
      <translation>Dernière revue plus l'intervalle de revue.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="349" />
      <source>Last security review</source>
      <translation>Dernière revue de sécurité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="350" />
      <source>Later measures mean the high risk is no longer likely</source>
      <translation>Des mesures ultérieures font que le risque élevé n'est plus susceptible de se matérialiser</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="351" />
      <source>Lawful basis</source>
      <translation>Base juridique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="352" />
      <source>Lawful basis (Art. 6(1))</source>
      <translation>Base juridique (art. 6(1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="353" />
      <source>Left</source>
      <translation>A quitté l'organisme</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="354" />
      <source>Legal authority for it</source>
      <translation>Base légale pour cela</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="355" />
      <source>Legal claims or courts</source>
      <translation>Droits en justice ou juridictions</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="356" />
      <source>Legal obligation</source>
      <translation>Obligation légale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="357" />
      <source>Legitimate interest</source>
      <translation>Intérêt légitime</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="358" />
      <source>Legitimate interests</source>
      <translation>Intérêts légitimes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="359" />
      <source>Less than usual: e.g. it was already public, or too little to learn anything</source>
      <translation>Moins que d'habitude : p. ex. elles étaient déjà publiques, ou trop peu nombreuses pour apprendre quoi que ce soit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="360" />
      <source>Letter</source>
      <translation>Courrier</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="361" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="362" />
      <source>Level after measures</source>
      <translation>Niveau après mesures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="363" />
      <source>Likelihood (1–4)</source>
      <translation>Vraisemblance (1–4)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="364" />
      <source>Likelihood after measures</source>
      <translation>Vraisemblance après mesures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="365" />
      <source>Likelihood × severity.</source>
      <translation>Vraisemblance × gravité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="366" />
      <source>Likely consequences</source>
      <translation>Conséquences probables</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="367" />
      <source>Links</source>
      <translation>Liens</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="368" />
      <source>Location data</source>
      <translation>Données de localisation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="369" />
      <source>Locations</source>
      <translation>Emplacements</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="370" />
      <source>Locked premises and cabinets</source>
      <translation>Locaux et armoires fermés à clé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="371" />
      <source>Lost or stolen device or paper documents</source>
      <translation>Appareil ou documents papier perdus ou volés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="372" />
      <source>Low</source>
      <translation>Faible</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="373" />
      <source>Low: at most a few inconveniences</source>
      <translation>Faible : tout au plus quelques désagréments</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="374" />
      <source>Lowers the kind of data by one step.</source>
      <translation>Abaisse le type de données d'un niveau.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="375" />
      <source>Made manifestly public by the person</source>
      <translation>Rendues manifestement publiques par la personne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="376" />
      <source>Management</source>
      <translation>Direction</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="377" />
      <source>Many people, much data, a long time or a wide area: e.g. a hospital's patients, a city's travellers (WP243 § 2.1.3). A single doctor or lawyer is not large scale (Recital 91).</source>
      <translation>Beaucoup de personnes, beaucoup de données, une longue durée ou une vaste zone : p. ex. les patients d'un hôpital, les voyageurs d'une ville (WP243 § 2.1.3). Un médecin ou un avocat exerçant seul n'agit pas à grande échelle (considérant 91).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="378" />
      <source>Matching or combining datasets</source>
      <translation>Croisement ou combinaison d'ensembles de données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="379" />
      <source>Measures</source>
      <translation>Mesures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="380" />
      <source>Measures taken or proposed</source>
      <translation>Mesures prises ou proposées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="381" />
      <source>Mechanism</source>
      <translation>Mécanisme</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="382" />
      <source>Medium</source>
      <translation>Moyen</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="383" />
      <source>Medium: significant inconveniences, overcome with some difficulty</source>
      <translation>Moyenne : désagréments importants, surmontables avec quelques difficultés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="384" />
      <source>Members of a not-for-profit body</source>
      <translation>Membres d'un organisme à but non lucratif</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="385" />
      <source>Met</source>
      <translation>Rempli</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="386" />
      <source>Mispostal (sent to the wrong person)</source>
      <translation>Erreur d'envoi (envoyé à la mauvaise personne)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="387" />
      <source>Monitors a publicly accessible area</source>
      <translation>Surveille une zone accessible au public</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="388" />
      <source>More than usual: e.g. a list of patients' names, or signs of money trouble</source>
      <translation>Plus que d'habitude : p. ex. une liste de noms de patients, ou des signes de difficultés financières</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="389" />
      <source>Must be within the first month.</source>
      <translation>Doit intervenir dans le premier mois.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="390" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="391" />
      <source>Name of the Data Protection Officer.</source>
      <translation>Nom du délégué à la protection des données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="392" />
      <source>Name of the course or session.</source>
      <translation>Intitulé de la formation ou de la session.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="393" />
      <source>Necessity and proportionality</source>
      <translation>Nécessité et proportionnalité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="394" />
      <source>Needed to perform a contract with the person, or to prepare one at their request.</source>
      <translation>Nécessaire à l'exécution d'un contrat avec la personne, ou pour en préparer un à sa demande.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="395" />
      <source>Needed to protect someone's life.</source>
      <translation>Nécessaire pour protéger la vie d'une personne.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="396" />
      <source>Needed when availability was affected.</source>
      <translation>Nécessaire lorsque la disponibilité a été touchée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="397" />
      <source>Needed when integrity was affected.</source>
      <translation>Nécessaire lorsque l'intégrité a été touchée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="399" />
      <source>Newsletter subscribers</source>
      <translation>Abonnés à la newsletter</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="400" />
      <source>Next review</source>
      <translation>Prochaine revue</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="401" />
      <source>Next review due</source>
      <translation>Prochaine revue prévue</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="402" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="403" />
      <source>No DPIA needed: no criterion met</source>
      <translation>Aucune AIPD nécessaire : aucun critère rempli</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="404" />
      <source>No DPIA: two or more criteria met, but the reason a DPIA is not needed is recorded</source>
      <translation>Pas d'AIPD : deux critères ou plus remplis, mais la raison pour laquelle une AIPD n'est pas nécessaire est consignée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="405" />
      <source>No: nobody outside could see it (e.g. ransomware, exfiltration ruled out)</source>
      <translation>Non : personne à l'extérieur n'a pu les voir (p. ex. rançongiciel, exfiltration exclue)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="407" />
      <source>Not decided yet</source>
      <translation>Pas encore décidé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="408" />
      <source>Not reviewed yet</source>
      <translation>Pas encore revu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="409" />
      <source>Not to be subject to an automated decision</source>
      <translation>Ne pas faire l'objet d'une décision automatisée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="410" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="411" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="412" />
      <source>Notice received</source>
      <translation>Notification reçue le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="413" />
      <source>Notifications are made electronically through biznes.gov.pl or ePUAP, or by post.</source>
      <translation>Les notifications se font par voie électronique via biznes.gov.pl ou ePUAP, ou par courrier.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="414" />
      <source>Notifications go through the authority's electronic form and portal; emailed forms are not processed.</source>
      <translation>Les notifications passent par le formulaire électronique et le portail de l'autorité ; les formulaires envoyés par courriel ne sont pas traités.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="415" />
      <source>Notified at</source>
      <translation>Notifiée le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="416" />
      <source>Notify the authority?</source>
      <translation>Notifier l'autorité ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="417" />
      <source>Notify through Altinn; you need the Altinn role to submit for your organisation.</source>
      <translation>Notifiez via Altinn ; vous devez disposer du rôle Altinn pour soumettre au nom de votre organisme.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="418" />
      <source>Notify through Virk.dk; without a Danish business login, by email to dt@datatilsynet.dk.</source>
      <translation>Notifiez via Virk.dk ; sans identifiant d'entreprise danois, par courriel à dt@datatilsynet.dk.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="419" />
      <source>Notifying the authority</source>
      <translation>Notification à l'autorité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="421" />
      <source>Object by</source>
      <translation>Objection avant le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="422" />
      <source>Objected</source>
      <translation>Objection formulée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="423" />
      <source>Objection</source>
      <translation>Opposition</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="424" />
      <source>On a large scale</source>
      <translation>À grande échelle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="426" />
      <source>One of the nine WP248 criteria.</source>
      <translation>L'un des neuf critères WP248.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="427" />
      <source>One or more Art. 6(1) bases for this purpose.</source>
      <translation>Une ou plusieurs bases de l'art. 6(1) pour cette finalité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="428" />
      <source>Online identifiers (IP address, cookies, account IDs)</source>
      <translation>Identifiants en ligne (adresse IP, cookies, identifiants de compte)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="429" />
      <source>Only approved policies apply.</source>
      <translation>Seules les politiques approuvées s'appliquent.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="430" />
      <source>Only if you are outside the EU but serve people in it: your representative in the EU.</source>
      <translation>Uniquement si vous êtes établi hors de l'UE mais ciblez des personnes qui s'y trouvent : votre représentant dans l'UE.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="431" />
      <source>Only if you disagree with the assessed risk: choose your level and write why below.</source>
      <translation>Uniquement si vous n'êtes pas d'accord avec le risque évalué : choisissez votre niveau et expliquez pourquoi ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="432" />
      <source>Only occasional</source>
      <translation>Uniquement occasionnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="433" />
      <source>Only with suitable safeguards documented and the authority informed.</source>
      <translation>Uniquement si des garanties appropriées sont documentées et l'autorité informée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="434" />
      <source>Open while you investigate.</source>
      <translation>Ouverte pendant votre investigation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="435" />
      <source>Open: investigating</source>
      <translation>Ouverte : investigation en cours</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="436" />
      <source>Optional region code for regional holidays (e.g. BY for Bavaria).</source>
      <translation>Code de région facultatif pour les jours fériés régionaux (p. ex. BY pour la Bavière).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="439" />
      <source>Organisation</source>
      <translation>Organisme</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="440" />
      <source>Organisation name</source>
      <translation>Nom de l'organisme</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="441" />
      <source>Organisations outside you that receive it.</source>
      <translation>Organismes extérieurs qui les reçoivent.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="442" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="443" />
      <source>Other processing affected</source>
      <translation>Autre traitement touché</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="444" />
      <source>Our decision</source>
      <translation>Notre décision</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="445" />
      <source>Our main business handles sensitive data on a large scale</source>
      <translation>Notre activité principale traite des données sensibles à grande échelle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="446" />
      <source>Our main business monitors people on a large scale</source>
      <translation>Notre activité principale surveille des personnes à grande échelle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="447" />
      <source>Our processors (service providers)</source>
      <translation>Nos sous-traitants (prestataires)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="448" />
      <source>Our reference with the authority</source>
      <translation>Notre référence auprès de l'autorité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="449" />
      <source>Our role</source>
      <translation>Notre rôle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="450" />
      <source>Ours: we decide why and how the data is used (controller)</source>
      <translation>Les nôtres : nous décidons pourquoi et comment les données sont utilisées (responsable du traitement)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="451" />
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="452" />
      <source>Owner</source>
      <translation>Référent</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="453" />
      <source>Part of what the office exists to do, not a support function such as payroll or IT (WP243 § 2.1.2).</source>
      <translation>Fait partie de ce pour quoi le bureau existe, pas une fonction support comme la paie ou l'informatique (WP243 § 2.1.2).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="454" />
      <source>Partly done</source>
      <translation>Fait en partie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="455" />
      <source>Password policy</source>
      <translation>Politique de mots de passe</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="456" />
      <source>Passwords and sign-in details</source>
      <translation>Mots de passe et identifiants de connexion</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="457" />
      <source>Patients</source>
      <translation>Patients</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="459" />
      <source>Payment card data</source>
      <translation>Données de carte de paiement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="461" />
      <source>People affected (approx.)</source>
      <translation>Personnes touchées (env.)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="462" />
      <source>People and data</source>
      <translation>Personnes et données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="463" />
      <source>People concerned</source>
      <translation>Personnes concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="464" />
      <source>People depend on our service</source>
      <translation>Des personnes dépendent de notre service</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="465" />
      <source>People involved, so their training can be shown.</source>
      <translation>Personnes impliquées, afin de pouvoir justifier leur formation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="466" />
      <source>People told at</source>
      <translation>Personnes informées le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="467" />
      <source>People who work with personal data on computers</source>
      <translation>Personnes qui travaillent sur ordinateur avec des données à caractère personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="468" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="469" />
      <source>Person responsible for data protection</source>
      <translation>Personne responsable de la protection des données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="470" />
      <source>Person told of the extension on</source>
      <translation>Personne informée de la prolongation le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="471" />
      <source>Personal data</source>
      <translation>Données à caractère personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="473" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="474" />
      <source>Photos and video (including CCTV)</source>
      <translation>Photos et vidéos (y compris vidéosurveillance)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="475" />
      <source>Planned</source>
      <translation>Prévue</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="476" />
      <source>Policies</source>
      <translation>Politiques</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="477" />
      <source>Policies (Art. 24(2))</source>
      <translation>Politiques (art. 24(2))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="478" />
      <source>Policy</source>
      <translation>Politique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="479" />
      <source>Political opinions</source>
      <translation>Opinions politiques</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="480" />
      <source>Preventive or occupational medicine, health or social care</source>
      <translation>Médecine préventive ou du travail, soins de santé ou prise en charge sociale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="481" />
      <source>Prevents people from exercising a right or using a service or contract</source>
      <translation>Empêche les personnes d'exercer un droit ou de bénéficier d'un service ou d'un contrat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="482" />
      <source>Prior consultation (Art. 36)</source>
      <translation>Consultation préalable (art. 36)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="483" />
      <source>Proceed once the listed measures are in place</source>
      <translation>Mettre en œuvre une fois les mesures listées en place</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="484" />
      <source>Proceed: risks acceptable</source>
      <translation>Mettre en œuvre : risques acceptables</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="485" />
      <source>Processing activities</source>
      <translation>Activités de traitement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="486" />
      <source>Processing activities (Art. 30(1))</source>
      <translation>Activités de traitement (art. 30(1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="487" />
      <source>Processing activities whose data was involved.</source>
      <translation>Activités de traitement dont les données étaient concernées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="488" />
      <source>Processing activity</source>
      <translation>Activité de traitement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="489" />
      <source>Processing carried out for them</source>
      <translation>Traitements effectués pour son compte</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="490" />
      <source>Processing that is not in your register yet: add it to the register too.</source>
      <translation>Traitement qui ne figure pas encore dans votre registre : ajoutez-le aussi au registre.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="491" />
      <source>Processor</source>
      <translation>Sous-traitant</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="492" />
      <source>Processor contract clauses (Art. 28(3))</source>
      <translation>Clauses du contrat de sous-traitance (art. 28(3))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="493" />
      <source>Processor: we act for a client</source>
      <translation>Sous-traitant : nous agissons pour un client</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="494" />
      <source>Processors</source>
      <translation>Sous-traitants</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="495" />
      <source>Processors (Art. 28)</source>
      <translation>Sous-traitants (art. 28)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="496" />
      <source>Processors used</source>
      <translation>Sous-traitants utilisés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="497" />
      <source>Profiling</source>
      <translation>Profilage</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="498" />
      <source>Profiling or predicting, e.g. credit scoring, behaviour analysis.</source>
      <translation>Profilage ou prédiction, p. ex. évaluation de la solvabilité, analyse du comportement.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="499" />
      <source>Proof that someone consented: who, to what, when, how, and what they were told.</source>
      <translation>Preuve qu'une personne a consenti : qui, à quoi, quand, comment, et ce qui lui a été indiqué.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="500" />
      <source>Prospects</source>
      <translation>Prospects</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="501" />
      <source>Pseudonymisation</source>
      <translation>Pseudonymisation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="502" />
      <source>Public communication</source>
      <translation>Communication publique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="503" />
      <source>Public communication made at</source>
      <translation>Communication publique faite le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="504" />
      <source>Public health</source>
      <translation>Santé publique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="505" />
      <source>Public holidays of</source>
      <translation>Jours fériés de</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="506" />
      <source>Public task</source>
      <translation>Mission d'intérêt public</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="507" />
      <source>Purpose</source>
      <translation>Finalité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="508" />
      <source>Purposes</source>
      <translation>Finalités</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="509" />
      <source>Purposes and lawful basis</source>
      <translation>Finalités et base juridique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="510" />
      <source>Purposes relying on consent (Art. 6(1)(a), 7(1))</source>
      <translation>Finalités fondées sur le consentement (art. 6(1)(a), 7(1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="511" />
      <source>Question from the authority</source>
      <translation>Question de l'autorité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="512" />
      <source>Racial or ethnic origin</source>
      <translation>Origine raciale ou ethnique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="513" />
      <source>Raises the kind of data by one step.</source>
      <translation>Relève le type de données d'un niveau.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="514" />
      <source>Ransomware</source>
      <translation>Rançongiciel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="515" />
      <source>Reason for refusing</source>
      <translation>Motif du refus</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="516" />
      <source>Reason for the extension</source>
      <translation>Motif de la prolongation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="517" />
      <source>Reasoning</source>
      <translation>Raisonnement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="518" />
      <source>Reasons for the delay</source>
      <translation>Motifs du retard</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="519" />
      <source>Received</source>
      <translation>Reçue</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="520" />
      <source>Received on</source>
      <translation>Reçue le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="521" />
      <source>Recipient</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="522" />
      <source>Recipients and processors</source>
      <translation>Destinataires et sous-traitants</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="523" />
      <source>Records affected (approx.)</source>
      <translation>Enregistrements touchés (env.)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="525" />
      <source>Refused</source>
      <translation>Refusée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="526" />
      <source>Refused: an exemption applies</source>
      <translation>Refusée : une exemption s'applique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="527" />
      <source>Refused: identity could not be verified</source>
      <translation>Refusée : l'identité n'a pas pu être vérifiée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="528" />
      <source>Refused: manifestly unfounded or excessive</source>
      <translation>Refusée : manifestement infondée ou excessive</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="529" />
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="530" />
      <source>Registered postal address.</source>
      <translation>Adresse postale du siège.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="531" />
      <source>Regular and systematic monitoring as a core activity: e.g. tracking apps, behavioural advertising, a security company's CCTV. Atlas also infers it from your activities (WP243).</source>
      <translation>Suivi régulier et systématique en tant qu'activité de base : p. ex. applications de suivi, publicité comportementale, vidéosurveillance d'une société de sécurité. Atlas le déduit aussi de vos activités (WP243).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="532" />
      <source>Regular testing of the measures</source>
      <translation>Tests réguliers des mesures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="533" />
      <source>Religious or philosophical beliefs</source>
      <translation>Convictions religieuses ou philosophiques</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="534" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="535" />
      <source>Reported by a customer or the person affected</source>
      <translation>Signalée par un client ou par la personne concernée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="536" />
      <source>Reported by our processor</source>
      <translation>Signalée par notre sous-traitant</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="537" />
      <source>Reported by staff</source>
      <translation>Signalée par le personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="538" />
      <source>Reports sent</source>
      <translation>Rapports envoyés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="539" />
      <source>Representative (Art. 27)</source>
      <translation>Représentant (art. 27)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="540" />
      <source>Representative's contact</source>
      <translation>Contact du représentant</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="541" />
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="542" />
      <source>Requester</source>
      <translation>Demandeur</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="543" />
      <source>Required when notifying after 72 hours.</source>
      <translation>Obligatoire en cas de notification après 72 heures.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="544" />
      <source>Required when refusing: tell them why and that they can complain.</source>
      <translation>Obligatoire en cas de refus : indiquez-lui pourquoi et qu'elle peut introduire une réclamation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="545" />
      <source>Required when you choose your own level; it is kept in the record and the audit trail.</source>
      <translation>Obligatoire lorsque vous choisissez votre propre niveau ; il est conservé dans la fiche et le journal d'audit.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="546" />
      <source>Response</source>
      <translation>Mesures prises</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="547" />
      <source>Restriction of processing</source>
      <translation>Limitation du traitement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="548" />
      <source>Retention</source>
      <translation>Conservation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="549" />
      <source>Retired</source>
      <translation>Retiré</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="550" />
      <source>Retired activities stay in the history.</source>
      <translation>Les activités retirées restent dans l'historique.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="551" />
      <source>Retired or removed</source>
      <translation>Retiré ou supprimé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="552" />
      <source>Retired: the processing assessed has stopped</source>
      <translation>Retirée : le traitement évalué a cessé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="553" />
      <source>Review</source>
      <translation>Revue</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="554" />
      <source>Review every (months)</source>
      <translation>Revue tous les (mois)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="555" />
      <source>Right exercised (Art. 15–22)</source>
      <translation>Droit exercé (art. 15–22)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="556" />
      <source>Right not recorded</source>
      <translation>Droit non enregistré</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="557" />
      <source>Rights and automated decisions</source>
      <translation>Droits et décisions automatisées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="558" />
      <source>Rights available</source>
      <translation>Droits ouverts</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="559" />
      <source>Rights request</source>
      <translation>Demande d'exercice de droits</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="560" />
      <source>Rights requests</source>
      <translation>Demandes d'exercice de droits</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="561" />
      <source>Risk</source>
      <translation>Risque</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="562" />
      <source>Risk assessment</source>
      <translation>Évaluation du risque</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="563" />
      <source>Risk level (likelihood × severity)</source>
      <translation>Niveau de risque (vraisemblance × gravité)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="564" />
      <source>Risk to people</source>
      <translation>Risque pour les personnes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="565" />
      <source>Risk to people (Art. 33/34)</source>
      <translation>Risque pour les personnes (art. 33/34)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="566" />
      <source>Risk: notify the authority</source>
      <translation>Risque : notifier l'autorité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="567" />
      <source>Risks</source>
      <translation>Risques</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="568" />
      <source>Risks and measures</source>
      <translation>Risques et mesures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="569" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="570" />
      <source>Ruled out, e.g. by logs or a forensic analysis</source>
      <translation>Exclue, p. ex. par les journaux ou une analyse forensique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="571" />
      <source>Safeguard document</source>
      <translation>Document de garanties</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="572" />
      <source>Same obligations passed down</source>
      <translation>Mêmes obligations répercutées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="573" />
      <source>Scores 1 on the ENISA scale.</source>
      <translation>Note 1 sur l'échelle de l'ENISA.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="574" />
      <source>Scores 2 on the ENISA scale.</source>
      <translation>Note 2 sur l'échelle de l'ENISA.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="575" />
      <source>Scores 3 on the ENISA scale.</source>
      <translation>Note 3 sur l'échelle de l'ENISA.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="576" />
      <source>Scores 4 on the ENISA scale.</source>
      <translation>Note 4 sur l'échelle de l'ENISA.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="577" />
      <source>Screening</source>
      <translation>Pré-évaluation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="578" />
      <source>Screening (WP248)</source>
      <translation>Pré-évaluation (WP248)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="579" />
      <source>Screening result</source>
      <translation>Résultat de la pré-évaluation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="580" />
      <source>Screening result (WP248)</source>
      <translation>Résultat de la pré-évaluation (WP248)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="581" />
      <source>Secure disposal of paper and devices</source>
      <translation>Destruction sécurisée des papiers et appareils</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="582" />
      <source>Security alert or monitoring</source>
      <translation>Alerte de sécurité ou surveillance</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="583" />
      <source>Security and systems</source>
      <translation>Sécurité et systèmes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="584" />
      <source>Security measures</source>
      <translation>Mesures de sécurité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="585" />
      <source>Security measures (Art. 32)</source>
      <translation>Mesures de sécurité (art. 32)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="586" />
      <source>Security, in words</source>
      <translation>Sécurité, en toutes lettres</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="587" />
      <source>Seen by a known, small number of recipients</source>
      <translation>Vues par un petit nombre connu de destinataires</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="588" />
      <source>Seen or taken by unknown people, or published</source>
      <translation>Vues ou prises par des inconnus, ou publiées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="589" />
      <source>Send the Garante's notification model by certified email (PEC) with the subject “NOTIFICA VIOLAZIONE DATI PERSONALI”, signed digitally or by hand.</source>
      <translation>Envoyez le modèle de notification du Garante par courriel certifié (PEC) avec l'objet « NOTIFICA VIOLAZIONE DATI PERSONALI », signé électroniquement ou à la main.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="590" />
      <source>Sensitive data: health, other special categories (Art. 9) or criminal data (Art. 10)</source>
      <translation>Données sensibles : santé, autres catégories particulières (art. 9) ou données pénales (art. 10)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="591" />
      <source>Sensitive or highly personal data</source>
      <translation>Données sensibles ou à caractère hautement personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="592" />
      <source>Sent at</source>
      <translation>Envoyé le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="593" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="594" />
      <source>Service providers that process it for you.</source>
      <translation>Prestataires qui les traitent pour votre compte.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="595" />
      <source>Severity (1–4)</source>
      <translation>Gravité (1–4)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="596" />
      <source>Severity (ENISA)</source>
      <translation>Gravité (ENISA)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="597" />
      <source>Severity after measures</source>
      <translation>Gravité après mesures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="598" />
      <source>Sex life or sexual orientation</source>
      <translation>Vie sexuelle ou orientation sexuelle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="599" />
      <source>Signed off</source>
      <translation>Validée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="600" />
      <source>Signed off by</source>
      <translation>Validée par</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="601" />
      <source>Signed off on</source>
      <translation>Validée le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="602" />
      <source>Signed paper form</source>
      <translation>Formulaire papier signé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="603" />
      <source>Simple data: names, contact details, education, family, work history</source>
      <translation>Données simples : noms, coordonnées, formation, famille, parcours professionnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="604" />
      <source>Social engineering (phishing, impersonation)</source>
      <translation>Ingénierie sociale (hameçonnage, usurpation d'identité)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="605" />
      <source>Social security and pension bodies</source>
      <translation>Organismes de sécurité sociale et de retraite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="606" />
      <source>Software and services where the data lives, e.g. Payroll app.</source>
      <translation>Logiciels et services où résident les données, p. ex. Logiciel de paie.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="607" />
      <source>Software kept up to date; malware protection</source>
      <translation>Logiciels tenus à jour ; protection contre les logiciels malveillants</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="608" />
      <source>Something you do with personal data for one purpose, e.g. payroll or the newsletter.</source>
      <translation>Ce que vous faites avec des données à caractère personnel pour une finalité donnée, p. ex. la paie ou la newsletter.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="609" />
      <source>Source of the data</source>
      <translation>Source des données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="610" />
      <source>Special categories of data (Art. 9(1))</source>
      <translation>Catégories particulières de données (art. 9(1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="611" />
      <source>Special categories, criminal data, financial or location data, private messages.</source>
      <translation>Catégories particulières, données pénales, données financières ou de localisation, messages privés.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="612" />
      <source>Special-category data</source>
      <translation>Données de catégories particulières</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="613" />
      <source>Special-category data involved</source>
      <translation>Données de catégories particulières concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="614" />
      <source>Special-category or criminal data as a core activity: e.g. a clinic, a background-check agency. Atlas also infers it from your activities (WP243).</source>
      <translation>Données de catégories particulières ou pénales en tant qu'activité de base : p. ex. une clinique, une agence de vérification des antécédents. Atlas le déduit aussi de vos activités (WP243).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="615" />
      <source>Staff</source>
      <translation>Personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="616" />
      <source>Staff confidentiality agreements</source>
      <translation>Engagements de confidentialité du personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="617" />
      <source>Staff involved</source>
      <translation>Personnel impliqué</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="619" />
      <source>Staff training</source>
      <translation>Formation du personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="620" />
      <source>Standard contractual clauses</source>
      <translation>Clauses contractuelles types</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="621" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="622" />
      <source>Sub-processor</source>
      <translation>Sous-traitant ultérieur</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="623" />
      <source>Sub-processors</source>
      <translation>Sous-traitants ultérieurs</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="624" />
      <source>Substantial public interest, under law</source>
      <translation>Motif d'intérêt public important, prévu par la loi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="625" />
      <source>Supervisory authority</source>
      <translation>Autorité de contrôle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="626" />
      <source>Supplier and partner contacts</source>
      <translation>Contacts des fournisseurs et partenaires</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="628" />
      <source>Systematic monitoring</source>
      <translation>Surveillance systématique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="629" />
      <source>Systems</source>
      <translation>Systèmes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="630" />
      <source>Takes the Art. 32 security measures</source>
      <translation>Prend les mesures de sécurité de l'art. 32</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="631" />
      <source>Tax authority</source>
      <translation>Administration fiscale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="632" />
      <source>Teams inside the office who see it.</source>
      <translation>Équipes internes au bureau qui y ont accès.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="633" />
      <source>Tell the client by</source>
      <translation>Informer le client avant le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="634" />
      <source>Telling the people affected</source>
      <translation>Information des personnes concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="635" />
      <source>The Commission decided the country protects data adequately.</source>
      <translation>La Commission a constaté que le pays assure un niveau de protection adéquat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="636" />
      <source>The ICO's helpline (Monday to Friday, 9am to 5pm) records the breach by phone; outside those hours, report online.</source>
      <translation>La ligne d'assistance de l'ICO (du lundi au vendredi, de 9 h à 17 h) enregistre la violation par téléphone ; en dehors de ces horaires, signalez-la en ligne.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="637" />
      <source>The activity stops: it stays in the history as Retired and leaves the Art. 30 record.</source>
      <translation>L'activité cesse : elle reste dans l'historique avec le statut « Retiré » et sort du registre de l'art. 30.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="639" />
      <source>The case number you were given.</source>
      <translation>Le numéro de dossier qui vous a été attribué.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="640" />
      <source>The categories of processing you do for this client.</source>
      <translation>Les catégories de traitements que vous effectuez pour ce client.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="641" />
      <source>The client whose data it was.</source>
      <translation>Le client à qui appartenaient les données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="642" />
      <source>The client you process for.</source>
      <translation>Le client pour lequel vous traitez des données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="643" />
      <source>The company's name.</source>
      <translation>Le nom de la société.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="644" />
      <source>The contract has ended: the processor is kept as Contract ended.</source>
      <translation>Le contrat a pris fin : le sous-traitant est conservé avec le statut « Contrat terminé ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="645" />
      <source>The data protection authority of the German federal state (Land) you are established in</source>
      <translation>L'autorité de protection des données du Land allemand où vous êtes établi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="646" />
      <source>The data protection authority you report to, e.g. ANSPDCP in Romania.</source>
      <translation>L'autorité de protection des données dont vous relevez, p. ex. la CNIL en France.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="647" />
      <source>The data were unintelligible to others (e.g. encrypted, key safe)</source>
      <translation>Les données étaient inintelligibles pour les tiers (p. ex. chiffrées, clé en sécurité)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="648" />
      <source>The day it arrived. The month starts here.</source>
      <translation>Le jour de son arrivée. Le délai d'un mois commence ici.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="649" />
      <source>The day it was completed.</source>
      <translation>Le jour où elle a été suivie.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="650" />
      <source>The day management accepted the outcome.</source>
      <translation>Le jour où la direction a accepté le résultat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="651" />
      <source>The decision the assessment leads to.</source>
      <translation>La décision à laquelle aboutit l'analyse.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="652" />
      <source>The event the period starts from. Choose one of the list so Atlas can check it, or write your own.</source>
      <translation>L'événement à partir duquel la durée court. Choisissez-en un dans la liste pour qu'Atlas puisse le vérifier, ou saisissez le vôtre.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="653" />
      <source>The family of incident.</source>
      <translation>La famille d'incident.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="654" />
      <source>The last day to object, from the contract.</source>
      <translation>Le dernier jour pour formuler une objection, selon le contrat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="655" />
      <source>The law that allows it.</source>
      <translation>La loi qui l'autorise.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="656" />
      <source>The logic involved and the safeguards (human review, contesting).</source>
      <translation>La logique sous-jacente et les garanties (intervention humaine, contestation).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="657" />
      <source>The manager who accepts the outcome.</source>
      <translation>Le dirigeant qui accepte le résultat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="658" />
      <source>The measures that protect this data.</source>
      <translation>Les mesures qui protègent ces données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="659" />
      <source>The most revealing kind of data involved. Left empty, Atlas works it out from “Data involved” and “Special-category data involved”.</source>
      <translation>Le type de données le plus révélateur en cause. S'il est laissé vide, Atlas le déduit de « Données concernées » et de « Données de catégories particulières concernées ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="660" />
      <source>The name of the DPO or person responsible.</source>
      <translation>Le nom du DPO ou de la personne responsable.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="661" />
      <source>The nature of the breach, in plain words.</source>
      <translation>La nature de la violation, en termes simples.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="662" />
      <source>The new information given.</source>
      <translation>Les nouvelles informations communiquées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="663" />
      <source>The notification must be in Bulgarian.</source>
      <translation>La notification doit être rédigée en bulgare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="664" />
      <source>The operations, the purposes and any legitimate interest, systematically.</source>
      <translation>Les opérations, les finalités et tout intérêt légitime, de manière systématique.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="665" />
      <source>The part of the office that runs it, e.g. HR, Finance, Sales.</source>
      <translation>La partie du bureau qui s'en charge, p. ex. RH, Finance, Ventes.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="666" />
      <source>The person agreed to this specific use.</source>
      <translation>La personne a consenti à cette utilisation précise.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="667" />
      <source>The person is a child</source>
      <translation>La personne est un enfant</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="668" />
      <source>The person's age when they consented, if you know it.</source>
      <translation>L'âge de la personne lorsqu'elle a consenti, si vous le connaissez.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="669" />
      <source>The policy no longer applies: it is kept as Retired.</source>
      <translation>La politique ne s'applique plus : elle est conservée avec le statut « Retiré ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="670" />
      <source>The processing activity assessed.</source>
      <translation>L'activité de traitement analysée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="671" />
      <source>The processing activity relying on this consent.</source>
      <translation>L'activité de traitement fondée sur ce consentement.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="672" />
      <source>The processing assessed has stopped: the DPIA is kept as Retired (Art. 35(11)).</source>
      <translation>Le traitement analysé a cessé : l'AIPD est conservée avec le statut « Retiré » (art. 35(11)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="673" />
      <source>The processing the request is about.</source>
      <translation>Le traitement sur lequel porte la demande.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="674" />
      <source>The processor confirmed the sub-processor signed the same data-protection terms.</source>
      <translation>Le sous-traitant a confirmé que le sous-traitant ultérieur a signé les mêmes clauses de protection des données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="675" />
      <source>The reasonable effort made to verify it, e.g. a confirmation email to the parent.</source>
      <translation>Les efforts raisonnables déployés pour le vérifier, p. ex. un e-mail de confirmation au parent.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="676" />
      <source>The residual risk.</source>
      <translation>Le risque résiduel.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="677" />
      <source>The rights people can exercise for this processing (they depend on the basis).</source>
      <translation>Les droits que les personnes peuvent exercer pour ce traitement (ils dépendent de la base).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="678" />
      <source>The third country the data goes to.</source>
      <translation>Le pays tiers vers lequel vont les données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="679" />
      <source>The time your contract with the client sets. The GDPR says “without undue delay” and the client's own 72 hours may already be running, so Atlas counts 24 hours when this is empty (a conservative reading of EDPB Guidelines 9/2022).</source>
      <translation>Le délai fixé par votre contrat avec le client. Le RGPD dit « dans les meilleurs délais » et les 72 heures du client peuvent déjà courir : Atlas compte donc 24 heures lorsque ce champ est vide (une lecture prudente des lignes directrices 9/2022 du CEPD).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="680" />
      <source>The version of the privacy notice or consent text they saw.</source>
      <translation>La version de la politique de confidentialité ou du texte de consentement qu'elle a vue.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="681" />
      <source>Their age</source>
      <translation>Son âge</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="682" />
      <source>Their contact</source>
      <translation>Ses coordonnées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="683" />
      <source>Their contact details (and their representative or DPO).</source>
      <translation>Ses coordonnées (et celles de son représentant ou de son DPO).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="684" />
      <source>Their contact for data protection.</source>
      <translation>Son contact pour la protection des données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="685" />
      <source>They weigh heavily in the risk.</source>
      <translation>Elles pèsent lourd dans le risque.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="686" />
      <source>Tick any sensitive data involved; each needs an Art. 9(2) condition.</source>
      <translation>Cochez toute donnée sensible en cause ; chacune nécessite une condition de l'art. 9(2).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="687" />
      <source>Tick box on a web form</source>
      <translation>Case à cocher sur un formulaire web</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="688" />
      <source>Tick each WP248 criterion that applies. Two or more: a DPIA is required.</source>
      <translation>Cochez chaque critère WP248 applicable. Deux ou plus : une AIPD est requise.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="689" />
      <source>Tick each clause the agreement contains; all eight are required.</source>
      <translation>Cochez chaque clause que contient le contrat ; les huit sont obligatoires.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="690" />
      <source>Tick if a recent backup let you restore the data quickly, with nothing lost.</source>
      <translation>Cochez si une sauvegarde récente vous a permis de restaurer rapidement les données, sans aucune perte.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="691" />
      <source>Tick if consent was given to use an online service offered directly to the person (an app, a website account, an online shop or newsletter): the rules for children's consent apply.</source>
      <translation>Cochez si le consentement a été donné pour utiliser un service en ligne proposé directement à la personne (une application, un compte sur un site web, une boutique en ligne ou une newsletter) : les règles relatives au consentement des enfants s'appliquent.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="692" />
      <source>Tick if even a short loss of the data harms people, e.g. a clinic's patient files or a care service's schedules.</source>
      <translation>Cochez si même une courte perte des données nuit aux personnes, p. ex. les dossiers des patients d'une clinique ou les plannings d'un service d'aide à domicile.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="693" />
      <source>Tick if it came through computers or networks.</source>
      <translation>Cochez si elle est passée par des ordinateurs ou des réseaux.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="694" />
      <source>Tick if it happens only now and then (e.g. a one-off event), not as part of the routine.</source>
      <translation>Cochez si cela n'arrive que de temps en temps (p. ex. un événement ponctuel), et non dans le cadre de la routine.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="695" />
      <source>Tick if someone caused it deliberately: an attack, a theft, an insider taking data.</source>
      <translation>Cochez si quelqu'un l'a provoquée délibérément : une attaque, un vol, une personne interne emportant des données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="696" />
      <source>Tick if the only people who got the data are trusted (e.g. bound to confidentiality) and confirmed in writing that they deleted it without using it.</source>
      <translation>Cochez si les seules personnes ayant reçu les données sont de confiance (p. ex. tenues à la confidentialité) et ont confirmé par écrit les avoir supprimées sans les utiliser.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="697" />
      <source>Tick if they handle health, biometric or other Art. 9 data: their training is then checked.</source>
      <translation>Cochez si la personne traite des données de santé, biométriques ou d'autres données de l'art. 9 : sa formation est alors vérifiée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="698" />
      <source>Tick if they were under 18 when they consented and you do not know their exact age.</source>
      <translation>Cochez si la personne avait moins de 18 ans lorsqu'elle a consenti et que vous ne connaissez pas son âge exact.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="699" />
      <source>Tick if you process criminal convictions or offences (e.g. criminal record checks).</source>
      <translation>Cochez si vous traitez des condamnations pénales ou des infractions (p. ex. vérification du casier judiciaire).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="700" />
      <source>Tick only if the data was encrypted with a state-of-the-art method and the key stayed safe, or passwords were stored with a strong salted hash.</source>
      <translation>Ne cochez que si les données étaient chiffrées avec une méthode à l'état de l'art et que la clé est restée en sécurité, ou si les mots de passe étaient stockés avec un hachage salé robuste.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="701" />
      <source>Tick only if you appointed a DPO; most small offices need not.</source>
      <translation>Ne cochez que si vous avez désigné un DPO ; la plupart des petits bureaux n'y sont pas tenus.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="702" />
      <source>Time zone</source>
      <translation>Fuseau horaire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="703" />
      <source>Timeline</source>
      <translation>Chronologie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="704" />
      <source>Timestamped events, from discovery to closure.</source>
      <translation>Événements horodatés, de la découverte à la clôture.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="705" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="706" />
      <source>Told by a third party, the media or the police</source>
      <translation>Signalée par un tiers, les médias ou la police</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="707" />
      <source>Trade-union membership</source>
      <translation>Appartenance syndicale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="708" />
      <source>Trainer or provider.</source>
      <translation>Formateur ou organisme.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="709" />
      <source>Training</source>
      <translation>Formation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="710" />
      <source>Training records of this person.</source>
      <translation>Formations suivies par cette personne.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="711" />
      <source>Transfer mechanism</source>
      <translation>Mécanisme de transfert</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="712" />
      <source>Transfer mechanism (Chapter V)</source>
      <translation>Mécanisme de transfert (chapitre V)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="713" />
      <source>Transfers</source>
      <translation>Transferts</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="714" />
      <source>Transfers outside the EEA</source>
      <translation>Transferts hors de l'EEE</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="715" />
      <source>Trusted recipient confirmed deletion</source>
      <translation>Destinataire de confiance ayant confirmé la suppression</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="716" />
      <source>Two or more criteria: DPIA required.</source>
      <translation>Deux critères ou plus : AIPD requise.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="717" />
      <source>Two-factor sign-in</source>
      <translation>Connexion à deux facteurs</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="718" />
      <source>Under the Swiss FADP (Art. 24) a breach is reported only when it is likely to result in a high risk, as soon as possible; the GDPR's 72 hours apply where the GDPR applies to you.</source>
      <translation>Selon la LPD suisse (art. 24), une violation n'est annoncée que lorsqu'elle est susceptible d'engendrer un risque élevé, dans les meilleurs délais ; les 72 heures du RGPD s'appliquent lorsque le RGPD vous est applicable.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="720" />
      <source>Unlikely to result in a risk: document only</source>
      <translation>Peu susceptible d'engendrer un risque : documenter uniquement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="721" />
      <source>Unreadable to whoever got it</source>
      <translation>Illisibles pour quiconque les a obtenues</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="722" />
      <source>Updated</source>
      <translation>Mis à jour</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="723" />
      <source>Usage and behaviour data</source>
      <translation>Données d'utilisation et de comportement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="724" />
      <source>Valid for (months)</source>
      <translation>Valable (mois)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="725" />
      <source>Verifying identity</source>
      <translation>Vérification de l'identité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="726" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="727" />
      <source>Very high: significant or even irreversible consequences</source>
      <translation>Très élevée : conséquences importantes, voire irréversibles</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="728" />
      <source>Views of the people concerned</source>
      <translation>Avis des personnes concernées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="729" />
      <source>Visitors to the premises</source>
      <translation>Visiteurs des locaux</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="730" />
      <source>Vital interests</source>
      <translation>Intérêts vitaux</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="731" />
      <source>Vital interests of someone unable to consent</source>
      <translation>Intérêts vitaux d'une personne incapable de consentir</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="732" />
      <source>Vulnerable adults</source>
      <translation>Adultes vulnérables</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="733" />
      <source>WP248 rev.01 names such cases, e.g. a single doctor's patient files (Recital 91).</source>
      <translation>Le WP248 rév.01 cite de tels cas, p. ex. les dossiers des patients d'un médecin exerçant seul (considérant 91).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="734" />
      <source>Was data copied out (exfiltrated)?</source>
      <translation>Des données ont-elles été copiées à l'extérieur (exfiltrées) ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="735" />
      <source>Was data copied out?</source>
      <translation>Des données ont-elles été copiées à l'extérieur ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="736" />
      <source>Was the data changed?</source>
      <translation>Les données ont-elles été modifiées ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="737" />
      <source>Was the data lost or out of reach?</source>
      <translation>Les données ont-elles été perdues ou rendues inaccessibles ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="738" />
      <source>We are a public authority or body</source>
      <translation>Nous sommes une autorité ou un organisme public</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="739" />
      <source>We have a Data Protection Officer</source>
      <translation>Nous avons un délégué à la protection des données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="740" />
      <source>We hold no data on them</source>
      <translation>Nous ne détenons aucune donnée la concernant</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="743" />
      <source>Website visitors</source>
      <translation>Visiteurs du site web</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="744" />
      <source>What allows you to process the special-category data.</source>
      <translation>Ce qui vous permet de traiter les données de catégories particulières.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="745" />
      <source>What could go wrong, e.g. Unauthorised access to chats.</source>
      <translation>Ce qui pourrait mal tourner, p. ex. Accès non autorisé aux conversations.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="746" />
      <source>What could happen to the people affected.</source>
      <translation>Ce qui pourrait arriver aux personnes concernées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="747" />
      <source>What happened</source>
      <translation>Ce qui s'est passé</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="748" />
      <source>What happens, in a few sentences.</source>
      <translation>Ce qui se passe, en quelques phrases.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="749" />
      <source>What it does.</source>
      <translation>Ce qu'il fait.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="750" />
      <source>What it said</source>
      <translation>Contenu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="751" />
      <source>What it would mean for the people concerned.</source>
      <translation>Ce que cela signifierait pour les personnes concernées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="752" />
      <source>What limits the harm and stops it happening again.</source>
      <translation>Ce qui limite le préjudice et empêche que cela se reproduise.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="753" />
      <source>What makes the request complex.</source>
      <translation>Ce qui rend la demande complexe.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="754" />
      <source>What makes the transfer lawful.</source>
      <translation>Ce qui rend le transfert licite.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="755" />
      <source>What reduces the risk.</source>
      <translation>Ce qui réduit le risque.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="756" />
      <source>What such data usually reveals</source>
      <translation>Ce que ces données révèlent habituellement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="757" />
      <source>What the answers above lead to, with the EDPB's factors applied.</source>
      <translation>Ce à quoi mènent les réponses ci-dessus, compte tenu des facteurs du CEPD.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="758" />
      <source>What the law asks of you</source>
      <translation>Ce que la loi vous demande</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="759" />
      <source>What they advised, and whether it was followed.</source>
      <translation>Ce qu'ils ont conseillé, et si cet avis a été suivi.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="760" />
      <source>What they agreed to, e.g. Monthly newsletter.</source>
      <translation>Ce à quoi elle a consenti, p. ex. Newsletter mensuelle.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="761" />
      <source>What they do for you, e.g. Payroll.</source>
      <translation>Ce qu'il fait pour vous, p. ex. Paie.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="762" />
      <source>What was affected</source>
      <translation>Ce qui a été touché</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="763" />
      <source>What was done to stop it.</source>
      <translation>Ce qui a été fait pour y mettre fin.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="764" />
      <source>What was said, or why the exemption applies.</source>
      <translation>Ce qui a été dit, ou pourquoi l'exemption s'applique.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="765" />
      <source>What you asked them or their representatives, and what they said.</source>
      <translation>Ce que vous leur avez demandé, à elles ou à leurs représentants, et ce qu'elles ont répondu.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="766" />
      <source>What you did.</source>
      <translation>Ce que vous avez fait.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="767" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="768" />
      <source>When it ended, if known.</source>
      <translation>Quand elle a pris fin, si on le sait.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="769" />
      <source>When it was approved.</source>
      <translation>Date de son approbation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="770" />
      <source>When it was last re-checked.</source>
      <translation>Date de sa dernière vérification.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="771" />
      <source>When it was last reviewed (leave empty if not since approval).</source>
      <translation>Date de sa dernière revue (laisser vide s'il n'y en a pas eu depuis l'approbation).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="772" />
      <source>When someone first noticed it.</source>
      <translation>Quand quelqu'un l'a remarquée pour la première fois.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="773" />
      <source>When the authority answered.</source>
      <translation>Date de la réponse de l'autorité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="774" />
      <source>When the breach started (best estimate).</source>
      <translation>Quand la violation a commencé (meilleure estimation).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="775" />
      <source>When the data processing agreement was signed.</source>
      <translation>Date de signature du contrat de sous-traitance.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="776" />
      <source>When the people affected were told (required for a high risk).</source>
      <translation>Quand les personnes concernées ont été informées (obligatoire en cas de risque élevé).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="777" />
      <source>When the processor told you of the change.</source>
      <translation>Quand le sous-traitant vous a informé du changement.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="778" />
      <source>When they consented.</source>
      <translation>Quand elle a consenti.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="779" />
      <source>When they withdrew, if they did.</source>
      <translation>Quand elle a retiré son consentement, le cas échéant.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="780" />
      <source>When this entry was last checked.</source>
      <translation>Date de la dernière vérification de cette fiche.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="781" />
      <source>When this report was sent.</source>
      <translation>Date d'envoi de ce rapport.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="782" />
      <source>When you confirmed who they are (ask only for what you need).</source>
      <translation>Quand vous avez confirmé son identité (ne demandez que ce dont vous avez besoin).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="783" />
      <source>When you last checked their guarantees (certificates, questionnaire).</source>
      <translation>Quand vous avez vérifié ses garanties pour la dernière fois (certificats, questionnaire).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="784" />
      <source>When you notified the authority.</source>
      <translation>Quand vous avez notifié l'autorité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="785" />
      <source>When you replied.</source>
      <translation>Quand vous avez répondu.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="786" />
      <source>When you sent the DPIA to the authority.</source>
      <translation>Quand vous avez envoyé l'AIPD à l'autorité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="787" />
      <source>When you told the client.</source>
      <translation>Quand vous avez informé le client.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="788" />
      <source>When you were reasonably certain personal data was affected. The 72 hours start here.</source>
      <translation>Le moment où vous avez eu une certitude raisonnable que des données à caractère personnel étaient touchées. Les 72 heures commencent ici.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="789" />
      <source>Where it processes the data.</source>
      <translation>Où il traite les données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="790" />
      <source>Where it was published</source>
      <translation>Où elle a été publiée</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="791" />
      <source>Where the assessment stands.</source>
      <translation>Où en est l'analyse.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="792" />
      <source>Where the clauses are kept.</source>
      <translation>Où les clauses sont conservées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="793" />
      <source>Where the clauses or safeguards are kept.</source>
      <translation>Où les clauses ou garanties sont conservées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="794" />
      <source>Where the data comes from, if not from the people themselves.</source>
      <translation>D'où viennent les données, si ce n'est pas des personnes elles-mêmes.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="795" />
      <source>Where the data is, e.g. Office server, EU cloud.</source>
      <translation>Où se trouvent les données, p. ex. Serveur du bureau, cloud dans l'UE.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="796" />
      <source>Where the request stands.</source>
      <translation>Où en est la demande.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="797" />
      <source>Where the signed agreement is kept.</source>
      <translation>Où le contrat signé est conservé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="798" />
      <source>Where they process the data.</source>
      <translation>Où il traite les données.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="799" />
      <source>Where you are established.</source>
      <translation>Où vous êtes établi.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="800" />
      <source>Where your legitimate-interests assessment is kept.</source>
      <translation>Où votre analyse des intérêts légitimes est conservée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="801" />
      <source>Whether the circumstances make the data reveal more or less than such data usually does.</source>
      <translation>Si les circonstances font que les données en révèlent plus ou moins que ce type de données d'habitude.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="802" />
      <source>Whether the processing meets it.</source>
      <translation>Si le traitement le remplit.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="803" />
      <source>Whether you accepted or objected.</source>
      <translation>Si vous avez accepté ou formulé une objection.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="804" />
      <source>Whether you decide the purpose (controller), decide it with others (joint controller) or act for a client (processor).</source>
      <translation>Si vous décidez de la finalité (responsable du traitement), en décidez avec d'autres (responsable conjoint) ou agissez pour un client (sous-traitant).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="805" />
      <source>Which data, e.g. Payroll records.</source>
      <translation>Quelles données, p. ex. Dossiers de paie.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="806" />
      <source>Which right they exercise.</source>
      <translation>Le droit qu'elle exerce.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="807" />
      <source>Which sub-processor is added or replaced.</source>
      <translation>Le sous-traitant ultérieur ajouté ou remplacé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="808" />
      <source>Who asked.</source>
      <translation>Qui a fait la demande.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="809" />
      <source>Who could see or take the data. Needed when confidentiality was affected.</source>
      <translation>Qui a pu voir ou prendre les données. Nécessaire lorsque la confidentialité a été touchée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="810" />
      <source>Who gave consent (name, email or customer number).</source>
      <translation>Qui a donné son consentement (nom, e-mail ou numéro client).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="811" />
      <source>Who in management approved it.</source>
      <translation>Qui, au sein de la direction, l'a approuvée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="812" />
      <source>Who in the office answers for it.</source>
      <translation>Qui en répond au sein du bureau.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="813" />
      <source>Who keeps it up to date.</source>
      <translation>Qui la tient à jour.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="814" />
      <source>Who or what noticed it.</source>
      <translation>Qui ou quoi l'a remarquée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="815" />
      <source>Who receives the data there.</source>
      <translation>Qui reçoit les données là-bas.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="816" />
      <source>Who the authority can ask for more information.</source>
      <translation>À qui l'autorité peut demander plus d'informations.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="817" />
      <source>Who the processor engages in turn.</source>
      <translation>À qui le sous-traitant fait lui-même appel.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="818" />
      <source>Who the processor engages.</source>
      <translation>À qui le sous-traitant fait appel.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="819" />
      <source>Who to tell at the client, e.g. their DPO's email.</source>
      <translation>Qui informer chez le client, p. ex. l'e-mail de son DPO.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="820" />
      <source>Who was trained.</source>
      <translation>Qui a été formé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="821" />
      <source>Who you are: the record of processing starts with the controller's name and contact details.</source>
      <translation>Qui vous êtes : le registre des traitements commence par le nom et les coordonnées du responsable du traitement.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="822" />
      <source>Whose data it was</source>
      <translation>À qui appartenaient les données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="823" />
      <source>Why no DPIA</source>
      <translation>Pourquoi pas d'AIPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="824" />
      <source>Why the processing is needed and no more data than necessary is used.</source>
      <translation>Pourquoi le traitement est nécessaire et pourquoi il n'utilise pas plus de données que nécessaire.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="825" />
      <source>Why this level, in your words. Required when you do not notify the authority.</source>
      <translation>Pourquoi ce niveau, avec vos mots. Obligatoire si vous ne notifiez pas l'autorité.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="826" />
      <source>Why you disagree</source>
      <translation>Pourquoi vous n'êtes pas d'accord</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="827" />
      <source>Why you process the data, e.g. Paying salaries.</source>
      <translation>Pourquoi vous traitez les données, p. ex. Versement des salaires.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="828" />
      <source>Why, in a sentence.</source>
      <translation>Pourquoi, en une phrase.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="833" />
      <source>Withdrawn at</source>
      <translation>Retiré le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="834" />
      <source>Withdrawn by the person</source>
      <translation>Retirée par la personne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="835" />
      <source>Withdrawn consents</source>
      <translation>Consentements retirés</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="836" />
      <source>Without a DPO: who answers for data protection (often the manager).</source>
      <translation>Sans DPO : qui répond de la protection des données (souvent le dirigeant).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="837" />
      <source>Work email.</source>
      <translation>E-mail professionnel.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="838" />
      <source>Worked out from the answers above: kind of data × identification + circumstances.</source>
      <translation>Calculé à partir des réponses ci-dessus : type de données × identification + circonstances.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="839" />
      <source>Worked out from the criteria ticked.</source>
      <translation>Calculé à partir des critères cochés.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="840" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="841" />
      <source>Yes unless the breach is unlikely to result in a risk to people.</source>
      <translation>Oui, sauf si la violation est peu susceptible d'engendrer un risque pour les personnes.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="842" />
      <source>Yes: copied out, offered for sale or published</source>
      <translation>Oui : copiées à l'extérieur, mises en vente ou publiées</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="843" />
      <source>You no longer rely on consent for this purpose: the consent records are kept as proof (Art. 7(1)), and the purpose is not reviewed again unless new consent is collected for it.</source>
      <translation>Vous ne vous fondez plus sur le consentement pour cette finalité : les preuves de consentement sont conservées (art. 7(1)), et la finalité n'est plus revue sauf si un nouveau consentement est recueilli pour elle.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="844" />
      <source>Your data-protection policies, approved by management and reviewed at least once a year.</source>
      <translation>Vos politiques de protection des données, approuvées par la direction et revues au moins une fois par an.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="845" />
      <source>Your or a third party's legitimate interest, weighed against the person's rights in a balancing test (LIA).</source>
      <translation>Votre intérêt légitime ou celui d'un tiers, mis en balance avec les droits de la personne (mise en balance des intérêts, LIA).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="846" />
      <source>Your organisation's legal name.</source>
      <translation>La raison sociale de votre organisme.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="847" />
      <source>Your own assessment</source>
      <translation>Votre propre évaluation</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="848" />
      <source>Your own assessment if you gave one, else the assessed risk. It decides who must be told.</source>
      <translation>Votre propre évaluation si vous en avez donné une, sinon le risque évalué. Elle détermine qui doit être informé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="849" />
      <source>days</source>
      <translation>jours</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="850" />
      <source>e.g. 2.1.</source>
      <translation>p. ex. 2.1.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="851" />
      <source>e.g. A notice on our website's home page and in the local newspaper.</source>
      <translation>p. ex. Un avis sur la page d'accueil de notre site web et dans le journal local.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="852" />
      <source>e.g. CCTV of a street, a shop floor or a car park.</source>
      <translation>p. ex. vidéosurveillance d'une rue, d'une surface de vente ou d'un parking.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="853" />
      <source>e.g. CCTV, tracking employees' devices or locations.</source>
      <translation>p. ex. vidéosurveillance, suivi des appareils ou de la localisation des salariés.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="854" />
      <source>e.g. Chat moderation DPIA.</source>
      <translation>p. ex. AIPD sur la modération des discussions.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="855" />
      <source>e.g. Customers, Employees, Children.</source>
      <translation>p. ex. Clients, Salariés, Enfants.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="856" />
      <source>e.g. Data protection policy, Retention policy.</source>
      <translation>p. ex. Politique de protection des données, Politique de conservation.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="857" />
      <source>e.g. Email, Letter.</source>
      <translation>p. ex. E-mail, Courrier.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="858" />
      <source>e.g. Laptop reported missing; passwords reset.</source>
      <translation>p. ex. Ordinateur portable signalé manquant ; mots de passe réinitialisés.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="868" />
      <source>× 0.25</source>
      <translation>× 0.25</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="869" />
      <source>× 0.5</source>
      <translation>× 0.5</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="870" />
      <source>× 0.75</source>
      <translation>× 0.75</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="871" />
      <source>× 1</source>
      <translation>× 1</translation>
    </message>
  </context>
  <context>
    <name>spreadsheets</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1797" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1798" />
      <source>Art 30 record</source>
      <translation>Registre art. 30</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1799" />
      <source>Art 30(2) processor record</source>
      <translation>Registre du sous-traitant art. 30(2)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1800" />
      <source>Art. 30 record</source>
      <translation>Registre art. 30</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1801" />
      <source>Article</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1802" />
      <source>Article 6 lawful basis for processing personal data</source>
      <translation>Base juridique du traitement des données à caractère personnel (article 6)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1803" />
      <source>Article 9 basis for processing special category data</source>
      <translation>Base du traitement des données de catégorie particulière (article 9)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1804" />
      <source>Audit trail entries</source>
      <translation>Entrées du journal d'audit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1805" />
      <source>Audit-chain head</source>
      <translation>Tête de la chaîne d'audit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1806" />
      <source>Business function</source>
      <translation>Service concerné</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1807" />
      <source>Categories of individuals</source>
      <translation>Catégories de personnes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1808" />
      <source>Categories of personal data</source>
      <translation>Catégories de données à caractère personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1809" />
      <source>Categories of processing carried out for them (Art. 30(2)(b))</source>
      <translation>Catégories de traitements effectués pour leur compte (art. 30(2)(b))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1810" />
      <source>Categories of recipients</source>
      <translation>Catégories de destinataires</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1811" />
      <source>Contents</source>
      <translation>Sommaire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1812" />
      <source>Controller (Art. 30(1)(a))</source>
      <translation>Responsable du traitement (art. 30(1)(a))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1813" />
      <source>Controller we act for (Art. 30(2)(a))</source>
      <translation>Responsable du traitement pour le compte duquel nous agissons (art. 30(2)(a))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1814" />
      <source>Controller's contact, representative or DPO (Art. 30(2)(a))</source>
      <translation>Contact, représentant ou DPO du responsable du traitement (art. 30(2)(a))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1815" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1816" />
      <source>Cover</source>
      <translation>Couverture</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1817" />
      <source>Criminal-offence data (Art. 10) and the legal authority for it</source>
      <translation>Données relatives aux infractions pénales (art. 10) et leur fondement juridique</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1818" />
      <source>DPA: {reference}</source>
      <translation>Contrat de sous-traitance : {reference}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1819" />
      <source>Dark red: required by Art. 30(1) (marked *). Grey: worked out by Atlas, not imported. Hover over a heading for what to enter and the article that asks for it.</source>
      <translation>Rouge foncé : exigé par l'art. 30(1) (marqué *). Gris : calculé par Atlas, non importé. Survolez un en-tête pour voir ce qu'il faut saisir et l'article qui l'exige.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1820" />
      <source>Data Protection Impact Assessment progress</source>
      <translation>Avancement de l'analyse d'impact relative à la protection des données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1821" />
      <source>Data Protection Impact Assessment required?</source>
      <translation>Analyse d'impact relative à la protection des données requise ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1822" />
      <source>Data protection officer (Art. 37)</source>
      <translation>Délégué à la protection des données (art. 37)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1823" />
      <source>Dates and times</source>
      <translation>Dates et heures</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1824" />
      <source>Deadlines are {calendar} (Art. 12(3)).</source>
      <translation>Les échéances sont calculées {calendar} (art. 12(3)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1825" />
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1826" />
      <source>Due ({zone} time)</source>
      <translation>Échéance (heure {zone})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1827" />
      <source>Due dates</source>
      <translation>Échéances</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1828" />
      <source>Due soon</source>
      <translation>Échéance proche</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1829" />
      <source>Each cell: when the person's latest training in that course expires. Red: expired; amber: within {days} days; green: valid (Art. 32(4), 39(1)(b)).</source>
      <translation>Chaque cellule : date d'expiration de la dernière formation de la personne à ce module. Rouge : expirée ; orange : dans les {days} jours ; vert : valide (art. 32(4), 39(1)(b)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1830" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1831" />
      <source>Every time in this workbook is the wall-clock time in {zone}: spreadsheets store no time zone. A time the clocks repeat (when they go back) is written as text with its UTC offset.</source>
      <translation>Toutes les heures de ce classeur sont l'heure locale de {zone} : les tableurs n'enregistrent pas de fuseau horaire. Une heure que les horloges répètent (lors du passage à l'heure d'hiver) est écrite sous forme de texte avec son décalage UTC.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1832" />
      <source>Existence of automated decision-making, including profiling (if applicable)</source>
      <translation>Existence d'une prise de décision automatisée, y compris le profilage (le cas échéant)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1833" />
      <source>Exported by Atlas Desktop {version} on {when}.</source>
      <translation>Exporté par Atlas Desktop {version} le {when}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1834" />
      <source>External: {recipients}</source>
      <translation>Externes : {recipients}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1835" />
      <source>Findings</source>
      <translation>Constats</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1836" />
      <source>Gap</source>
      <translation>Lacune</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1837" />
      <source>General description of technical and organisational security measures (if possible)</source>
      <translation>Description générale des mesures de sécurité techniques et organisationnelles (si possible)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1838" />
      <source>Generated at</source>
      <translation>Généré le</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1839" />
      <source>Handles special-category data</source>
      <translation>Traite des données de catégories particulières</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1840" />
      <source>Headings</source>
      <translation>En-têtes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1841" />
      <source>If not, the reasons why</source>
      <translation>Si non, pourquoi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1842" />
      <source>Internal: {recipients}</source>
      <translation>Internes : {recipients}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1843" />
      <source>Is personal data retained and erased in accordance with the policy document?</source>
      <translation>Les données à caractère personnel sont-elles conservées et effacées conformément au document de politique ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1844" />
      <source>Keep the (#number) of the record.</source>
      <translation>Conservez le (#numéro) de la fiche.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1845" />
      <source>Legitimate interests for the processing (if applicable)</source>
      <translation>Intérêts légitimes poursuivis par le traitement (le cas échéant)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1846" />
      <source>Link to contract with processor</source>
      <translation>Lien vers le contrat avec le sous-traitant</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1847" />
      <source>Link to record of consent</source>
      <translation>Lien vers la preuve de consentement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1848" />
      <source>Link to record of legitimate interests assessment (if applicable)</source>
      <translation>Lien vers l'évaluation des intérêts légitimes (le cas échéant)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1849" />
      <source>Link to record of personal data breach</source>
      <translation>Lien vers la fiche de violation de données à caractère personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1850" />
      <source>Link to retention and erasure policy document</source>
      <translation>Lien vers le document de politique de conservation et d'effacement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1851" />
      <source>Link to the Data Protection Impact Assessment</source>
      <translation>Lien vers l'analyse d'impact relative à la protection des données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1852" />
      <source>Lists</source>
      <translation>Listes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1853" />
      <source>Location of personal data</source>
      <translation>Emplacement des données à caractère personnel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1854" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1855" />
      <source>Name and contact details of joint controller (if applicable)</source>
      <translation>Nom et coordonnées du responsable conjoint du traitement (le cas échéant)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1856" />
      <source>Names of third countries or international organisations that personal data are transferred to (if applicable)</source>
      <translation>Noms des pays tiers ou organisations internationales vers lesquels des données à caractère personnel sont transférées (le cas échéant)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1857" />
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1858" />
      <source>No DPO appointed</source>
      <translation>Aucun DPO désigné</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1859" />
      <source>No activity is recorded where the office acts as a processor.</source>
      <translation>Aucune activité n'est enregistrée dans laquelle le bureau agit en tant que sous-traitant.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1860" />
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1861" />
      <source>No. (always 1)</source>
      <translation>N° (toujours 1)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1862" />
      <source>None appointed</source>
      <translation>Aucun désigné</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1863" />
      <source>Not encrypted</source>
      <translation>Non chiffré</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1864" />
      <source>Not one of the choices</source>
      <translation>Ne fait pas partie des choix</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1865" />
      <source>Nothing to do: no deadline is near and no gap was found.</source>
      <translation>Rien à faire : aucune échéance n'est proche et aucune lacune n'a été trouvée.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1866" />
      <source>Optional columns of the ICO template</source>
      <translation>Colonnes facultatives du modèle de l'ICO</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1867" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1868" />
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1869" />
      <source>Person responsible for data protection</source>
      <translation>Personne responsable de la protection des données</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1870" />
      <source>Personal data breach?</source>
      <translation>Violation de données à caractère personnel ?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1871" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1872" />
      <source>Processing activity</source>
      <translation>Activité de traitement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1873" />
      <source>Processor: {who}. Our representative and DPO are on the {cover} sheet (Art. 30(2)(a)).</source>
      <translation>Sous-traitant : {who}. Notre représentant et notre DPO figurent sur la feuille {cover} (art. 30(2)(a)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1874" />
      <source>Processors we use for it</source>
      <translation>Sous-traitants auxquels nous faisons appel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1875" />
      <source>Profiling</source>
      <translation>Profilage</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1876" />
      <source>Purpose of processing</source>
      <translation>Finalité du traitement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1877" />
      <source>Read-only view of {what}, made by Atlas from the register. Atlas does not import this sheet, so a change made here would be lost: edit {where}, then import the workbook. The sheet is protected against accidental changes (no password is needed to lift it).</source>
      <translation>Vue en lecture seule de {what}, créée par Atlas à partir du registre. Atlas n'importe pas cette feuille : une modification faite ici serait perdue. Modifiez {where}, puis importez le classeur. La feuille est protégée contre les modifications accidentelles (aucun mot de passe n'est nécessaire pour lever la protection).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1879" />
      <source>Records of processing activities — {organisation}</source>
      <translation>Registre des activités de traitement — {organisation}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1880" />
      <source>Register</source>
      <translation>Registre</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1881" />
      <source>Representative in the EU (Art. 27)</source>
      <translation>Représentant dans l'UE (art. 27)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1882" />
      <source>Required by Art. 30(1) GDPR (* in the ICO template's required part)</source>
      <translation>Exigé par l'art. 30(1) RGPD (* dans la partie obligatoire du modèle de l'ICO)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1883" />
      <source>Retention schedule (if possible)</source>
      <translation>Calendrier de conservation (si possible)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1884" />
      <source>Rights available to individuals</source>
      <translation>Droits dont disposent les personnes</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1885" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1886" />
      <source>Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)</source>
      <translation>Garanties pour les transferts exceptionnels de données à caractère personnel vers des pays tiers ou des organisations internationales (le cas échéant)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1887" />
      <source>Safeguards for the transfers (Art. 30(2)(c))</source>
      <translation>Garanties pour les transferts (art. 30(2)(c))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1888" />
      <source>Saving the workbook…</source>
      <translation>Enregistrement du classeur…</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1889" />
      <source>Security measures (Art. 30(2)(d))</source>
      <translation>Mesures de sécurité (art. 30(2)(d))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1890" />
      <source>Several entries: separate them with "; ".</source>
      <translation>Plusieurs entrées : séparez-les par « ; ».</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1891" />
      <source>Several records: separate them with "; ". Keep the (#number).</source>
      <translation>Plusieurs fiches : séparez-les par « ; ». Conservez le (#numéro).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1892" />
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1893" />
      <source>Shown for reference; not imported.</source>
      <translation>Affiché pour information ; non importé.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1894" />
      <source>Shown for reference; set it on the {record} instead.</source>
      <translation>Affiché pour information ; définissez-le plutôt dans {record}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1895" />
      <source>Staff × courses with expiry dates: {people}, {courses}</source>
      <translation>Personnel × modules avec dates d'expiration : {people}, {courses}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1896" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1897" />
      <source>Supervisory authority</source>
      <translation>Autorité de contrôle</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1898" />
      <source>Systems: {systems}</source>
      <translation>Systèmes : {systems}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1899" />
      <source>The number of the {record} (column A of the {sheet} sheet) this row belongs to.</source>
      <translation>Le numéro de {record} (colonne A de la feuille {sheet}) auquel appartient cette ligne.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1900" />
      <source>The record's number in Atlas. Leave it empty for a new record.</source>
      <translation>Le numéro de la fiche dans Atlas. Laissez vide pour une nouvelle fiche.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1901" />
      <source>The source of the personal data (if applicable)</source>
      <translation>La source des données à caractère personnel (le cas échéant)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1902" />
      <source>This export</source>
      <translation>Cet export</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1903" />
      <source>This file is not encrypted. Keep it somewhere safe and delete it when it is no longer needed.</source>
      <translation>Ce fichier n'est pas chiffré. Conservez-le en lieu sûr et supprimez-le lorsqu'il n'est plus nécessaire.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1904" />
      <source>To check the register later</source>
      <translation>Pour vérifier le registre ultérieurement</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1905" />
      <source>Training matrix</source>
      <translation>Matrice des formations</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1906" />
      <source>Transfers to third countries (Art. 30(2)(c))</source>
      <translation>Transferts vers des pays tiers (art. 30(2)(c))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1907" />
      <source>What `atlas check` found: {counts}</source>
      <translation>Ce qu'a relevé `atlas check` : {counts}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1908" />
      <source>What to do</source>
      <translation>Que faire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1909" />
      <source>Worked out by Atlas; changes here are not imported.</source>
      <translation>Calculé par Atlas ; les modifications faites ici ne sont pas importées.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1910" />
      <source>Writing {sheet}…</source>
      <translation>Écriture de {sheet}…</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1911" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1912" />
      <source>Yes: automated decisions with legal or similar effect</source>
      <translation>Oui : décisions automatisées produisant des effets juridiques ou similaires</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1913" />
      <source>no DPA on file</source>
      <translation>aucun contrat de sous-traitance au dossier</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1914" />
      <source>no mechanism recorded</source>
      <translation>aucun mécanisme enregistré</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1915" />
      <source>the activities on the sheet '{activities}'</source>
      <translation>les activités de la feuille « {activities} »</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1916" />
      <source>the activities on the sheet '{activities}' and their clients on the sheet '{clients}'</source>
      <translation>les activités de la feuille « {activities} » et leurs clients de la feuille « {clients} »</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1917" />
      <source>the record kept as a processor (Art. 30(2) GDPR)</source>
      <translation>le registre tenu en tant que sous-traitant (art. 30(2) RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1918" />
      <source>the record of processing activities (Art. 30(1) GDPR)</source>
      <translation>le registre des activités de traitement (art. 30(1) RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1919" />
      <source>{category} (special category)</source>
      <translation>{category} (catégorie particulière)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1920" />
      <source>{column}: pick one of the choices in the list.</source>
      <translation>{column} : choisissez l'une des options de la liste.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1921" />
      <source>{label} ({zone} time)</source>
      <translation>{label} (heure {zone})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1922" />
      <source>{overdue} overdue, {soon} due soon, {gaps}</source>
      <translation>{overdue} en retard, {soon} à échéance proche, {gaps}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1923" />
      <source>{record} No. *</source>
      <translation>N° {record} *</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1924" />
      <source>{sheet}, row {row}, column {column}: {reason}</source>
      <translation>{sheet}, ligne {row}, colonne {column} : {reason}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1925" />
      <source>{sheet}, row {row}: {reason}</source>
      <translation>{sheet}, ligne {row} : {reason}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1926" />
      <source>{sheet}: a view for reading (not imported).</source>
      <translation>{sheet} : une vue en lecture seule (non importée).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1927" />
      <source>{sheet}: this sheet was changed, but it is a read-only view that Atlas does not import, so those changes were NOT read. Make them by editing {where}, and import again.</source>
      <translation>{sheet} : cette feuille a été modifiée, mais c'est une vue en lecture seule qu'Atlas n'importe pas : ces modifications n'ont donc PAS été lues. Faites-les en modifiant {where}, puis importez à nouveau.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1928" />
      <source>{term} ({article}). Yes or No.</source>
      <translation>{term} ({article}). Oui ou Non.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1929" />
      <source>{title} ({sheet} sheet, No. {number})</source>
      <translation>{title} (feuille {sheet}, n° {number})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1930" />
      <source>{value} is not one of: {allowed}</source>
      <translation>{value} ne fait pas partie de : {allowed}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1931" />
      <source>{value} is not {yes} or {no}</source>
      <translation>{value} n'est ni {yes} ni {no}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2049" />
      <source>%n consent record(s) ({sheet} sheet)</source>
      <translation>
        <numerusform>%n preuve de consentement (feuille {sheet})</numerusform>
        <numerusform>%n preuves de consentement (feuille {sheet})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2050" />
      <source>%n course(s)</source>
      <translation>
        <numerusform>%n module</numerusform>
        <numerusform>%n modules</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2051" />
      <source>%n gap(s)</source>
      <translation>
        <numerusform>%n lacune</numerusform>
        <numerusform>%n lacunes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2052" />
      <source>%n people</source>
      <translation>
        <numerusform>%n personne</numerusform>
        <numerusform>%n personnes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2053" />
      <source>%n row(s) with problems (was|were) left out.</source>
      <translation>
        <numerusform>%n ligne comportant des problèmes a été écartée.</numerusform>
        <numerusform>%n lignes comportant des problèmes ont été écartées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2054" />
      <source>The record kept as processor for clients: %n row(s), one per client and activity (Art. 30(2))</source>
      <translation>
        <numerusform>Le registre tenu en tant que sous-traitant pour des clients : %n ligne, une par client et par activité (art. 30(2))</numerusform>
        <numerusform>Le registre tenu en tant que sous-traitant pour des clients : %n lignes, une par client et par activité (art. 30(2))</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2055" />
      <source>The record of processing activities as controller in the CNIL's model register, in French: %n activit(y|ies) (Art. 30(1))</source>
      <translation>
        <numerusform>Le registre des activités de traitement en tant que responsable du traitement, selon le modèle de registre de la CNIL, en français : %n activité (art. 30(1))</numerusform>
        <numerusform>Le registre des activités de traitement en tant que responsable du traitement, selon le modèle de registre de la CNIL, en français : %n activités (art. 30(1))</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2056" />
      <source>The record of processing activities as controller, in the UK ICO template's column order: %n activit(y|ies) (Art. 30(1))</source>
      <translation>
        <numerusform>Le registre des activités de traitement en tant que responsable du traitement, dans l'ordre des colonnes du modèle de l'ICO britannique : %n activité (art. 30(1))</numerusform>
        <numerusform>Le registre des activités de traitement en tant que responsable du traitement, dans l'ordre des colonnes du modèle de l'ICO britannique : %n activités (art. 30(1))</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2057" />
      <source>{register}: %n record(s) ({article})</source>
      <translation>
        <numerusform>{register} : %n fiche ({article})</numerusform>
        <numerusform>{register} : %n fiches ({article})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2058" />
      <source>{table} of each {record}: %n row(s)</source>
      <translation>
        <numerusform>{table} de chaque {record} : %n ligne</numerusform>
        <numerusform>{table} de chaque {record} : %n lignes</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1878" />
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="175" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="72" />
      <source>Export spreadsheet</source>
      <translation>Exporter vers un tableur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="73" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="86" />
      <source>Spreadsheet exported</source>
      <translation>Tableur exporté</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="87" />
      <source>The workbook was written to
{0}

It is not encrypted: keep it somewhere safe and delete it when you no longer need it.</source>
      <translation>Le classeur a été écrit dans
{0}

Il n'est pas chiffré : conservez-le en lieu sûr et supprimez-le lorsque vous n'en avez plus besoin.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="92" />
      <source>The spreadsheet was not exported</source>
      <translation>Le tableur n'a pas été exporté</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="94" />
      <source>Exporting the spreadsheet…</source>
      <translation>Export du tableur…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="104" />
      <source>Import spreadsheet</source>
      <translation>Importer depuis un tableur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="105" />
      <source>Excel workbook (*.xlsx);;All files (*)</source>
      <translation>Classeur Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="116" />
      <source>Importing the spreadsheet…</source>
      <translation>Import du tableur…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="118" />
      <source>Nothing was imported</source>
      <translation>Rien n'a été importé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="122" />
      <source>{0} added, {1} changed.</source>
      <translation>{0} ajouté(s), {1} modifié(s).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="125" />
      <source>Spreadsheet imported</source>
      <translation>Tableur importé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="126" />
      <source>Each change is recorded in the audit trail as an import.</source>
      <translation>Chaque modification est consignée dans le journal d'audit comme un import.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="134" />
      <source>Checking the spreadsheet…</source>
      <translation>Vérification du tableur…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="135" />
      <source>The spreadsheet cannot be imported</source>
      <translation>Le tableur ne peut pas être importé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="153" />
      <source>Import preview</source>
      <translation>Aperçu de l'import</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="157" />
      <source>{0}: {1}.</source>
      <translation>{0} : {1}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="158" />
      <source>Records to add: {0}. To change: {1}. Unchanged: {2}.</source>
      <translation>Fiches à ajouter : {0}. À modifier : {1}. Inchangées : {2}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="160" />
      <source>Rows with problems: {0}. Nothing is imported unless you choose to leave those rows out.</source>
      <translation>Lignes comportant des problèmes : {0}. Rien n'est importé à moins que vous ne choisissiez d'écarter ces lignes.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="163" />
      <source>Nothing to import: the register already holds what the file says.</source>
      <translation>Rien à importer : le registre contient déjà ce qu'indique le fichier.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="169" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="169" />
      <source>Where</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="169" />
      <source>Fields</source>
      <translation>Champs</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="170" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="170" />
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="171" />
      <source>{0}, row {1}</source>
      <translation>{0}, ligne {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="171" />
      <source>Change</source>
      <translation>Changement</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="175" />
      <source>Sheet</source>
      <translation>Feuille</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="175" />
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="175" />
      <source>Column</source>
      <translation>Colonne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="178" />
      <source>Changes ({0})</source>
      <translation>Modifications ({0})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="179" />
      <source>Problems ({0})</source>
      <translation>Problèmes ({0})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="184" />
      <source>Not read ({0})</source>
      <translation>Non lus ({0})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="190" />
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="191" />
      <source>Import valid rows only</source>
      <translation>Importer uniquement les lignes valides</translation>
    </message>
  </context>
  <context>
    <name>DamageDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="97" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="75" />
      <source>The key file is damaged</source>
      <translation>Le fichier de clés est endommagé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="75" />
      <source>The register is damaged</source>
      <translation>Le registre est endommagé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="78" />
      <source>The key file of “{0}” is damaged</source>
      <translation>Le fichier de clés de « {0} » est endommagé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="79" />
      <source>“{0}” is damaged</source>
      <translation>« {0} » est endommagé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="84" />
      <source>Heading</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="87" />
      <source>What happened</source>
      <translation>Ce qui s'est passé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="109" />
      <source>Part of the file can no longer be read back as it was written. This happens after a disk or power fault, or when the file was copied while it was in use. Nothing more was changed, and restoring a backup gets the register back as it was then.</source>
      <translation>Une partie du fichier ne peut plus être relue telle qu'elle a été écrite. Cela arrive après une panne de disque ou de courant, ou lorsque le fichier a été copié pendant son utilisation. Rien d'autre n'a été modifié, et restaurer une sauvegarde rétablit le registre tel qu'il était alors.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="118" />
      <source>Nothing in it can be read any more.</source>
      <translation>Plus rien n'y est lisible.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="121" />
      <source>Everything still reads in full: the damage is in its lookup structures, so some lists, searches or saves fail.</source>
      <translation>Tout reste entièrement lisible : les dégâts touchent ses structures d'index, si bien que certaines listes, recherches ou sauvegardes échouent.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="126" />
      <source>Cannot be read in full</source>
      <translation>Illisible en totalité</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="127" />
      <source>nothing</source>
      <translation>rien</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="128" />
      <source>Still reads in full</source>
      <translation>Encore entièrement lisible</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="129" />
      <source>Cannot be read in full:</source>
      <translation>Illisible en totalité :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="130" />
      <source>Still reads in full:</source>
      <translation>Encore entièrement lisible :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="136" />
      <source>The latest verified backup is {0}, made {1}.</source>
      <translation>La dernière sauvegarde vérifiée est {0}, faite {1}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="137" />
      <source>The latest backup is {0}, made {1}; it could not be checked now, so restoring checks it first.</source>
      <translation>La dernière sauvegarde est {0}, faite {1} ; elle n'a pas pu être vérifiée maintenant, la restauration la vérifiera donc d'abord.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="140" />
      <source>Choose a backup of this register: only its key file is taken, so the register keeps everything saved since. It then opens with the passphrase that was in use when that backup was made. Backups are kept in {0}.</source>
      <translation>Choisissez une sauvegarde de ce registre : seul son fichier de clés est repris, le registre conserve donc tout ce qui a été enregistré depuis. Il s'ouvre ensuite avec la phrase secrète en usage au moment de cette sauvegarde. Les sauvegardes sont conservées dans {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="144" />
      <source>The backup to restore is {0}.</source>
      <translation>La sauvegarde à restaurer est {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="146" />
      <source>No backup of it that verifies was found in {0}. If you keep backups elsewhere, choose one.</source>
      <translation>Aucune sauvegarde vérifiable de ce registre n'a été trouvée dans {0}. Si vous conservez des sauvegardes ailleurs, choisissez-en une.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="149" />
      <source>Backup</source>
      <translation>Sauvegarde</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="160" />
      <source>&amp;Restore backup…</source>
      <translation>&amp;Restaurer la sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="161" />
      <source>Put the latest verified backup in place of the damaged register (the damaged file is kept as a copy first).</source>
      <translation>Mettre la dernière sauvegarde vérifiée à la place du registre endommagé (le fichier endommagé est d'abord conservé en copie).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="164" />
      <source>Choose &amp;another backup…</source>
      <translation>Choisir une &amp;autre sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="166" />
      <source>Restore the &amp;key file from a backup…</source>
      <translation>Restaurer le fichier de &amp;clés depuis une sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="176" />
      <source>&amp;Close</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="199" />
      <source>Atlas backups (*.atlasbak)</source>
      <translation>Sauvegardes Atlas (*.atlasbak)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="204" />
      <source>Choose a backup to restore</source>
      <translation>Choisir une sauvegarde à restaurer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="215" />
      <source>Restore backup</source>
      <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="216" />
      <source>Replace “{0}” with the backup {1}? The damaged register is kept as a copy in {2} first.</source>
      <translation>Remplacer « {0} » par la sauvegarde {1} ? Le registre endommagé est d'abord conservé en copie dans {2}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="217" />
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="224" />
      <source>Checking and restoring the backup…</source>
      <translation>Vérification et restauration de la sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="227" />
      <source>Restoring the backup…</source>
      <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="236" />
      <source>Choose the backup to take the key file from</source>
      <translation>Choisir la sauvegarde d'où reprendre le fichier de clés</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="242" />
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="245" />
      <source>Restoring the key file…</source>
      <translation>Restauration du fichier de clés…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="261" />
      <source>Nothing was restored</source>
      <translation>Rien n'a été restauré</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_watch.py" line="68" />
      <source>Checking what still reads…</source>
      <translation>Vérification de ce qui reste lisible…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_watch.py" line="94" />
      <source>Backup restored</source>
      <translation>Sauvegarde restaurée</translation>
    </message>
  </context>
  <context>
    <name>TeamSignInDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="166" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="137" />
      <source>&amp;Hide</source>
      <translation>Masq&amp;uer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="125" />
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="92" />
      <source>Heading</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="137" />
      <source>&amp;Show</source>
      <translation>&amp;Afficher</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="35" />
      <source>The server cannot be reached</source>
      <translation>Le serveur est injoignable</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="37" />
      <source>Not signed in</source>
      <translation>Non connecté</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="39" />
      <source>This team register needs another version of Atlas Desktop</source>
      <translation>Ce registre d'équipe nécessite une autre version d'Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="41" />
      <source>There is no team register there</source>
      <translation>Il n'y a pas de registre d'équipe à cet endroit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="42" />
      <source>The team register could not be opened</source>
      <translation>Le registre d'équipe n'a pas pu être ouvert</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="138" />
      <source>Show the password</source>
      <translation>Afficher le mot de passe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="73" />
      <location filename="../../atlas_desktop/gui/team_signin.py" line="269" />
      <source>This connection file cannot be used</source>
      <translation>Ce fichier de connexion est inutilisable</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="81" />
      <location filename="../../atlas_desktop/gui/team_signin.py" line="87" />
      <source>Atlas Desktop is locked</source>
      <translation>Atlas Desktop est verrouillé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="81" />
      <source>Open a team register</source>
      <translation>Ouvrir un registre d'équipe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="87" />
      <source>Sign in to a team register</source>
      <translation>Se connecter à un registre d'équipe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="95" />
      <source>The outbox on this computer was locked to keep it private. Enter your team password to carry on where you left off.</source>
      <translation>La boîte d'envoi de cet ordinateur a été verrouillée pour préserver sa confidentialité. Saisissez votre mot de passe d'équipe pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="98" />
      <source>The team register was locked to keep it private. Enter your password to sign in again and carry on where you left off; open windows keep what you typed.</source>
      <translation>Le registre d'équipe a été verrouillé pour préserver sa confidentialité. Saisissez votre mot de passe pour vous reconnecter et reprendre là où vous en étiez ; les fenêtres ouvertes conservent ce que vous avez saisi.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="101" />
      <source>A team register is shared by your office on a server. Each person signs in with their own name and password, which a manager of the register gave them.</source>
      <translation>Un registre d'équipe est partagé par votre bureau sur un serveur. Chaque personne se connecte avec son propre nom et son mot de passe, fournis par un gestionnaire du registre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="110" />
      <source>Team register</source>
      <translation>Registre d'équipe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="116" />
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="116" />
      <source>The server's name or address, e.g. server.office.lan or 192.168.1.20. Whoever runs the server can tell you.</source>
      <translation>Le nom ou l'adresse du serveur, p. ex. server.office.lan ou 192.168.1.20. La personne qui gère le serveur peut vous l'indiquer.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="121" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="122" />
      <source>The server's port. PostgreSQL uses 5432 unless it was set up otherwise.</source>
      <translation>Le port du serveur. PostgreSQL utilise le 5432, sauf configuration différente.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="123" />
      <source>Database</source>
      <translation>Base de données</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="123" />
      <source>The name of the team register's database on the server, e.g. office.</source>
      <translation>Le nom de la base de données du registre d'équipe sur le serveur, p. ex. office.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="125" />
      <source>Your sign-in name for this register, e.g. maria.pop. Every change you make is recorded under it.</source>
      <translation>Votre identifiant de connexion pour ce registre, p. ex. maria.pop. Chaque modification que vous faites est enregistrée sous ce nom.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="127" />
      <source>&amp;Server:</source>
      <translation>&amp;Serveur :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="127" />
      <source>P&amp;ort:</source>
      <translation>P&amp;ort :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="128" />
      <source>&amp;Database:</source>
      <translation>&amp;Base de données :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="128" />
      <source>Your &amp;name:</source>
      <translation>Votre &amp;nom :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="135" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="135" />
      <source>Your own password for this team register. It is never kept on this computer.</source>
      <translation>Votre propre mot de passe pour ce registre d'équipe. Il n'est jamais conservé sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="138" />
      <source>Hide the password</source>
      <translation>Masquer le mot de passe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="139" />
      <source>&amp;Password:</source>
      <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="145" />
      <source>Open a &amp;connection file…</source>
      <translation>Ouvrir un fichier de &amp;connexion…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="146" />
      <location filename="../../atlas_desktop/gui/team_signin.py" line="260" />
      <source>Open a connection file</source>
      <translation>Ouvrir un fichier de connexion</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="147" />
      <source>A .atlas-team file a manager gave you fills in the server, database and your name. It never holds a password.</source>
      <translation>Un fichier .atlas-team fourni par un gestionnaire renseigne le serveur, la base de données et votre nom. Il ne contient jamais de mot de passe.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="171" />
      <source>&amp;Unlock</source>
      <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="171" />
      <source>Sign &amp;in</source>
      <translation>Se conn&amp;ecter</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="176" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="177" />
      <source>Quit Atlas Desktop</source>
      <translation>Quitter Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="213" />
      <source>Outbox for {0}, signed in as {1}</source>
      <translation>Boîte d'envoi pour {0}, connecté en tant que {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="213" />
      <source>{1} @ {0}</source>
      <translation>{1} @ {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="216" />
      <source>Connection file: {0}</source>
      <translation>Fichier de connexion : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="261" />
      <source>Team connection files (*{0});;All files (*)</source>
      <translation>Fichiers de connexion d'équipe (*{0});;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="283" />
      <source>the server</source>
      <translation>le serveur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="284" />
      <source>the database</source>
      <translation>la base de données</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="285" />
      <source>your name</source>
      <translation>votre nom</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="287" />
      <source>Type {0}</source>
      <translation>Saisissez {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="287" />
      <source>Ask whoever manages the team register if you do not know it, or open the connection file they gave you.</source>
      <translation>Demandez à la personne qui gère le registre d'équipe si vous ne le connaissez pas, ou ouvrez le fichier de connexion qu'elle vous a fourni.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="293" />
      <source>Type your password</source>
      <translation>Saisissez votre mot de passe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="308" />
      <source>Opening the outbox…</source>
      <translation>Ouverture de la boîte d'envoi…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="312" />
      <source>Signing in to {0}…</source>
      <translation>Connexion à {0}…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="323" />
      <source>Opening the outbox on this computer…</source>
      <translation>Ouverture de la boîte d'envoi sur cet ordinateur…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="346" />
      <source>{0} Your windows keep what you typed: try again when the network is back.</source>
      <translation>{0} Vos fenêtres conservent ce que vous avez saisi : réessayez lorsque le réseau sera rétabli.</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="170" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="199" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="197" />
      <source>&amp;Passphrase:</source>
      <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="36" />
      <source>&amp;Hide</source>
      <translation>Masq&amp;uer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="37" />
      <source>Hide the passphrase</source>
      <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="25" />
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="37" />
      <source>Show the passphrase</source>
      <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="215" />
      <source>Recovery key</source>
      <translation>Clé de récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="160" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="126" />
      <source>Register file</source>
      <translation>Fichier du registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="44" />
      <source>The key file is damaged</source>
      <translation>Le fichier de clés est endommagé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="112" />
      <source>Heading</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="135" />
      <source>Use the recovery key instead</source>
      <translation>Utiliser plutôt la clé de récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="34" />
      <source>Enter the recovery key</source>
      <translation>Saisissez la clé de récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="36" />
      <source>&amp;Show</source>
      <translation>&amp;Afficher</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="34" />
      <source>Enter the passphrase</source>
      <translation>Saisissez la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="122" />
      <source>File: {0}</source>
      <translation>Fichier : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="102" />
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="107" />
      <source>Atlas Desktop is locked</source>
      <translation>Atlas Desktop est verrouillé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="175" />
      <source>&amp;Unlock</source>
      <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="179" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="180" />
      <source>Quit Atlas Desktop</source>
      <translation>Quitter Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="97" />
      <source>Checking whether this computer remembers this register…</source>
      <translation>Vérification : cet ordinateur mémorise-t-il ce registre ?…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="102" />
      <source>Unlock register</source>
      <translation>Déverrouiller le registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="107" />
      <source>Unlock “{0}”</source>
      <translation>Déverrouiller « {0} »</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="115" />
      <source>The register “{0}” was locked to keep it private. Enter the passphrase to carry on where you left off.</source>
      <translation>Le registre « {0} » a été verrouillé pour préserver sa confidentialité. Saisissez la phrase secrète pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="118" />
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="226" />
      <source>This register is encrypted. Enter its passphrase to open it.</source>
      <translation>Ce registre est chiffré. Saisissez sa phrase secrète pour l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="134" />
      <source>Use the &amp;recovery key instead</source>
      <translation>Utiliser plutôt la clé de &amp;récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="139" />
      <source>Re&amp;member on this computer</source>
      <translation>Mé&amp;moriser sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="140" />
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="310" />
      <source>Remember on this computer</source>
      <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="141" />
      <source>Keep a key in this computer's secure keyring, so this register opens without the passphrase for your user account here. Untick to forget it.</source>
      <translation>Conserver une clé dans le trousseau sécurisé de cet ordinateur, pour que ce registre s'ouvre sans la phrase secrète pour votre compte utilisateur ici. Décochez pour l'oublier.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="163" />
      <source>Problem details</source>
      <translation>Détails du problème</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="176" />
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="184" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="210" />
      <source>Recovery &amp;key (the 14 groups of 4 on your printed copy):</source>
      <translation>&amp;Clé de récupération (les 14 groupes de 4 de votre exemplaire imprimé) :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="225" />
      <source>Enter the recovery key you saved when the register was created.</source>
      <translation>Saisissez la clé de récupération que vous avez enregistrée lors de la création du registre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="281" />
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="327" />
      <source>Unlocking the register…</source>
      <translation>Déverrouillage du registre…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="311" />
      <source>The register is open, but this computer could not remember it: {0}</source>
      <translation>Le registre est ouvert, mais cet ordinateur n'a pas pu le mémoriser : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="326" />
      <source>Unlocking…</source>
      <translation>Déverrouillage…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="32" />
      <source>This recovery key has a typo</source>
      <translation>Cette clé de récupération contient une faute de frappe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="37" />
      <source>Wrong recovery key</source>
      <translation>Clé de récupération incorrecte</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="38" />
      <source>Wrong passphrase</source>
      <translation>Phrase secrète incorrecte</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="38" />
      <source>Check Caps Lock and the keyboard layout, or use the recovery key instead.</source>
      <translation>Vérifiez la touche Verr. Maj et la disposition du clavier, ou utilisez plutôt la clé de récupération.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="41" />
      <source>This register was made by a newer version of Atlas Desktop</source>
      <translation>Ce registre a été créé par une version plus récente d'Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="42" />
      <source>Update Atlas Desktop to open it. The register was not changed.</source>
      <translation>Mettez Atlas Desktop à jour pour l'ouvrir. Le registre n'a pas été modifié.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="46" />
      <source>This register is damaged</source>
      <translation>Ce registre est endommagé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="47" />
      <source>Part of its file can no longer be read. The window that opened says what still reads, and restores a backup.</source>
      <translation>Une partie de son fichier ne peut plus être lue. La fenêtre qui s'est ouverte indique ce qui reste lisible et restaure une sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="50" />
      <source>This file is not an Atlas register</source>
      <translation>Ce fichier n'est pas un registre Atlas</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="53" />
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="54" />
      <source>The register could not be opened</source>
      <translation>Le registre n'a pas pu être ouvert</translation>
    </message>
  </context>
  <context>
    <name>WelcomeWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="174" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="77" />
      <source>Team register “{0}”
{1} @ {2}:{3}</source>
      <translation>Registre d'équipe « {0} »
{1} @ {2}:{3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="78" />
      <source>this computer</source>
      <translation>cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="96" />
      <source>Welcome to Atlas Desktop</source>
      <translation>Bienvenue dans Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="106" />
      <location filename="../../atlas_desktop/gui/welcome.py" line="111" />
      <source>Atlas Desktop</source>
      <translation>Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="113" />
      <source>Your organisation's GDPR register, kept encrypted on this computer (nothing is sent anywhere), or shared by your office on its own server.</source>
      <translation>Le registre RGPD de votre organisme, conservé chiffré sur cet ordinateur (rien n'est envoyé nulle part), ou partagé par votre bureau sur son propre serveur.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="125" />
      <source>&amp;Create a register</source>
      <translation>&amp;Créer un registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="126" />
      <source>Start a new, empty register for your organisation.</source>
      <translation>Commencer un nouveau registre vide pour votre organisme.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="128" />
      <source>&amp;Open a register…</source>
      <translation>&amp;Ouvrir un registre…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="129" />
      <source>Choose a register file (.atlas) on this computer or a shared drive.</source>
      <translation>Choisir un fichier de registre (.atlas) sur cet ordinateur ou sur un lecteur partagé.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="131" />
      <source>Open a &amp;team register…</source>
      <translation>Ouvrir un registre d'é&amp;quipe…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="132" />
      <source>Sign in to the register your office shares on a server, with your own name and password.</source>
      <translation>Se connecter au registre que votre bureau partage sur un serveur, avec votre propre nom et votre mot de passe.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="135" />
      <source>&amp;Explore the demo register</source>
      <translation>&amp;Explorer le registre de démonstration</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="136" />
      <source>A filled-in example for an invented company. Nothing in it is real, so try anything.</source>
      <translation>Un exemple rempli pour une entreprise fictive. Rien n'y est réel : essayez tout ce que vous voulez.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="143" />
      <location filename="../../atlas_desktop/gui/welcome.py" line="146" />
      <source>Recent registers</source>
      <translation>Registres récents</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="152" />
      <source>Registers you open appear here.</source>
      <translation>Les registres que vous ouvrez apparaissent ici.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="158" />
      <source>O&amp;pen</source>
      <translation>O&amp;uvrir</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="159" />
      <source>Open the selected register</source>
      <translation>Ouvrir le registre sélectionné</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="161" />
      <source>&amp;Remove from list</source>
      <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="162" />
      <source>Remove the selected register from the list</source>
      <translation>Retirer le registre sélectionné de la liste</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="163" />
      <source>Only forgets it here; the file itself is not touched.</source>
      <translation>L'oublie seulement ici ; le fichier lui-même n'est pas touché.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="198" />
      <source>{0} is not there any more (moved, renamed or on a drive that is not connected).</source>
      <translation>{0} n'est plus là (déplacé, renommé ou sur un lecteur non connecté).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="237" />
      <source>Open a register</source>
      <translation>Ouvrir un registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="238" />
      <source>Atlas registers (*.atlas *.atlas-team);;All files (*)</source>
      <translation>Registres Atlas (*.atlas *.atlas-team);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="247" />
      <source>{0} was not found. It may have been moved or renamed, or be on a drive that is not connected.</source>
      <translation>{0} est introuvable. Il a peut-être été déplacé ou renommé, ou se trouve sur un lecteur non connecté.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="300" />
      <source>The demo register could not be opened: {0}</source>
      <translation>Le registre de démonstration n'a pas pu être ouvert : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="302" />
      <source>Opening the demo register…</source>
      <translation>Ouverture du registre de démonstration…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="309" />
      <source>Opening the demo register (invented data)…</source>
      <translation>Ouverture du registre de démonstration (données fictives)…</translation>
    </message>
  </context>
  <context>
    <name>CertificateExport</name>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="56" />
      <source>Saved {0}: the signing certificate of {1}, valid until {2}.

Your signed PDF reports carry a digital signature made with it. Give this file to whoever receives them (a client, an auditor, your supervisory authority) so they can check that a report really comes from you and was not changed after it was signed. It holds no secret: sending it by e-mail is fine.

What they do with it:
• In Adobe Acrobat Reader: Preferences › Signatures › Identities &amp; Trusted Certificates › More… › Trusted Certificates › Import, choose this file, then Edit Trust and tick “Use this certificate as a trusted root”. Your reports' signatures then show as valid.
• With Atlas Desktop: atlas verify REPORT.pdf --cert {3}

To be sure the file they received is yours, read them its fingerprint (for example on the phone):
SHA-256 {4}</source>
      <translation>{0} enregistré : le certificat de signature de {1}, valide jusqu'au {2}.

Vos rapports PDF signés portent une signature numérique faite avec ce certificat. Remettez ce fichier à ceux qui les reçoivent (un client, un auditeur, votre autorité de contrôle) pour qu'ils puissent vérifier qu'un rapport vient bien de vous et n'a pas été modifié après sa signature. Il ne contient aucun secret : vous pouvez l'envoyer par e-mail.

Ce qu'ils en font :
• Dans Adobe Acrobat Reader : Préférences › Signatures › Identités et certificats approuvés › Plus… › Certificats approuvés › Importer, choisir ce fichier, puis Modifier la fiabilité et cocher « Utiliser ce certificat comme racine approuvée ». Les signatures de vos rapports apparaissent alors comme valides.
• Avec Atlas Desktop : atlas verify REPORT.pdf --cert {3}

Pour être sûr que le fichier reçu est bien le vôtre, lisez-leur son empreinte (par exemple au téléphone) :
SHA-256 {4}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="73" />
      <source>Certificate, text (*.pem)</source>
      <translation>Certificat, texte (*.pem)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="73" />
      <source>Certificate for Windows (*.cer)</source>
      <translation>Certificat pour Windows (*.cer)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="75" />
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="85" />
      <source>Export the signing certificate</source>
      <translation>Exporter le certificat de signature</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="87" />
      <source>Signing certificate saved</source>
      <translation>Certificat de signature enregistré</translation>
    </message>
  </context>
  <context>
    <name>CreateRegisterDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="48" />
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="153" />
      <source>Weak</source>
      <translation>Faible</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="48" />
      <source>Fair</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="48" />
      <source>Good</source>
      <translation>Bonne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="48" />
      <source>Strong</source>
      <translation>Forte</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="74" />
      <source>Choose a passphrase</source>
      <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="75" />
      <source>Step 3 of 4. The passphrase opens the register every day.</source>
      <translation>Étape 3 sur 4. La phrase secrète ouvre le registre au quotidien.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="77" />
      <source>&amp;Create register</source>
      <translation>&amp;Créer le registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="79" />
      <source>Four or more unrelated words are strong and easy to remember, e.g. “lantern-orbit-pepper-canal”. Without the passphrase or the recovery key nobody can open the register, not even the makers of Atlas Desktop.</source>
      <translation>Quatre mots sans rapport entre eux ou plus forment une phrase forte et facile à retenir, p. ex. « lanterne-orbite-poivre-canal ». Sans la phrase secrète ni la clé de récupération, personne ne peut ouvrir le registre, pas même les créateurs d'Atlas Desktop.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="86" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="87" />
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="141" />
      <source>Sh&amp;ow</source>
      <translation>Aff&amp;icher</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="92" />
      <source>&amp;Passphrase:</source>
      <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="99" />
      <source>Passphrase strength</source>
      <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="106" />
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="151" />
      <source>Nothing typed yet</source>
      <translation>Rien n'est encore saisi</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="110" />
      <source>Strength:</source>
      <translation>Robustesse :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="114" />
      <source>Advice on the passphrase</source>
      <translation>Conseils sur la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="119" />
      <source>Passphrase again</source>
      <translation>Phrase secrète à nouveau</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="120" />
      <source>&amp;Again:</source>
      <translation>Confir&amp;mation :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="125" />
      <source>Whether the passphrases match</source>
      <translation>Les phrases secrètes concordent-elles</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="141" />
      <source>&amp;Hide</source>
      <translation>Masq&amp;uer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="142" />
      <source>Hide the passphrase</source>
      <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="142" />
      <source>Show the passphrase</source>
      <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="170" />
      <source>✓ The two passphrases match.</source>
      <translation>✓ Les deux phrases secrètes concordent.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="172" />
      <source>✗ The two passphrases are not the same yet.</source>
      <translation>✗ Les deux phrases secrètes ne sont pas encore identiques.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="182" />
      <source>Choose a longer one: four or more unrelated words.</source>
      <translation>Choisissez-en une plus longue : quatre mots sans rapport entre eux ou plus.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="185" />
      <source>The two passphrases are not the same. Type it again in both fields.</source>
      <translation>Les deux phrases secrètes sont différentes. Saisissez-la à nouveau dans les deux champs.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="211" />
      <source>Creating the register…</source>
      <translation>Création du registre…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="217" />
      <source>Creating the encrypted register…</source>
      <translation>Création du registre chiffré…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="226" />
      <source>Your recovery key</source>
      <translation>Votre clé de récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="227" />
      <source>Step 4 of 4. The register is created; this key is shown only now.</source>
      <translation>Étape 4 sur 4. Le registre est créé ; cette clé n'est affichée que maintenant.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="229" />
      <source>If the passphrase is ever forgotten, this key is the only way to open the register. Save it as a PDF or print it, and keep it somewhere safe, away from this computer.</source>
      <translation>Si la phrase secrète est un jour oubliée, cette clé est le seul moyen d'ouvrir le registre. Enregistrez-la en PDF ou imprimez-la, et conservez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="233" />
      <source>Recovery key</source>
      <translation>Clé de récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="236" />
      <source>Save as &amp;PDF…</source>
      <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="237" />
      <source>Save the recovery key as a PDF</source>
      <translation>Enregistrer la clé de récupération en PDF</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="239" />
      <source>P&amp;rint…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="240" />
      <source>Print the recovery key</source>
      <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="248" />
      <source>Where the recovery key was saved</source>
      <translation>Où la clé de récupération a été enregistrée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="251" />
      <source>I have &amp;stored the recovery key somewhere safe</source>
      <translation>J'ai &amp;rangé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="252" />
      <source>I have stored the recovery key somewhere safe</source>
      <translation>J'ai rangé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="284" />
      <source>Create a register</source>
      <translation>Créer un registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="293" />
      <source>&amp;Open the register</source>
      <translation>&amp;Ouvrir le registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="307" />
      <source>Leave without the recovery key?</source>
      <translation>Quitter sans la clé de récupération ?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="308" />
      <source>The register has been created, but its recovery key will not be shown again. If you close now and forget the passphrase, the register cannot be opened.

Close anyway?</source>
      <translation>Le registre a été créé, mais sa clé de récupération ne sera plus affichée. Si vous fermez maintenant et oubliez la phrase secrète, le registre ne pourra plus être ouvert.

Fermer quand même ?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="67" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="104" />
      <source>Your organisation and where to keep the register</source>
      <translation>Votre organisme et l'emplacement du registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="105" />
      <source>Step 1 of 4. The register is one encrypted file on this computer; nothing is sent anywhere.</source>
      <translation>Étape 1 sur 4. Le registre est un fichier chiffré sur cet ordinateur ; rien n'est envoyé nulle part.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="111" />
      <source>Organisation name</source>
      <translation>Nom de l'organisme</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="112" />
      <source>e.g. Harbour Dental Practice Ltd</source>
      <translation>p. ex. Cabinet dentaire du Port SARL</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="113" />
      <source>&amp;Organisation name:</source>
      <translation>Nom de l'&amp;organisme :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="117" />
      <source>Register file</source>
      <translation>Fichier du registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="118" />
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="119" />
      <source>Choose where to save the register</source>
      <translation>Choisir où enregistrer le registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="124" />
      <source>&amp;Save as:</source>
      <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="127" />
      <source>Keep it in a folder that is backed up. Atlas never overwrites an existing register.</source>
      <translation>Placez-le dans un dossier qui est sauvegardé. Atlas n'écrase jamais un registre existant.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="147" />
      <source>Save the register as</source>
      <translation>Enregistrer le registre sous</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="148" />
      <source>Atlas registers (*.atlas)</source>
      <translation>Registres Atlas (*.atlas)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="163" />
      <source>Enter your organisation's name.</source>
      <translation>Saisissez le nom de votre organisme.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="166" />
      <source>Choose where to save the register.</source>
      <translation>Choisissez où enregistrer le registre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="170" />
      <source>There is already a file called {0} in that folder. Choose another name or folder: Atlas never overwrites a register.</source>
      <translation>Un fichier nommé {0} existe déjà dans ce dossier. Choisissez un autre nom ou un autre dossier : Atlas n'écrase jamais un registre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="176" />
      <source>The folder {0} does not exist.</source>
      <translation>Le dossier {0} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="76" />
      <source>Your office and you</source>
      <translation>Votre bureau et vous</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="77" />
      <source>Step 2 of 4. Atlas uses these answers to count your deadlines and to name you in the register. You can change them later in Organisation details.</source>
      <translation>Étape 2 sur 4. Atlas utilise ces réponses pour calculer vos échéances et vous nommer dans le registre. Vous pourrez les modifier plus tard dans Informations sur l'organisme.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="96" />
      <source>Type to search, e.g. Romania</source>
      <translation>Tapez pour rechercher, p. ex. France</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="97" />
      <source>&amp;Country:</source>
      <translation>Pa&amp;ys :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="97" />
      <source>Country where your organisation is established</source>
      <translation>Pays où votre organisme est établi</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="98" />
      <source>Requests from people must be answered within one month; Atlas skips this country's public holidays when it counts (Art. 12(3)).</source>
      <translation>Les demandes des personnes doivent recevoir une réponse dans un délai d'un mois ; Atlas exclut les jours fériés de ce pays dans le calcul (art. 12(3)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="101" />
      <source>&amp;Region:</source>
      <translation>&amp;Région :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="101" />
      <source>Region</source>
      <translation>Région</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="102" />
      <source>Public holidays differ by region in this country: choose yours, or keep the national holidays only.</source>
      <translation>Les jours fériés varient selon la région dans ce pays : choisissez la vôtre, ou gardez uniquement les jours fériés nationaux.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="110" />
      <source>Supervisory &amp;authority:</source>
      <translation>&amp;Autorité de contrôle :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="110" />
      <source>Supervisory authority</source>
      <translation>Autorité de contrôle</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="111" />
      <source>Its a&amp;ddress:</source>
      <translation>Son a&amp;dresse :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="111" />
      <source>Authority's postal address</source>
      <translation>Adresse postale de l'autorité</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="112" />
      <source>Its &amp;web form:</source>
      <translation>Son formulaire &amp;web :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="112" />
      <source>Authority's breach notification web form</source>
      <translation>Formulaire web de l'autorité pour la notification des violations</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="113" />
      <source>Its &amp;phone:</source>
      <translation>Son &amp;téléphone :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="113" />
      <source>Authority's phone</source>
      <translation>Téléphone de l'autorité</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="118" />
      <source>A personal data breach is reported to this authority within 72 hours (Art. 33(1)); it is the authority of the country you are established in (Art. 55). Proposed from the country: check it, or correct it.</source>
      <translation>Une violation de données à caractère personnel est notifiée à cette autorité dans les 72 heures (art. 33(1)) ; il s'agit de l'autorité du pays où vous êtes établi (art. 55). Proposée d'après le pays : vérifiez-la ou corrigez-la.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="123" />
      <source>e.g. Ana Popescu</source>
      <translation>p. ex. Ana Popescu</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="125" />
      <source>e.g. Office manager</source>
      <translation>p. ex. Responsable administratif</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="126" />
      <source>Your na&amp;me:</source>
      <translation>Votre n&amp;om :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="126" />
      <location filename="../../atlas_desktop/gui/create_org.py" line="175" />
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="127" />
      <source>Your r&amp;ole:</source>
      <translation>Votre &amp;fonction :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="127" />
      <location filename="../../atlas_desktop/gui/create_org.py" line="176" />
      <source>Your role</source>
      <translation>Votre fonction</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="128" />
      <source>Shown in the audit trail next to each change and on sign-offs, so the office can show who did what (Art. 5(2), 30). Not your computer's login name.</source>
      <translation>Affiché dans le journal d'audit à côté de chaque modification et sur les validations, afin que le bureau puisse montrer qui a fait quoi (art. 5(2), 30). Pas votre identifiant de session sur l'ordinateur.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="151" />
      <source>National holidays only</source>
      <translation>Jours fériés nationaux uniquement</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="185" />
      <source>Choose your country from the list (type part of its name), or leave it empty and set it later in Organisation details.</source>
      <translation>Choisissez votre pays dans la liste (tapez une partie de son nom), ou laissez vide et renseignez-le plus tard dans Informations sur l'organisme.</translation>
    </message>
  </context>
  <context>
    <name>KeyDialogs</name>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="122" />
      <source>Weak</source>
      <translation>Faible</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="105" />
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="123" />
      <source>Nothing typed yet</source>
      <translation>Rien n'est encore saisi</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="160" />
      <source>Strength:</source>
      <translation>Robustesse :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="162" />
      <source>&amp;Again:</source>
      <translation>Confir&amp;mation :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="189" />
      <source>✓ The two passphrases match.</source>
      <translation>✓ Les deux phrases secrètes concordent.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="190" />
      <source>✗ The two passphrases are not the same yet.</source>
      <translation>✗ Les deux phrases secrètes ne sont pas encore identiques.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="98" />
      <source>Save as &amp;PDF…</source>
      <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="100" />
      <source>P&amp;rint…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="108" />
      <source>Where the recovery key was saved</source>
      <translation>Où la clé de récupération a été enregistrée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="53" />
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="57" />
      <source>&amp;Current passphrase:</source>
      <translation>Phrase secrète a&amp;ctuelle :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="53" />
      <source>Current passphrase</source>
      <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="54" />
      <source>I will type the &amp;recovery key instead (the passphrase is forgotten)</source>
      <translation>Je vais saisir la clé de &amp;récupération à la place (la phrase secrète est oubliée)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="55" />
      <source>Use the recovery key instead</source>
      <translation>Utiliser plutôt la clé de récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="57" />
      <source>Recovery &amp;key:</source>
      <translation>Clé de ré&amp;cupération :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="99" />
      <source>Strength of the new passphrase</source>
      <translation>Robustesse de la nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="111" />
      <source>Advice on the new passphrase</source>
      <translation>Conseils sur la nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="143" />
      <source>Change the passphrase</source>
      <translation>Changer la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="146" />
      <source>The passphrase opens “{0}” every day. Changing it does not touch the data (it is not re-encrypted), and the recovery key keeps working.</source>
      <translation>La phrase secrète ouvre « {0} » au quotidien. La changer ne touche pas aux données (elles ne sont pas rechiffrées), et la clé de récupération continue de fonctionner.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="152" />
      <source>New passphrase</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="155" />
      <source>Sho&amp;w</source>
      <translation>Affic&amp;her</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="155" />
      <source>Hi&amp;de</source>
      <translation>Mas&amp;quer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="156" />
      <source>&amp;New passphrase:</source>
      <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="161" />
      <source>New passphrase again</source>
      <translation>Nouvelle phrase secrète à nouveau</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="170" />
      <source>Backups made before the change still open with the passphrase that was in use when they were made.</source>
      <translation>Les sauvegardes faites avant le changement s'ouvrent toujours avec la phrase secrète en usage au moment où elles ont été faites.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="178" />
      <source>Change &amp;passphrase</source>
      <translation>Changer la &amp;phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="207" />
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="124" />
      <source>Enter the recovery key</source>
      <translation>Saisissez la clé de récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="208" />
      <source>Enter the current passphrase</source>
      <translation>Saisissez la phrase secrète actuelle</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="209" />
      <source>It proves that you, not just anyone at this computer, are changing it.</source>
      <translation>Cela prouve que c'est bien vous, et pas n'importe qui devant cet ordinateur, qui la changez.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="211" />
      <source>Choose a stronger new passphrase</source>
      <translation>Choisissez une nouvelle phrase secrète plus robuste</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="212" />
      <source>Four or more unrelated words are strong and easy to remember, e.g. “lantern-orbit-pepper-canal”.</source>
      <translation>Quatre mots sans rapport entre eux ou plus forment une phrase forte et facile à retenir, p. ex. « lanterne-orbite-poivre-canal ».</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="215" />
      <source>The two new passphrases are not the same</source>
      <translation>Les deux nouvelles phrases secrètes sont différentes</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="216" />
      <source>Type the new passphrase again in both fields.</source>
      <translation>Saisissez à nouveau la nouvelle phrase secrète dans les deux champs.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="218" />
      <source>The new passphrase is the current one</source>
      <translation>La nouvelle phrase secrète est celle déjà utilisée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="219" />
      <source>Choose a passphrase you have not used for this register.</source>
      <translation>Choisissez une phrase secrète que vous n'avez jamais utilisée pour ce registre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="232" />
      <source>Checking the current passphrase…</source>
      <translation>Vérification de la phrase secrète actuelle…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="234" />
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="252" />
      <source>Changing the passphrase…</source>
      <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="240" />
      <source>The passphrase of “{0}” was changed: use the new one from the next unlock. The recovery key is unchanged and still works. Backups made before now open with the old passphrase.</source>
      <translation>La phrase secrète de « {0} » a été changée : utilisez la nouvelle dès le prochain déverrouillage. La clé de récupération est inchangée et fonctionne toujours. Les sauvegardes faites avant ce moment s'ouvrent avec l'ancienne phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="247" />
      <source>The passphrase could not be changed</source>
      <translation>La phrase secrète n'a pas pu être changée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="251" />
      <source>Changing the passphrase… (this takes a few seconds)</source>
      <translation>Changement de la phrase secrète… (cela prend quelques secondes)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="45" />
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="95" />
      <source>New recovery key</source>
      <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="52" />
      <source>&amp;Issue a new key</source>
      <translation>&amp;Émettre une nouvelle clé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="65" />
      <source>A new recovery key replaces the current one. From then on only the new key opens “{0}” if the passphrase is forgotten: the old key stops working. Issue a new key when the old one is lost, or someone else may have seen it.</source>
      <translation>Une nouvelle clé de récupération remplace l'actuelle. Dès lors, seule la nouvelle clé ouvre « {0} » si la phrase secrète est oubliée : l'ancienne clé ne fonctionne plus. Émettez une nouvelle clé lorsque l'ancienne est perdue ou que quelqu'un d'autre a pu la voir.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="69" />
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="72" />
      <source>&amp;Passphrase, to confirm:</source>
      <translation>&amp;Phrase secrète, pour confirmer :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="70" />
      <source>Confirm with the current &amp;recovery key instead</source>
      <translation>Confirmer plutôt avec la clé de &amp;récupération actuelle</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="72" />
      <source>&amp;Current recovery key:</source>
      <translation>Clé de récupération a&amp;ctuelle :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="85" />
      <source>Your new recovery key</source>
      <translation>Votre nouvelle clé de récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="92" />
      <source>It is shown only now. Save it as a PDF or print it, and keep it somewhere safe, away from this computer. The old recovery key no longer opens the register: destroy its copies. (Backups made before now still open with the old key, so keep them as safe as a key.)</source>
      <translation>Elle n'est affichée que maintenant. Enregistrez-la en PDF ou imprimez-la, et conservez-la en lieu sûr, loin de cet ordinateur. L'ancienne clé de récupération n'ouvre plus le registre : détruisez-en les copies. (Les sauvegardes faites avant ce moment s'ouvrent encore avec l'ancienne clé : gardez-les donc aussi précieusement qu'une clé.)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="111" />
      <source>I have &amp;stored the new recovery key somewhere safe</source>
      <translation>J'ai &amp;rangé la nouvelle clé de récupération en lieu sûr</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="124" />
      <source>Enter the passphrase</source>
      <translation>Saisissez la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="125" />
      <source>It proves that you, not just anyone at this computer, are replacing the recovery key.</source>
      <translation>Cela prouve que c'est bien vous, et pas n'importe qui devant cet ordinateur, qui remplacez la clé de récupération.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="133" />
      <source>Checking the passphrase…</source>
      <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="144" />
      <source>No new recovery key was issued</source>
      <translation>Aucune nouvelle clé de récupération n'a été émise</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="148" />
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="149" />
      <source>Issuing a new recovery key…</source>
      <translation>Émission d'une nouvelle clé de récupération…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="162" />
      <source>&amp;Done</source>
      <translation>&amp;Terminé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="184" />
      <source>Close without the new recovery key?</source>
      <translation>Fermer sans la nouvelle clé de récupération ?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="185" />
      <source>The new recovery key will not be shown again, and the old one no longer works. If you close now and forget the passphrase, the register cannot be opened.

Close anyway?</source>
      <translation>La nouvelle clé de récupération ne sera plus affichée, et l'ancienne ne fonctionne plus. Si vous fermez maintenant et oubliez la phrase secrète, le registre ne pourra plus être ouvert.

Fermer quand même ?</translation>
    </message>
  </context>
  <context>
    <name>TeamPassword</name>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="82" />
      <source>&amp;Again:</source>
      <translation>Confir&amp;mation :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="75" />
      <source>&amp;Hide</source>
      <translation>Masq&amp;uer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="147" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="61" />
      <source>&amp;Type a password</source>
      <translation>&amp;Saisir un mot de passe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="62" />
      <source>&amp;Make one for me</source>
      <translation>&amp;En générer un pour moi</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="63" />
      <source>Five groups of four letters and digits: strong, and easy to pass on by hand.</source>
      <translation>Cinq groupes de quatre lettres et chiffres : robuste, et facile à transmettre à la main.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="73" />
      <source>New password</source>
      <translation>Nouveau mot de passe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="75" />
      <source>S&amp;how</source>
      <translation>A&amp;fficher</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="76" />
      <source>Show the password</source>
      <translation>Afficher le mot de passe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="77" />
      <source>New password again</source>
      <translation>Nouveau mot de passe à nouveau</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="78" />
      <source>Type it a second time, so a typing mistake cannot lock anyone out.</source>
      <translation>Saisissez-le une deuxième fois, pour qu'une faute de frappe ne bloque personne.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="79" />
      <source>&amp;New password:</source>
      <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="94" />
      <source>The password made for them</source>
      <translation>Le mot de passe généré pour cette personne</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="95" />
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="97" />
      <source>Copy it to the clipboard; it is wiped from there after 30 seconds.</source>
      <translation>Le copier dans le presse-papiers ; il en est effacé au bout de 30 secondes.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="101" />
      <source>Shown only now: give it to them in person, and ask them to choose their own with File → Change my password…</source>
      <translation>Affiché uniquement maintenant : remettez-le en main propre, et demandez à la personne de choisir le sien avec Fichier → Changer mon mot de passe…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="125" />
      <source>Type the new password.</source>
      <translation>Saisissez le nouveau mot de passe.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="127" />
      <source>The two passwords are not the same: type the new one again in both fields.</source>
      <translation>Les deux mots de passe sont différents : saisissez à nouveau le nouveau dans les deux champs.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="199" />
      <source>Change my password</source>
      <translation>Changer mon mot de passe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="201" />
      <source>Your new password for {0} as {1}. From now on you sign in with it; your copy of the team key is locked with it too. Choose one that is hard to guess: a few unrelated words work well.</source>
      <translation>Votre nouveau mot de passe pour {0} en tant que {1}. Vous vous connecterez désormais avec lui ; votre copie de la clé d'équipe est aussi verrouillée avec lui. Choisissez-en un difficile à deviner : quelques mots sans rapport entre eux conviennent bien.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="211" />
      <source>&amp;Change password</source>
      <translation>Changer le mot de &amp;passe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="221" />
      <source>That is the password you have now; nothing was changed.</source>
      <translation>C'est votre mot de passe actuel ; rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="233" />
      <source>Changing your password…</source>
      <translation>Changement de votre mot de passe…</translation>
    </message>
  </context>
  <context>
    <name>RecoverySheet</name>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="159" />
      <source>Print the recovery key</source>
      <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="55" />
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="108" />
      <source>Atlas Desktop recovery key</source>
      <translation>Clé de récupération Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="55" />
      <source>Organisation:</source>
      <translation>Organisme :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="55" />
      <source>Register file:</source>
      <translation>Fichier du registre :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="56" />
      <source>Created:</source>
      <translation>Créé le :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="57" />
      <source>This key opens the register if the passphrase is forgotten. It is the only way back in: Atlas Desktop cannot show it again.</source>
      <translation>Cette clé ouvre le registre si la phrase secrète est oubliée. C'est le seul moyen d'y accéder à nouveau : Atlas Desktop ne peut pas la réafficher.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="59" />
      <source>Keep this somewhere safe,</source>
      <translation>Conservez-la en lieu sûr,</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="60" />
      <source>away from the computer (a locked drawer or safe). Anyone who has this key and the register file can read the register.</source>
      <translation>loin de l'ordinateur (un tiroir fermé à clé ou un coffre). Toute personne qui détient cette clé et le fichier du registre peut lire le registre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="62" />
      <source>How to use it</source>
      <translation>Comment l'utiliser</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="62" />
      <source>In Atlas Desktop:</source>
      <translation>Dans Atlas Desktop :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="63" />
      <source>open the register (“Open a register…” or its name under Recent registers). In the unlock window tick “Use the recovery key instead”, type the key and click Unlock. Capitals, spaces and dashes do not matter.</source>
      <translation>ouvrez le registre (« Ouvrir un registre… » ou son nom sous Registres récents). Dans la fenêtre de déverrouillage, cochez « Utiliser plutôt la clé de récupération », saisissez la clé et cliquez sur Déverrouiller. Majuscules, espaces et tirets sont sans importance.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="66" />
      <source>To choose a new passphrase</source>
      <translation>Pour choisir une nouvelle phrase secrète</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="67" />
      <source>in Atlas Desktop, once unlocked with this key: File › Security › Change passphrase…, and tick “I will type the recovery key instead”.</source>
      <translation>dans Atlas Desktop, une fois déverrouillé avec cette clé : Fichier › Sécurité › Changer la phrase secrète…, et cochez « Je vais saisir la clé de récupération à la place ».</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="69" />
      <source>Or</source>
      <translation>Ou</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="70" />
      <source>(on the command line): type the whole key on one line into a text file, for example KEY.txt, and run</source>
      <translation>(en ligne de commande) : saisissez la clé entière sur une seule ligne dans un fichier texte, par exemple KEY.txt, et exécutez</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="72" />
      <source>then delete KEY.txt. This key keeps working afterwards.</source>
      <translation>puis supprimez KEY.txt. Cette clé continue de fonctionner ensuite.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="141" />
      <source>Save the recovery key as PDF</source>
      <translation>Enregistrer la clé de récupération en PDF</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="142" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="151" />
      <source>Saved to {0}. Keep a copy away from this computer too (a USB stick in a drawer, or on paper).</source>
      <translation>Enregistrée dans {0}. Conservez aussi une copie loin de cet ordinateur (une clé USB dans un tiroir, ou sur papier).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="163" />
      <source>Sent to the printer. Keep the sheet somewhere safe.</source>
      <translation>Envoyée à l'imprimante. Conservez la feuille en lieu sûr.</translation>
    </message>
  </context>
  <context>
    <name>SecurityMenu</name>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="142" />
      <source>Backup restored</source>
      <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="28" />
      <source>File › Security › {0}</source>
      <translation>Fichier › Sécurité › {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="33" />
      <source>so the passphrase may no longer open the register: set a new one now with {0} (confirming with the recovery key)</source>
      <translation>la phrase secrète risque donc de ne plus ouvrir le registre : définissez-en une nouvelle dès maintenant avec {0} (en confirmant avec la clé de récupération)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="34" />
      <source>Change passphrase…</source>
      <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="35" />
      <source>so your recovery key may no longer open the register: issue a new one now with {0} (and keep it in place of the old one)</source>
      <translation>votre clé de récupération risque donc de ne plus ouvrir le registre : émettez-en une nouvelle dès maintenant avec {0} (et conservez-la à la place de l'ancienne)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="36" />
      <source>New recovery key…</source>
      <translation>Nouvelle clé de récupération…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="37" />
      <source>so this computer may no longer open the register without the passphrase: tick “Remember on this computer” the next time you unlock it</source>
      <translation>cet ordinateur risque donc de ne plus pouvoir ouvrir le registre sans la phrase secrète : cochez « Mémoriser sur cet ordinateur » la prochaine fois que vous le déverrouillerez</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="62" />
      <source>Securit&amp;y</source>
      <translation>Sécurit&amp;é</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="72" />
      <source>Change &amp;passphrase…</source>
      <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="73" />
      <source>New &amp;recovery key…</source>
      <translation>Nouvelle clé de &amp;récupération…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="74" />
      <source>Restore from &amp;backup…</source>
      <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="76" />
      <source>Export signing &amp;certificate…</source>
      <translation>Exporter le &amp;certificat de signature…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="80" />
      <source>A team register is backed up and restored by whoever runs its server.</source>
      <translation>Un registre d'équipe est sauvegardé et restauré par la personne qui gère son serveur.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="106" />
      <source>Passphrase changed</source>
      <translation>Phrase secrète changée</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="45" />
      <source>The file could not be written or read: {0}</source>
      <translation>Le fichier n'a pas pu être écrit ou lu : {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="48" />
      <source>Something went wrong ({0}). Nothing was lost: the register is unchanged.</source>
      <translation>Un problème est survenu ({0}). Rien n'a été perdu : le registre est inchangé.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="85" />
      <source>Unencrypted export</source>
      <translation>Export non chiffré</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="86" />
      <source>The file you are about to write is not encrypted. Anyone who can open it can read the personal data in it. Keep it somewhere safe and delete it when you no longer need it.</source>
      <translation>Le fichier que vous allez écrire n'est pas chiffré. Toute personne qui peut l'ouvrir peut lire les données à caractère personnel qu'il contient. Conservez-le en lieu sûr et supprimez-le lorsque vous n'en avez plus besoin.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="88" />
      <source>Export anyway</source>
      <translation>Exporter quand même</translation>
    </message>
  </context>
  <context>
    <name>IntegrityCheck</name>
    <message>
      <location filename="../../atlas_desktop/gui/integrity_check.py" line="26" />
      <source>…and {0} more.</source>
      <translation>… et {0} de plus.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/integrity_check.py" line="27" />
      <source>These records differ from the audit trail: they were changed outside Atlas, or the trail was cut. Nothing was changed now.

{0}

Run 'atlas doctor' for the full list, and restore a backup you trust (File › Security › Restore from backup…) if you did not expect this.</source>
      <translation>Ces fiches ne concordent pas avec le journal d'audit : elles ont été modifiées en dehors d'Atlas, ou le journal a été tronqué. Rien n'a été modifié à l'instant.

{0}

Lancez « atlas doctor » pour la liste complète, et restaurez une sauvegarde de confiance (Fichier › Sécurité › Restaurer depuis une sauvegarde…) si vous ne vous y attendiez pas.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/integrity_check.py" line="38" />
      <source>Audit trail</source>
      <translation>Journal d'audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/integrity_check.py" line="48" />
      <source>Records changed outside Atlas</source>
      <translation>Fiches modifiées en dehors d'Atlas</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/integrity_check.py" line="53" />
      <source>Checking the records against the audit trail</source>
      <translation>Vérification des fiches par rapport au journal d'audit</translation>
    </message>
  </context>
  <context>
    <name>Restoring</name>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="35" />
      <source>&amp;Passphrase of the backup (the one in use when it was made):</source>
      <translation>&amp;Phrase secrète de la sauvegarde (celle en usage lors de sa création) :</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="38" />
      <source>Passphrase of the backup</source>
      <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="41" />
      <source>This is the &amp;recovery key</source>
      <translation>C'est la clé de &amp;récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="42" />
      <source>This is the recovery key</source>
      <translation>C'est la clé de récupération</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="56" />
      <source>Enter the passphrase of the backup</source>
      <translation>Saisissez la phrase secrète de la sauvegarde</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="57" />
      <source>A backup opens with the passphrase (or recovery key) that was in use when it was made.</source>
      <translation>Une sauvegarde s'ouvre avec la phrase secrète (ou la clé de récupération) en usage au moment où elle a été faite.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="66" />
      <source> The register it replaced was kept as {0}.</source>
      <translation> Le registre qu'elle a remplacé a été conservé sous {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="68" />
      <source>Restored “{0}” from the backup {1}.</source>
      <translation>« {0} » restauré depuis la sauvegarde {1}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="76" />
      <source>The key file of “{0}” was restored from the backup {1}; the register's data was not touched. It now opens with the passphrase and recovery key that were in use when that backup was made.</source>
      <translation>Le fichier de clés de « {0} » a été restauré depuis la sauvegarde {1} ; les données du registre n'ont pas été touchées. Il s'ouvre désormais avec la phrase secrète et la clé de récupération en usage lors de cette sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="79" />
      <source> The key file it replaced was kept as {0}.</source>
      <translation> Le fichier de clés qu'elle a remplacé a été conservé sous {0}.</translation>
    </message>
  </context>
  <context>
    <name>TeamApp</name>
    <message>
      <location filename="../../atlas_desktop/gui/team_app.py" line="72" />
      <source>A team register is backed up by whoever runs its server. Export spreadsheet writes a readable copy here.</source>
      <translation>Un registre d'équipe est sauvegardé par la personne qui gère son serveur. Exporter vers un tableur en écrit ici une copie lisible.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_app.py" line="75" />
      <source>You are signed in as a reader: you can read this register but not change it.</source>
      <translation>Vous êtes connecté en tant que lecteur : vous pouvez consulter ce registre mais pas le modifier.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_app.py" line="111" />
      <source>Password changed</source>
      <translation>Mot de passe changé</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_app.py" line="112" />
      <source>Your password was changed, and your copy of the team key now opens with it. Sign in with the new password from now on.</source>
      <translation>Votre mot de passe a été changé, et votre copie de la clé d'équipe s'ouvre désormais avec lui. Connectez-vous dorénavant avec le nouveau mot de passe.</translation>
    </message>
  </context>
</TS>