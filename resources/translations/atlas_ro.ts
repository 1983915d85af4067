<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ro" sourcelanguage="en">
  <context>
    <name>ActivityEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="153" />
      <source>Is a DPIA needed? (Art. 35)</source>
      <translation>Este necesară o EIPD? (art. 35)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="169" />
      <source>No Art. 35(3) case and no WP248 criterion is met (WP248 rev.01).</source>
      <translation>Nu este îndeplinit niciun caz de la art. 35 alin. (3) și niciun criteriu WP248 (WP248 rev.01).</translation>
    </message>
  </context>
  <context>
    <name>AllClearPanel</name>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="127" />
      <source>All clear</source>
      <translation>Totul în regulă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="128" />
      <source>No deadline is near and nothing is missing. Atlas checks again whenever the register changes, and counts any breach clock down to the minute.</source>
      <translation>Niciun termen nu este aproape și nu lipsește nimic. Atlas verifică din nou ori de câte ori se modifică registrul și urmărește la minut termenul oricărui incident de securitate.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="133" />
      <source>All clear: no deadline is near and nothing is missing.</source>
      <translation>Totul în regulă: niciun termen nu este aproape și nu lipsește nimic.</translation>
    </message>
  </context>
  <context>
    <name>AtlasApp</name>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="107" />
      <source>Audit trail</source>
      <translation>Jurnal de audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="111" />
      <source>Key file</source>
      <translation>Fișier cheie</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="150" />
      <source>Open record</source>
      <translation>Deschide înregistrarea</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="226" />
      <source>Open register</source>
      <translation>Deschide registrul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="227" />
      <source>Atlas registers (*.atlas *.atlas-team)</source>
      <translation>Registre Atlas (*.atlas *.atlas-team)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="254" />
      <source>Making an encrypted backup…</source>
      <translation>Se face o copie de rezervă criptată…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="258" />
      <source>Back up now</source>
      <translation>Copie de rezervă acum</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="259" />
      <source>Backup made</source>
      <translation>Copie de rezervă realizată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="259" />
      <source>The encrypted backup is saved as
{0}</source>
      <translation>Copia de rezervă criptată a fost salvată ca
{0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="270" />
      <source>Automatic backup</source>
      <translation>Copie de rezervă automată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="280" />
      <source>About Atlas Desktop</source>
      <translation>Despre Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="281" />
      <source>Atlas Desktop {0}
An offline, encrypted GDPR register for small offices.</source>
      <translation>Atlas Desktop {0}
Un registru RGPD criptat și offline pentru birouri mici.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="320" />
      <source>Unlock</source>
      <translation>Deblochează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="336" />
      <source>Quit</source>
      <translation>Ieșire</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/app.py" line="338" />
      <source>Quit and discard</source>
      <translation>Ieșire fără salvare</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1974" />
      <source>%n open editor(s) (has|have) unsaved changes. Quitting now discards (it|them).</source>
      <translation>
        <numerusform>%n editor deschis are modificări nesalvate. Dacă ieșiți acum, acestea se pierd.</numerusform>
        <numerusform>%n editoare deschise au modificări nesalvate. Dacă ieșiți acum, acestea se pierd.</numerusform>
        <numerusform>%n de editoare deschise au modificări nesalvate. Dacă ieșiți acum, acestea se pierd.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="99" />
      <source>Atlas Desktop help</source>
      <translation>Ajutor Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;File</source>
      <translation>&amp;Fișier</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;Edit</source>
      <translation>&amp;Editare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;Reports</source>
      <translation>&amp;Rapoarte</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;Tools</source>
      <translation>&amp;Instrumente</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="54" />
      <source>&amp;Help</source>
      <translation>A&amp;jutor</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="55" />
      <source>New register…</source>
      <translation>Registru nou…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="56" />
      <source>Open register…</source>
      <translation>Deschide un registru…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="57" />
      <source>Open a team register…</source>
      <translation>Deschide un registru de echipă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="59" />
      <source>Export spreadsheet…</source>
      <translation>Exportă ca foaie de calcul…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="60" />
      <source>Import spreadsheet…</source>
      <translation>Importă dintr-o foaie de calcul…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="64" />
      <source>Change my password…</source>
      <translation>Schimbă parola mea…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="69" />
      <source>Lock</source>
      <translation>Blochează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="71" />
      <source>Close register</source>
      <translation>Închide registrul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="74" />
      <source>New record</source>
      <translation>Înregistrare nouă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="84" />
      <source>New activities from templates…</source>
      <translation>Activități noi din șabloane…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="85" />
      <source>Find</source>
      <translation>Caută</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="86" />
      <source>Copy</source>
      <translation>Copiază</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="88" />
      <source>Organisation details…</source>
      <translation>Datele organizației…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="89" />
      <source>Preferences…</source>
      <translation>Preferințe…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="95" />
      <source>Annual review…</source>
      <translation>Revizuirea anuală…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="96" />
      <source>What needs action (dashboard)</source>
      <translation>Ce necesită acțiune (tablou de bord)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="97" />
      <source>Verify the audit trail</source>
      <translation>Verifică jurnalul de audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/menus.py" line="101" />
      <source>First steps</source>
      <translation>Primii pași</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="56" />
      <source>Evidence files (a signed contract, a certificate, a screenshot) are kept encrypted inside the register, at most 25 MB each. Open and Save as write a copy where you choose; that copy is not encrypted.</source>
      <translation>Fișierele doveditoare (un contract semnat, un certificat, o captură de ecran) sunt păstrate criptat în registru, de cel mult 25 MB fiecare. „Deschide” și „Salvează o copie” scriu o copie în locul ales de dumneavoastră; acea copie nu este criptată.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="62" />
      <source>Name</source>
      <translation>Nume</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="62" />
      <source>Size</source>
      <translation>Dimensiune</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="62" />
      <source>Added</source>
      <translation>Adăugat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="63" />
      <source>Added by</source>
      <translation>Adăugat de</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="64" />
      <source>Attached files</source>
      <translation>Fișiere atașate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="77" />
      <source>&amp;Add file…</source>
      <translation>&amp;Adaugă fișier…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="78" />
      <source>&amp;Open…</source>
      <translation>&amp;Deschide…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="79" />
      <source>Save a cop&amp;y…</source>
      <translation>Salvează o &amp;copie…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="80" />
      <source>&amp;Remove…</source>
      <translation>&amp;Elimină…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="112" />
      <source>Attachments</source>
      <translation>Atașamente</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="127" />
      <source>Save the record first; then you can attach files to it.</source>
      <translation>Salvați mai întâi înregistrarea; apoi îi puteți atașa fișiere.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="129" />
      <source>No files attached yet.</source>
      <translation>Niciun fișier atașat încă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="154" />
      <source>Attach files</source>
      <translation>Atașează fișiere</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="159" />
      <source>The file was not attached</source>
      <translation>Fișierul nu a fost atașat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="173" />
      <source>The copy was not written</source>
      <translation>Copia nu a fost scrisă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="180" />
      <source>Save a copy of {0}</source>
      <translation>Salvează o copie a fișierului {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="187" />
      <source>Where should the copy of {0} go? It is opened from there</source>
      <translation>Unde să fie salvată copia fișierului {0}? Va fi deschisă de acolo</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="197" />
      <source>Remove attachment</source>
      <translation>Eliminare atașament</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="198" />
      <source>Remove “{0}” from this record? The removal is recorded in the audit trail; the file cannot be recovered from the register.</source>
      <translation>Eliminați „{0}” din această înregistrare? Eliminarea este consemnată în jurnalul de audit; fișierul nu mai poate fi recuperat din registru.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="200" />
      <source>Remove</source>
      <translation>Elimină</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/attachments.py" line="205" />
      <source>The attachment was not removed</source>
      <translation>Atașamentul nu a fost eliminat</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="42" />
      <source>When</source>
      <translation>Când</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="42" />
      <source>Who</source>
      <translation>Cine</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="43" />
      <source>Action</source>
      <translation>Acțiune</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="43" />
      <source>Register</source>
      <translation>Registru</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="44" />
      <source>Record</source>
      <translation>Înregistrare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="44" />
      <source>Changed fields</source>
      <translation>Câmpuri modificate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="304" />
      <source>#{0} (deleted)</source>
      <translation>#{0} (ștearsă)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="306" />
      <source>(new record)</source>
      <translation>(înregistrare nouă)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="308" />
      <source>(whole record)</source>
      <translation>(întreaga înregistrare)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_model.py" line="351" />
      <source>The names of the fields that changed. Their values may be personal data: select an entry and choose Show details to see them.</source>
      <translation>Numele câmpurilor care s-au modificat. Valorile lor pot fi date cu caracter personal: selectați o intrare și alegeți „Afișează detaliile” pentru a le vedea.</translation>
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="54" />
      <source>Audit log</source>
      <translation>Jurnal de audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="57" />
      <source>All registers</source>
      <translation>Toate registrele</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="61" />
      <source>Show the entries of one register</source>
      <translation>Afișează intrările unui singur registru</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="63" />
      <location filename="../../atlas_desktop/gui/auditview.py" line="260" />
      <source>Everyone</source>
      <translation>Toată lumea</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="64" />
      <source>Show the entries of one person</source>
      <translation>Afișează intrările unei singure persoane</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="68" />
      <source>Filter…</source>
      <translation>Filtrează…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="70" />
      <source>Filter the audit log</source>
      <translation>Filtrează jurnalul de audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="72" />
      <source>Number of entries shown</source>
      <translation>Numărul de intrări afișate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="74" />
      <source>Show &amp;details…</source>
      <translation>Afișează &amp;detaliile…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="75" />
      <source>The values before and after this change (may be personal data)</source>
      <translation>Valorile dinainte și de după această modificare (pot fi date cu caracter personal)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="76" />
      <source>Show details</source>
      <translation>Afișează detaliile</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="78" />
      <source>&amp;Verify chain</source>
      <translation>&amp;Verifică lanțul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="79" />
      <source>Check that no entry was changed, removed or reordered</source>
      <translation>Verifică dacă vreo intrare a fost modificată, eliminată sau reordonată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="80" />
      <source>Verify chain</source>
      <translation>Verifică lanțul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="83" />
      <source>Every change is sealed into a chain. Verify it to check that nothing was altered.</source>
      <translation>Fiecare modificare este sigilată într-un lanț. Verificați-l pentru a vă asigura că nimic nu a fost modificat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="86" />
      <source>Result of the chain check</source>
      <translation>Rezultatul verificării lanțului</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="90" />
      <source>Audit log entries</source>
      <translation>Intrările jurnalului de audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="117" />
      <source>&amp;Register:</source>
      <translation>&amp;Registru:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="117" />
      <source>&amp;Who:</source>
      <translation>&amp;Cine:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="191" />
      <source>Checking every entry of the audit trail…</source>
      <translation>Se verifică fiecare intrare din jurnalul de audit…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="197" />
      <source>Checking…</source>
      <translation>Se verifică…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="199" />
      <source>Verifying the audit trail</source>
      <translation>Verificarea jurnalului de audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="208" />
      <source>, and they match the {0} backups and restores recorded</source>
      <translation> și corespund copiilor de rezervă și restaurărilor consemnate ({0})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="210" />
      <source>Intact: all {0} entries are sealed and in order{1}. Nothing was altered.</source>
      <translation>Intact: toate intrările ({0}) sunt sigilate și în ordine{1}. Nimic nu a fost modificat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="214" />
      <source> at entry {0}</source>
      <translation> la intrarea {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="215" />
      <source>Broken{0}: {1} Keep this register as it is and restore a backup you trust.</source>
      <translation>Lanț rupt{0}: {1} Păstrați acest registru așa cum este și restaurați o copie de rezervă în care aveți încredere.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="223" />
      <source>The trail's {0} entries are sealed and in order, but {1} records differ from it: {2}{3}. They were changed outside Atlas; restore a backup you trust if you did not expect this.</source>
      <translation>Intrările jurnalului ({0}) sunt sigilate și în ordine, dar unele înregistrări ({1}) diferă de acesta: {2}{3}. Au fost modificate în afara Atlas; restaurați o copie de rezervă în care aveți încredere dacă nu vă așteptați la acest lucru.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="226" />
      <source> and {0} more</source>
      <translation> și încă {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="231" />
      <source>Broken</source>
      <translation>Lanț rupt</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="231" />
      <source>Changed outside Atlas</source>
      <translation>Modificat în afara Atlas</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="232" />
      <source>Intact</source>
      <translation>Intact</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="240" />
      <source>The check did not finish: {0}</source>
      <translation>Verificarea nu s-a încheiat: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="278" />
      <source>entry</source>
      <translation>intrare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="278" />
      <source>entries</source>
      <translation>intrări</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="279" />
      <source>{0} {1}</source>
      <translation>{0} {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/auditview.py" line="280" />
      <source>{0} of {1} {2}</source>
      <translation>{0} din {1} {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="41" />
      <source>Register settings</source>
      <translation>Setările registrului</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="41" />
      <source>Annual reviews</source>
      <translation>Revizuiri anuale</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="45" />
      <source>Created</source>
      <translation>Creat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="45" />
      <source>Changed</source>
      <translation>Modificat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="45" />
      <source>Deleted</source>
      <translation>Șters</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="45" />
      <source>Imported</source>
      <translation>Importat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="46" />
      <source>Restored</source>
      <translation>Restaurat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="46" />
      <source>Keys changed</source>
      <translation>Chei schimbate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="46" />
      <source>Reviewed</source>
      <translation>Revizuit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="51" />
      <source>Title</source>
      <translation>Titlu</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="51" />
      <source>Period</source>
      <translation>Perioadă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="51" />
      <source>Items</source>
      <translation>Elemente</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="51" />
      <source>Audit trail head</source>
      <translation>Capătul jurnalului de audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="52" />
      <source>Decision</source>
      <translation>Decizie</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="52" />
      <source>Note</source>
      <translation>Notă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="52" />
      <source>Status</source>
      <translation>Stare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="52" />
      <source>Pack</source>
      <translation>Pachet</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="53" />
      <source>Pack SHA-256</source>
      <translation>SHA-256 al pachetului</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="53" />
      <source>Not reviewed yet</source>
      <translation>Nerevizuit încă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="53" />
      <source>Confirmed unchanged</source>
      <translation>Confirmat fără modificări</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="54" />
      <source>Updated</source>
      <translation>Actualizat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="54" />
      <source>Retired</source>
      <translation>Retras</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="85" />
      <source>Audit entry {0}</source>
      <translation>Intrarea de audit {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="91" />
      <source>Entry {0}: {1} — {2} #{3}, by {4} on {5}.</source>
      <translation>Intrarea {0}: {1} — {2} #{3}, de către {4}, la {5}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="95" />
      <source>These values may be personal data. Close this window when you are done.</source>
      <translation>Aceste valori pot fi date cu caracter personal. Închideți această fereastră când ați terminat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="102" />
      <source>Field</source>
      <translation>Câmp</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="102" />
      <source>Before</source>
      <translation>Înainte</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="102" />
      <source>After</source>
      <translation>După</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/audit_details.py" line="103" />
      <source>Values before and after the change</source>
      <translation>Valorile dinainte și de după modificare</translation>
    </message>
  </context>
  <context>
    <name>BasisChart</name>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="236" />
      <source>Activities by lawful basis</source>
      <translation>Activități după temeiul juridic</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="250" />
      <source>For a client (their basis)</source>
      <translation>Pentru un client (temeiul acestuia)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="252" />
      <source>No basis chosen yet</source>
      <translation>Niciun temei ales încă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="257" />
      <source>Activities by lawful basis: no activities in use yet.</source>
      <translation>Activități după temeiul juridic: nicio activitate în uz încă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="258" />
      <source>{0} ({1}): {2}</source>
      <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="260" />
      <source>Activities by lawful basis (an activity with several bases counts under each): {0}.</source>
      <translation>Activități după temeiul juridic (o activitate cu mai multe temeiuri este numărată la fiecare dintre ele): {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="281" />
      <source>No activities in use yet.</source>
      <translation>Nicio activitate în uz încă.</translation>
    </message>
  </context>
  <context>
    <name>BreachEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="213" />
      <source>{0} decides about the authority and the people affected</source>
      <translation>{0} decide în privința autorității și a persoanelor afectate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="215" />
      <source>Your part is to tell them without undue delay, with what you know so far; the clock at the top counts down to your deadline. Record below when you told them (Art. 33(2)).</source>
      <translation>Rolul dumneavoastră este să îi informați fără întârzieri nejustificate, cu ce știți până acum; ceasul din partea de sus numără invers până la termenul dumneavoastră. Consemnați mai jos când i-ați informat (art. 33 alin. (2)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="219" />
      <source>Your own data: nothing to do on this page</source>
      <translation>Datele dumneavoastră proprii: nimic de făcut pe această pagină</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="220" />
      <source>Fill this page in only when the data belonged to a client you process it for. The client then notifies the authority, and you must tell the client without undue delay (Art. 33(2)).</source>
      <translation>Completați această pagină doar dacă datele aparțineau unui client pentru care le prelucrați. Clientul notifică atunci autoritatea, iar dumneavoastră trebuie să informați clientul fără întârzieri nejustificate (art. 33 alin. (2)).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1975" />
      <source>%n day(s) {0} h</source>
      <translation>
        <numerusform>%n zi {0} h</numerusform>
        <numerusform>%n zile {0} h</numerusform>
        <numerusform>%n de zile {0} h</numerusform>
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
      <translation>Ore în fusul orar {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="63" />
      <source>The 72-hour clock has not started</source>
      <translation>Termenul de 72 de ore nu a început să curgă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="64" />
      <source>It starts when you become aware that personal data was affected: fill in “Became aware at” (Art. 33(1)).</source>
      <translation>Începe să curgă din momentul în care luați la cunoștință că au fost afectate date cu caracter personal: completați „Luare la cunoștință la” (art. 33 alin. (1)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="67" />
      <source>The 72-hour clock cannot start</source>
      <translation>Termenul de 72 de ore nu poate începe să curgă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="68" />
      <source>“Became aware at” is outside the dates Atlas accepts (1900–2200): correct it (Art. 33(1)).</source>
      <translation>„Luare la cunoștință la” este în afara datelor acceptate de Atlas (1900–2200): corectați câmpul (art. 33 alin. (1)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="75" />
      <source>Notified late: {0} after the deadline</source>
      <translation>Notificare întârziată: {0} după termen</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="77" />
      <source>The authority was notified on {0}; the deadline was {1}. Record the reasons for the delay (Art. 33(1)). {2}</source>
      <translation>Autoritatea a fost notificată la {0}; termenul era {1}. Consemnați motivele întârzierii (art. 33 alin. (1)). {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="79" />
      <source>Notified in time</source>
      <translation>Notificare în termen</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="80" />
      <source>The authority was notified on {0}, {1} after you became aware (deadline {2}). {3}</source>
      <translation>Autoritatea a fost notificată la {0}, la {1} după ce ați luat la cunoștință (termen: {2}). {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="86" />
      <source>Notification not required</source>
      <translation>Notificarea nu este necesară</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="87" />
      <source>Your own assessment is that the breach is unlikely to result in a risk to people.</source>
      <translation>Conform propriei dumneavoastră evaluări, este puțin probabil ca încălcarea să genereze un risc pentru persoane.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="88" />
      <source>Your answers show the breach is unlikely to result in a risk to people.</source>
      <translation>Din răspunsurile dumneavoastră reiese că este puțin probabil ca încălcarea să genereze un risc pentru persoane.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="89" />
      <source>Keep your reasoning in this record (Art. 33(1), 33(5)). The deadline would have been {0}. {1}</source>
      <translation>Păstrați justificarea în această înregistrare (art. 33 alin. (1) și (5)). Termenul ar fi fost {0}. {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="92" />
      <source>notify the authority</source>
      <translation>notificați autoritatea</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="93" />
      <source>assess the risk and decide whether to notify the authority</source>
      <translation>evaluați riscul și decideți dacă notificați autoritatea</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="95" />
      <source>Overdue: the 72 hours ran out {0} ago</source>
      <translation>Termen depășit: cele 72 de ore au expirat acum {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="96" />
      <source>The deadline was {0}. {1} now, and give the reasons for the delay (Art. 33(1)). {2}</source>
      <translation>Termenul era {0}. {1} acum și precizați motivele întârzierii (art. 33 alin. (1)). {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="99" />
      <source>{0} left to {1}</source>
      <translation>Mai aveți {0} ca să {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="100" />
      <source>Deadline: {0}, 72 hours after you became aware (Art. 33(1)). {1}</source>
      <translation>Termen: {0}, la 72 de ore după ce ați luat la cunoștință (art. 33 alin. (1)). {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="108" />
      <source>{0} decides whether to notify the authority and the people affected.</source>
      <translation>{0} decide dacă notifică autoritatea și informează persoanele afectate.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="111" />
      <source>The clock to tell {0} has not started</source>
      <translation>Termenul pentru a informa {0} nu a început să curgă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="112" />
      <source>It starts when you become aware that personal data was affected: fill in “Became aware at”. Then tell {0} without undue delay (Art. 33(2)).</source>
      <translation>Începe să curgă din momentul în care luați la cunoștință că au fost afectate date cu caracter personal: completați „Luare la cunoștință la”. Apoi informați {0} fără întârzieri nejustificate (art. 33 alin. (2)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="116" />
      <source>{0} told late: {1} after the deadline</source>
      <translation>{0} informat cu întârziere: {1} după termen</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="118" />
      <source>Told on {0}; the deadline was {1} (Art. 33(2)). {2} {3}</source>
      <translation>Informat la {0}; termenul era {1} (art. 33 alin. (2)). {2} {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="120" />
      <source>{0} told in time</source>
      <translation>{0} informat în termen</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="121" />
      <source>Told on {0}, before the deadline of {1} (Art. 33(2)). {2} {3}</source>
      <translation>Informat la {0}, înainte de termenul din {1} (art. 33 alin. (2)). {2} {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="125" />
      <source>Overdue: tell {0} now ({1} late)</source>
      <translation>Termen depășit: informați {0} acum (întârziere de {1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="126" />
      <source>You had to tell {0} by {1} (Art. 33(2)); their own 72 hours may be running out. {2} {3}</source>
      <translation>Trebuia să informați {0} până la {1} (art. 33 alin. (2)); propriul său termen de 72 de ore poate fi pe cale să expire. {2} {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="129" />
      <source>Tell {0} by {1} ({2} left)</source>
      <translation>Informați {0} până la {1} (mai aveți {2})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach.py" line="130" />
      <source>You process this data for {0}: tell them without undue delay (Art. 33(2)). {1} {2}</source>
      <translation>Prelucrați aceste date pentru {0}: informați-l fără întârzieri nejustificate (art. 33 alin. (2)). {1} {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="39" />
      <source>low</source>
      <translation>scăzută</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="39" />
      <source>medium</source>
      <translation>medie</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="39" />
      <source>high</source>
      <translation>ridicată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="40" />
      <source>very high</source>
      <translation>foarte ridicată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="40" />
      <source>not worked out yet</source>
      <translation>necalculată încă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="44" />
      <source>unlikely to result in a risk</source>
      <translation>puțin probabil să genereze un risc</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="44" />
      <source>a risk to people</source>
      <translation>un risc pentru persoane</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="45" />
      <source>a high risk to people</source>
      <translation>un risc ridicat pentru persoane</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="45" />
      <source>not decided yet</source>
      <translation>nedecis încă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="56" />
      <source>the client</source>
      <translation>clientul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="62" />
      <source>Unlikely to result in a risk to people: document the breach here, with your reasoning; no notification is needed (Art. 33(5)).</source>
      <translation>Puțin probabil să genereze un risc pentru persoane: documentați aici încălcarea, împreună cu justificarea; nu este necesară notificarea (art. 33 alin. (5)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="65" />
      <source>A risk to people: notify the authority without undue delay, within 72 hours of becoming aware (Art. 33(1)). The people affected need not be told, because the risk is not high.</source>
      <translation>Risc pentru persoane: notificați autoritatea fără întârzieri nejustificate, în cel mult 72 de ore de la momentul în care ați luat la cunoștință (art. 33 alin. (1)). Persoanele afectate nu trebuie informate, deoarece riscul nu este ridicat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="68" />
      <source>A high risk to people: notify the authority within 72 hours (Art. 33(1)) and also tell the people affected without undue delay, in plain language (Art. 34(1)), unless an exemption of Art. 34(3) applies.</source>
      <translation>Risc ridicat pentru persoane: notificați autoritatea în cel mult 72 de ore (art. 33 alin. (1)) și informați și persoanele afectate fără întârzieri nejustificate, într-un limbaj clar și simplu (art. 34 alin. (1)), dacă nu se aplică una dintre excepțiile de la art. 34 alin. (3).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="71" />
      <source>Say what was affected (confidentiality, integrity or availability, under “What happened”) to start the assessment.</source>
      <translation>Indicați ce a fost afectat (confidențialitatea, integritatea sau disponibilitatea, la „Ce s-a întâmplat”) pentru a începe evaluarea.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="101" />
      <source>Severity score</source>
      <translation>Scor de gravitate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="110" />
      <source>How each answer counted</source>
      <translation>Cum a contat fiecare răspuns</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="119" />
      <source>⚠︎ Not answered yet: {0}. The worst case is assumed until you answer, so the level may go down as you do.</source>
      <translation>⚠︎ Fără răspuns încă: {0}. Până când răspundeți se presupune cazul cel mai defavorabil, așa că nivelul poate scădea pe măsură ce răspundeți.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="127" />
      <source>What moved the outcome (EDPB)</source>
      <translation>Ce a influențat rezultatul (CEPD)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="135" />
      <source>Your own assessment: {0} (the facts give: {1})</source>
      <translation>Evaluarea dumneavoastră: {0} (conform faptelor: {1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="137" />
      <source>Your own assessment: {0}</source>
      <translation>Evaluarea dumneavoastră: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="141" />
      <source>Write why you disagree in “Why you disagree” below: the record cannot be saved without it (Art. 33(5)). Your level decides who must be told. {0}</source>
      <translation>Scrieți motivul dezacordului la „De ce nu sunteți de acord” mai jos: fără el, înregistrarea nu poate fi salvată (art. 33 alin. (5)). Nivelul ales de dumneavoastră determină cine trebuie informat. {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="145" />
      <source>Your level decides who must be told, and your reason is kept with the record. {0}</source>
      <translation>Nivelul ales de dumneavoastră determină cine trebuie informat, iar motivul este păstrat împreună cu înregistrarea. {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="153" />
      <source>Severity not worked out yet</source>
      <translation>Gravitatea nu a fost încă calculată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="155" />
      <source>Severity {0} of 4+ — {1}</source>
      <translation>Gravitate {0} din 4+ — {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="159" />
      <source>Tell {0} by {1} ({2}).</source>
      <translation>Informați {0} până la {1} ({2}).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="161" />
      <source>Tell {0} without undue delay; fill in “Became aware at” to see by when.</source>
      <translation>Informați {0} fără întârzieri nejustificate; completați „Luare la cunoștință la” pentru a vedea până când.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="162" />
      <source>The data is {0}'s: as the controller, they decide whether to notify the authority and the people affected. {1} Pass this assessment on to them (Art. 33(2)).</source>
      <translation>Operatorul acestor date este {0}, care decide dacă notifică autoritatea și informează persoanele afectate. {1} Transmiteți-i această evaluare (art. 33 alin. (2)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="170" />
      <source>From your answers above. {0}</source>
      <translation>Din răspunsurile de mai sus. {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="188" />
      <source>{0} notifies its own authority</source>
      <translation>{0} își notifică propria autoritate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="189" />
      <source>The data is the client's: the client, as controller, decides whether to notify its supervisory authority (Art. 33(2)). Your part is to tell the client.</source>
      <translation>Datele sunt ale clientului: clientul, în calitate de operator, decide dacă notifică autoritatea sa de supraveghere (art. 33 alin. (2)). Rolul dumneavoastră este să informați clientul.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="194" />
      <source>As recorded on the organisation's page (Art. 55).</source>
      <translation>Conform celor consemnate pe pagina organizației (art. 55).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="195" />
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="219" />
      <source>Notify: {0}</source>
      <translation>Notificați: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="199" />
      <source>Which authority? Not known yet</source>
      <translation>Ce autoritate? Încă necunoscută</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="200" />
      <source>Fill in your country, or the supervisory authority itself, on the organisation's page: Atlas then names the authority to notify (Art. 55).</source>
      <translation>Completați țara dumneavoastră sau chiar autoritatea de supraveghere pe pagina organizației: Atlas va indica apoi autoritatea care trebuie notificată (art. 55).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="206" />
      <source>the breach form on {0}</source>
      <translation>formularul de notificare de pe {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="207" />
      <source>Notify online: {0}</source>
      <translation>Notificare online: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="209" />
      <source>Phone: {0}</source>
      <translation>Telefon: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="211" />
      <source>Email: {0}</source>
      <translation>E-mail: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="213" />
      <source>Atlas could not confirm the authority's breach form: look for it on the authority's website.</source>
      <translation>Atlas nu a putut confirma formularul de notificare al autorității: căutați-l pe site-ul autorității.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/breach_panel.py" line="217" />
      <source>Worked out from your country ({0}); to use another authority, name it on the organisation's page (Art. 55).</source>
      <translation>Stabilită pe baza țării dumneavoastră ({0}); pentru a folosi o altă autoritate, indicați-o pe pagina organizației (art. 55).</translation>
    </message>
  </context>
  <context>
    <name>BreachForm</name>
    <message>
      <location filename="../../forms/breach.ui" line="13" />
      <source>Notification clock</source>
      <translation>Ceasul notificării</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="40" />
      <source>Sections</source>
      <translation>Secțiuni</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="46" />
      <source>What happened</source>
      <translation>Ce s-a întâmplat</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="56" />
      <source>When</source>
      <translation>Când</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="66" />
      <source>Links to the register</source>
      <translation>Legături în registru</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="76" />
      <source>Risk assessment</source>
      <translation>Evaluarea riscului</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="80" />
      <source>Answer what you know. Atlas works out the severity and who must be told as you answer; a question left empty counts at its worst until you answer it.</source>
      <translation>Răspundeți la ce știți. Atlas stabilește gravitatea și cine trebuie informat pe măsură ce răspundeți; o întrebare lăsată necompletată este luată în calcul la varianta cea mai gravă până când îi răspundeți.</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="92" />
      <source>What your answers mean</source>
      <translation>Ce înseamnă răspunsurile dumneavoastră</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="120" />
      <source>How each answer counted</source>
      <translation>Cum a contat fiecare răspuns</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="126" />
      <source>Questions not answered yet</source>
      <translation>Întrebări încă fără răspuns</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="133" />
      <source>What moved the outcome</source>
      <translation>Ce a determinat rezultatul</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="142" />
      <source>Your own assessment</source>
      <translation>Propria dumneavoastră evaluare</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="173" />
      <source>Response</source>
      <translation>Reacție</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="183" />
      <source>Notifying the authority</source>
      <translation>Notificarea autorității</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="188" />
      <source>Who to notify</source>
      <translation>Pe cine să notificați</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="223" />
      <source>Telling the people affected</source>
      <translation>Informarea persoanelor afectate</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="233" />
      <source>For a client (Art. 33(2))</source>
      <translation>Pentru un client (art. 33 alin. (2))</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="238" />
      <source>Telling the client</source>
      <translation>Informarea clientului</translation>
    </message>
    <message>
      <location filename="../../forms/breach.ui" line="269" />
      <source>Timeline</source>
      <translation>Cronologie</translation>
    </message>
  </context>
  <context>
    <name>BreachesChart</name>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="98" />
      <source>Breaches per month</source>
      <translation>Incidente pe lună</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="111" />
      <source>Breaches per month: no figures yet.</source>
      <translation>Incidente pe lună: încă nu există cifre.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="112" />
      <source>{0} to {1}</source>
      <translation>{0} – {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="116" />
      <source>No breaches were recorded in the last {0} months ({1}).</source>
      <translation>Nu a fost consemnat niciun incident în ultimele {0} luni ({1}).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="119" />
      <source>Breaches per month over the last {0} months ({1}): {2} in total. {3}. No breaches in the other months.</source>
      <translation>Incidente pe lună în ultimele {0} luni ({1}): {2} în total. {3}. Niciun incident în celelalte luni.</translation>
    </message>
  </context>
  <context>
    <name>ChangesStep</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="208" />
      <source>Comparing with the previous review…</source>
      <translation>Se compară cu revizuirea anterioară…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="211" />
      <source>Record</source>
      <translation>Înregistrare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="211" />
      <source>Register</source>
      <translation>Registru</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="211" />
      <source>What changed</source>
      <translation>Ce s-a modificat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="212" />
      <source>Changes since the previous review</source>
      <translation>Modificări de la revizuirea anterioară</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="236" />
      <source>This is the first review: there is nothing to compare with yet. The next review will list what was added, changed or retired since this one.</source>
      <translation>Aceasta este prima revizuire: încă nu există nimic cu care să fie comparată. Următoarea revizuire va enumera ce a fost adăugat, modificat sau retras de la aceasta.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="240" />
      <source>Since {0} (closed {1}).</source>
      <translation>De la {0} (închisă la {1}).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="242" />
      <source>Nothing was added, changed or retired.</source>
      <translation>Nu a fost adăugat, modificat sau retras nimic.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="248" />
      <source>{0} added, {1} changed, {2} retired or removed.</source>
      <translation>Adăugate: {0}, modificate: {1}, retrase sau eliminate: {2}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="250" />
      <source>So far: the comparison is made again when the review closes.</source>
      <translation>Deocamdată: comparația se face din nou la închiderea revizuirii.</translation>
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
      <translation>De ce revizuirea nu poate fi închisă încă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="53" />
      <source>Show the items not reviewed yet</source>
      <translation>Afișează elementele nerevizuite încă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="64" />
      <source>Close the review and save the &amp;pack…</source>
      <translation>Închide revizuirea și salvează &amp;pachetul…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="67" />
      <source>&amp;Save pack…</source>
      <translation>&amp;Salvează pachetul…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="92" />
      <source>The review started on {0} by {1}, from audit trail entry {2} ({3}…).</source>
      <translation>Revizuirea a fost începută la {0} de {1}, de la intrarea {2} din jurnalul de audit ({3}…).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="95" />
      <source>Close the review</source>
      <translation>Închide revizuirea</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="97" />
      <source>Closing the review sets each kept record's next review date, signs the “Annual data protection review” PDF and makes the review pack: one zip holding that PDF, the full spreadsheet and the signed record of processing activities (Art. 30), with a manifest of their SHA-256 hashes. The pack is kept in the register, encrypted, and you choose where to save a copy.</source>
      <translation>La închiderea revizuirii se stabilește data următoarei revizuiri pentru fiecare înregistrare păstrată, se semnează PDF-ul „Revizuirea anuală a protecției datelor” și se creează pachetul revizuirii: o arhivă zip care conține acel PDF, foaia de calcul completă și evidențele semnate ale activităților de prelucrare (art. 30), cu un manifest al amprentelor SHA-256 ale acestora. Pachetul este păstrat criptat în registru, iar dumneavoastră alegeți unde să salvați o copie.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="103" />
      <source>1 item is not reviewed yet. Confirm, update or retire it before closing the review.</source>
      <translation>Un element nu este revizuit încă. Confirmați-l, actualizați-l sau retrageți-l înainte de a închide revizuirea.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="112" />
      <source>Closed on {0} by {1}</source>
      <translation>Închisă la {0} de {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="116" />
      <source>Its pack, “{0}” ({1}), is kept in the register, encrypted: save a copy whenever you need one. It is the pack made at the close, byte for byte.</source>
      <translation>Pachetul acesteia, „{0}” ({1}), este păstrat criptat în registru: salvați o copie ori de câte ori aveți nevoie. Este pachetul creat la închidere, identic octet cu octet.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/close_step.py" line="122" />
      <source>SHA-256 of the pack: {0}</source>
      <translation>SHA-256 al pachetului: {0}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1976" />
      <source>%n item(s) (is|are) not reviewed yet. Confirm, update or retire each one before closing the review.</source>
      <translation>
        <numerusform>%n element nu este revizuit încă. Confirmați-l, actualizați-l sau retrageți-l înainte de a închide revizuirea.</numerusform>
        <numerusform>%n elemente nu sunt revizuite încă. Confirmați, actualizați sau retrageți fiecare element înainte de a închide revizuirea.</numerusform>
        <numerusform>%n de elemente nu sunt revizuite încă. Confirmați, actualizați sau retrageți fiecare element înainte de a închide revizuirea.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ComputedWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/widgets.py" line="221" />
      <source>worked out when the fields it depends on are filled in</source>
      <translation>se calculează după completarea câmpurilor de care depinde</translation>
    </message>
  </context>
  <context>
    <name>CoverageChart</name>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="173" />
      <source>Training coverage</source>
      <translation>Acoperirea instruirii</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="186" />
      <source>{0}%</source>
      <translation>{0}%</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="191" />
      <source>Training coverage: no current staff are recorded, so there is nothing to show.</source>
      <translation>Acoperirea instruirii: nu este consemnat niciun membru actual al personalului, deci nu există nimic de afișat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/charts.py" line="192" />
      <source>Training coverage: {0} of {1} current staff have valid data-protection training ({2}); {3} need training.</source>
      <translation>Acoperirea instruirii: {0} din {1} membri actuali ai personalului au o instruire valabilă în protecția datelor ({2}); {3} au nevoie de instruire.</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="84" />
      <source>Dashboard</source>
      <translation>Tablou de bord</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="116" />
      <location filename="../../atlas_desktop/gui/dashboard.py" line="121" />
      <source>What needs action</source>
      <translation>Ce necesită acțiune</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="157" />
      <source>Breach clocks</source>
      <translation>Termene pentru incidente</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="159" />
      <source>Overdue</source>
      <translation>Depășite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="159" />
      <source>Due soon</source>
      <translation>Termen apropiat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="159" />
      <source>Gaps to fill</source>
      <translation>Lipsuri de completat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="200" />
      <source>Updating the dashboard</source>
      <translation>Actualizarea tabloului de bord</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="221" />
      <source>The dashboard could not be updated: {0}</source>
      <translation>Tabloul de bord nu a putut fi actualizat: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="243" />
      <source>{0} overdue</source>
      <translation>{0} depășite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="244" />
      <source>{0} due soon</source>
      <translation>{0} cu termen apropiat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="249" />
      <source>1 breach clock running</source>
      <translation>1 termen pentru incident în curs</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="250" />
      <source>{0} breach clocks running</source>
      <translation>{0} termene pentru incidente în curs</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="251" />
      <source>1 breach deadline passed</source>
      <translation>1 termen pentru incident depășit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="252" />
      <source>{0} breach deadlines passed</source>
      <translation>{0} termene pentru incidente depășite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="260" />
      <source>Go to these items</source>
      <translation>Mergi la aceste elemente</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="266" />
      <source>checked {0}</source>
      <translation>verificat la {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="277" />
      <source>Deadline {0}, 72 hours after you became aware</source>
      <translation>Termen: {0}, la 72 de ore după ce ați luat cunoștință</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="280" />
      <source>{0}. Notify: {1}</source>
      <translation>{0}. Notificați: {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="294" />
      <source>overdue today</source>
      <translation>depășit astăzi</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard.py" line="351" />
      <source>Locked</source>
      <translation>Blocat</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1977" />
      <source>%n breach(es) in the last 12 months</source>
      <translation>
        <numerusform>%n incident de securitate în ultimele 12 luni</numerusform>
        <numerusform>%n incidente de securitate în ultimele 12 luni</numerusform>
        <numerusform>%n de incidente de securitate în ultimele 12 luni</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1978" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n zi</numerusform>
        <numerusform>%n zile</numerusform>
        <numerusform>%n de zile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1979" />
      <source>%n day(s) left</source>
      <translation>
        <numerusform>%n zi rămasă</numerusform>
        <numerusform>%n zile rămase</numerusform>
        <numerusform>%n de zile rămase</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1980" />
      <source>%n day(s) overdue</source>
      <translation>
        <numerusform>depășit cu %n zi</numerusform>
        <numerusform>depășit cu %n zile</numerusform>
        <numerusform>depășit cu %n de zile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1981" />
      <source>%n day(s) {0} h</source>
      <translation>
        <numerusform>%n zi {0} h</numerusform>
        <numerusform>%n zile {0} h</numerusform>
        <numerusform>%n de zile {0} h</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1982" />
      <source>%n gap(s)</source>
      <translation>
        <numerusform>%n lipsă</numerusform>
        <numerusform>%n lipsuri</numerusform>
        <numerusform>%n de lipsuri</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="59" />
      <source>No breaches in the last 12 months</source>
      <translation>Niciun incident în ultimele 12 luni</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="60" />
      <source>1 breach in the last 12 months</source>
      <translation>1 incident în ultimele 12 luni</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="62" />
      <source>No current staff recorded</source>
      <translation>Niciun membru actual al personalului consemnat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="63" />
      <source>{0} of {1} current staff have valid training</source>
      <translation>{0} din {1} membri actuali ai personalului au instruire valabilă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_charts.py" line="64" />
      <source>Activities in use, by Art. 6(1) basis</source>
      <translation>Activități în uz, după temeiul de la art. 6 alin. (1)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="70" />
      <source>Gap</source>
      <translation>Lipsă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="70" />
      <source>Breach clock</source>
      <translation>Termen pentru incident</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="71" />
      <source>All clear</source>
      <translation>Totul în regulă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="125" />
      <source>less than a minute</source>
      <translation>mai puțin de un minut</translation>
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
      <translation>Decideți dacă notificați autoritatea în {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="144" />
      <source>Notify the authority within {0} ({1})</source>
      <translation>Notificați autoritatea în {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="146" />
      <source>Overdue by {0}: decide now whether to notify the authority ({1})</source>
      <translation>Depășit cu {0}: decideți acum dacă notificați autoritatea ({1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="147" />
      <source>Overdue by {0}: notify the authority now and give the reasons for the delay ({1})</source>
      <translation>Depășit cu {0}: notificați acum autoritatea și indicați motivele întârzierii ({1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="156" />
      <source>due today</source>
      <translation>termenul este astăzi</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="228" />
      <source>Press Enter to open the record.</source>
      <translation>Apăsați Enter pentru a deschide înregistrarea.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="292" />
      <source>Share of the 72 hours used</source>
      <translation>Proporția consumată din cele 72 de ore</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="310" />
      <source>Clock running</source>
      <translation>Termen în curs</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_items.py" line="319" />
      <source>Press Enter to open the breach.</source>
      <translation>Apăsați Enter pentru a deschide incidentul.</translation>
    </message>
  </context>
  <context>
    <name>DateTimeWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="170" />
      <source>YYYY-MM-DD HH:MM</source>
      <translation>AAAA-LL-ZZ HH:MM</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="174" />
      <source>Now</source>
      <translation>Acum</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="175" />
      <source>Fill in the current date and time</source>
      <translation>Completează data și ora curente</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="176" />
      <source>Set to now</source>
      <translation>Setează la acum</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="179" />
      <source>Times are shown and typed in the organisation's time zone.</source>
      <translation>Orele sunt afișate și introduse în fusul orar al organizației.</translation>
    </message>
  </context>
  <context>
    <name>DateWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="96" />
      <source>Warning</source>
      <translation>Avertisment</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="118" />
      <source>YYYY-MM-DD</source>
      <translation>AAAA-LL-ZZ</translation>
    </message>
  </context>
  <context>
    <name>DpiaEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dpia.py" line="119" />
      <source>{0} of the 9 criteria met (Art. 35(1), WP248 rev.01).</source>
      <translation>Criterii îndeplinite: {0} din 9 (art. 35 alin. (1), WP248 rev.01).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dpia.py" line="137" />
      <source>8 weeks after sending (14 if extended), {0} (Art. 36(2)).</source>
      <translation>La 8 săptămâni de la trimitere (14 dacă termenul este prelungit), {0} (art. 36 alin. (2)).</translation>
    </message>
  </context>
  <context>
    <name>DpiaForm</name>
    <message>
      <location filename="../../forms/dpia.ui" line="14" />
      <source>Sections</source>
      <translation>Secțiuni</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="20" />
      <source>General</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="30" />
      <source>Screening (WP248)</source>
      <translation>Evaluare preliminară (WP248)</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="34" />
      <source>Tick each of the nine WP248 criteria the processing meets. Two or more: a DPIA is required in most cases. One: consider a DPIA and record why not (Art. 35(1), WP248 rev.01).</source>
      <translation>Bifați fiecare dintre cele nouă criterii WP248 pe care le îndeplinește prelucrarea. Două sau mai multe: în majoritatea cazurilor este necesară o EIPD. Unul: luați în considerare o EIPD și consemnați de ce nu o efectuați (art. 35 alin. (1), WP248 rev.01).</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="41" />
      <source>Screening verdict</source>
      <translation>Concluzia evaluării preliminare</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="72" />
      <source>Assessment</source>
      <translation>Evaluare</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="82" />
      <source>Risks and measures</source>
      <translation>Riscuri și măsuri</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="91" />
      <source>Risk matrix: before and after the measures</source>
      <translation>Matricea riscurilor: înainte și după măsuri</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="100" />
      <source>Risk matrix summary</source>
      <translation>Rezumatul matricei riscurilor</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="109" />
      <source>Advice and views</source>
      <translation>Avize și opinii</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="119" />
      <source>Outcome</source>
      <translation>Rezultat</translation>
    </message>
    <message>
      <location filename="../../forms/dpia.ui" line="129" />
      <source>Prior consultation (Art. 36)</source>
      <translation>Consultare prealabilă (art. 36)</translation>
    </message>
  </context>
  <context>
    <name>EditorWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="100" />
      <source>Fields marked * are required.</source>
      <translation>Câmpurile marcate cu * sunt obligatorii.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="104" />
      <source>The register is locked. Your changes are kept in this window; unlock the register to save them.</source>
      <translation>Registrul este blocat. Modificările dumneavoastră sunt păstrate în această fereastră; deblocați registrul pentru a le salva.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="115" />
      <source>Attachments</source>
      <translation>Atașamente</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="129" />
      <source>&amp;Report…</source>
      <translation>&amp;Raport…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="130" />
      <source>Make a PDF report of this record (saves it first)</source>
      <translation>Creează un raport PDF al acestei înregistrări (o salvează mai întâi)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="135" />
      <source>Close</source>
      <translation>Închide</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="136" />
      <source>Close this window (Esc); asks first if there are unsaved changes</source>
      <translation>Închide această fereastră (Esc); întreabă mai întâi dacă există modificări nesalvate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="138" />
      <source>Save and &amp;close</source>
      <translation>Salvează și în&amp;chide</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="140" />
      <source>&amp;Save</source>
      <translation>&amp;Salvează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="141" />
      <source>Save ({0})</source>
      <translation>Salvează ({0})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="156" />
      <source>Readers cannot change this register.</source>
      <translation>Cititorii nu pot modifica acest registru.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="216" />
      <source>New {0}</source>
      <translation>Înregistrare nouă: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="279" />
      <source>Register locked</source>
      <translation>Registru blocat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="280" />
      <source>The register is locked. Unlock it to save; your changes are kept in this window.</source>
      <translation>Registrul este blocat. Deblocați-l pentru a salva; modificările dumneavoastră sunt păstrate în această fereastră.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="305" />
      <source>Not saved</source>
      <translation>Nesalvat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="337" />
      <source>Unsaved changes</source>
      <translation>Modificări nesalvate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/base.py" line="338" />
      <source>“{0}” has changes that are not saved. Save them before closing?</source>
      <translation>„{0}” are modificări care nu sunt salvate. Le salvați înainte de închidere?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/summary.py" line="93" />
      <source>You can read this register but not change it: you are signed in as a reader. A manager can give you another role.</source>
      <translation>Puteți citi acest registru, dar nu îl puteți modifica: sunteți conectat ca cititor. Un manager vă poate atribui alt rol.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1983" />
      <source>%n problem(s) to fix before this can be saved:</source>
      <translation>
        <numerusform>%n problemă de rezolvat înainte de salvare:</numerusform>
        <numerusform>%n probleme de rezolvat înainte de salvare:</numerusform>
        <numerusform>%n de probleme de rezolvat înainte de salvare:</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/validation.py" line="46" />
      <source>{0}, row {1}: {2}</source>
      <translation>{0}, rândul {1}: {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/validation.py" line="55" />
      <source>Row {0}: {1}</source>
      <translation>Rândul {0}: {1}</translation>
    </message>
  </context>
  <context>
    <name>FieldForm</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/form.py" line="179" />
      <source>(required)</source>
      <translation>(obligatoriu)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/form.py" line="191" />
      <source>Problem</source>
      <translation>Problemă</translation>
    </message>
  </context>
  <context>
    <name>FiguresStep</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="87" />
      <source>Counting the year's figures…</source>
      <translation>Se numără cifrele anului…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="107" />
      <source>These figures cover {0}.</source>
      <translation>Aceste cifre acoperă {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="108" />
      <source>They are counted again each time you look; closing the review fixes them in the signed PDF.</source>
      <translation>Sunt numărate din nou de fiecare dată când le consultați; închiderea revizuirii le fixează în PDF-ul semnat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="109" />
      <source>They are the figures the review was signed with.</source>
      <translation>Sunt cifrele cu care a fost semnată revizuirea.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="112" />
      <source>Breaches (Art. 33–34)</source>
      <translation>Incidente de securitate (art. 33–34)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="117" />
      <source>All breaches</source>
      <translation>Toate incidentele</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="119" />
      <source>Cause</source>
      <translation>Cauză</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="119" />
      <source>Breaches</source>
      <translation>Incidente</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="119" />
      <source>Notified</source>
      <translation>Notificate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="119" />
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>On time</source>
      <translation>La timp</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="120" />
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="146" />
      <source>Late</source>
      <translation>Întârziate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="120" />
      <source>Not needed</source>
      <translation>Nenecesare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="120" />
      <source>To notify, not sent</source>
      <translation>De notificat, netrimise</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="121" />
      <source>Not decided yet</source>
      <translation>Nedecis încă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="123" />
      <source>Notified: to the supervisory authority, on time when within 72 hours (Art. 33(1)). Not needed: judged unlikely to result in a risk, documented only (Art. 33(5)), or a breach of a client's data, which the client notifies once we have told it (Art. 33(2)). The people affected were told in {0} of the {1} breaches (Art. 34).</source>
      <translation>Notificate: către autoritatea de supraveghere, la timp dacă în termen de 72 de ore (art. 33 alin. (1)). Nenecesare: considerate ca fiind puțin probabil să genereze un risc, doar documentate (art. 33 alin. (5)), sau o încălcare a datelor unui client, pe care clientul o notifică după ce l-am informat (art. 33 alin. (2)). Persoanele afectate au fost informate în {0} din cele {1} incidente (art. 34).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="128" />
      <source>No breach was recorded in this period.</source>
      <translation>Nu a fost consemnat niciun incident de securitate în această perioadă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="131" />
      <source>Breaches with a clock still running (Art. 33(1), 34(1))</source>
      <translation>Incidente cu un termen încă în curs (art. 33 alin. (1), art. 34 alin. (1))</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="137" />
      <source>Rights requests (Art. 12–22)</source>
      <translation>Cereri privind drepturile persoanelor vizate (art. 12–22)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="143" />
      <source>All requests</source>
      <translation>Toate cererile</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>Right</source>
      <translation>Dreptul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>Article</source>
      <translation>Articol</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>Requests</source>
      <translation>Cereri</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="145" />
      <source>Answered</source>
      <translation>Cu răspuns</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="146" />
      <source>Extended</source>
      <translation>Prelungite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="146" />
      <source>Still open</source>
      <translation>Încă deschise</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="146" />
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="180" />
      <source>Overdue</source>
      <translation>Depășite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="149" />
      <source>On time: answered by the due date, one month from receipt, or three when extended (Art. 12(3)).</source>
      <translation>La timp: răspuns până la termen, o lună de la primire sau trei luni dacă termenul a fost prelungit (art. 12 alin. (3)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="151" />
      <source>No rights request was received in this period.</source>
      <translation>Nu a fost primită nicio cerere privind drepturile persoanelor vizate în această perioadă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="154" />
      <source>Staff training (Art. 32(4))</source>
      <translation>Instruirea personalului (art. 32 alin. (4))</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="156" />
      <source>{0}% of staff have valid data protection training: {1} of {2}.</source>
      <translation>{0}% din personal are o instruire valabilă în protecția datelor: {1} din {2}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="160" />
      <source>Without valid training: {0}.</source>
      <translation>Fără instruire valabilă: {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="162" />
      <source>No staff are recorded yet.</source>
      <translation>Nu este consemnat încă niciun membru al personalului.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="165" />
      <source>Open findings</source>
      <translation>Constatări deschise</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="173" />
      <source>Nothing is overdue, due soon or missing: the checks found nothing to act on.</source>
      <translation>Nimic nu este depășit, cu termen apropiat sau lipsă: verificările nu au găsit nimic de rezolvat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="176" />
      <source>What the checks (the dashboard, and “atlas check”) find open today: {0} overdue, {1} due soon, {2} gaps.</source>
      <translation>Ce găsesc deschis astăzi verificările (tabloul de bord și „atlas check”): depășite: {0}, cu termen apropiat: {1}, lipsuri: {2}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="180" />
      <source>Due soon</source>
      <translation>Termen apropiat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="180" />
      <source>Gaps to fill</source>
      <translation>Lipsuri de completat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="190" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/figures_step.py" line="197" />
      <source>… and {0} more: the dashboard lists every one.</source>
      <translation>… și încă {0}: tabloul de bord le enumeră pe toate.</translation>
    </message>
  </context>
  <context>
    <name>GettingStarted</name>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="186" />
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="190" />
      <source>Getting started</source>
      <translation>Primii pași</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="191" />
      <source>Four first steps make this register useful. Each is ticked off as you do it; this list goes away once all are done.</source>
      <translation>Patru primi pași fac acest registru util. Fiecare este bifat pe măsură ce îl realizați; lista dispare după ce toți sunt finalizați.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="227" />
      <source>Done</source>
      <translation>Făcut</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dashboard_sections.py" line="227" />
      <source>To do</source>
      <translation>De făcut</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="45" />
      <source>Getting started</source>
      <translation>Primii pași</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="46" />
      <source>The registers</source>
      <translation>Registrele</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="49" />
      <source>Looking after the register</source>
      <translation>Întreținerea registrului</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="109" />
      <location filename="../../atlas_desktop/gui/help_window.py" line="250" />
      <source>Atlas Desktop help</source>
      <translation>Ajutor Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="113" />
      <source>Back</source>
      <translation>Înapoi</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="116" />
      <source>Forward</source>
      <translation>Înainte</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="117" />
      <source>Home</source>
      <translation>Acasă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="118" />
      <source>Back to the first page of the help</source>
      <translation>Înapoi la prima pagină a ajutorului</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="120" />
      <source>Find in this page ({0})</source>
      <translation>Caută în această pagină ({0})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="122" />
      <source>Find in this page</source>
      <translation>Caută în această pagină</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="127" />
      <source>Find result</source>
      <translation>Rezultatul căutării</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="136" />
      <source>Help contents</source>
      <translation>Cuprinsul ajutorului</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="145" />
      <source>Help page</source>
      <translation>Pagină de ajutor</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="220" />
      <source>The help pages are missing from this installation of Atlas Desktop. Install it again to get them back.</source>
      <translation>Paginile de ajutor lipsesc din această instalare Atlas Desktop. Reinstalați aplicația pentru a le recupera.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="250" />
      <source>{0} — Atlas Desktop help</source>
      <translation>{0} — Ajutor Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="286" />
      <source>Not found in this page</source>
      <translation>Nu a fost găsit în această pagină</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="324" />
      <location filename="../../atlas_desktop/gui/help_window.py" line="326" />
      <source>Help</source>
      <translation>Ajutor</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/help_window.py" line="325" />
      <source>What the law asks here, in plain words ({0})</source>
      <translation>Ce cere legea aici, în cuvinte simple ({0})</translation>
    </message>
  </context>
  <context>
    <name>IntWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/widgets.py" line="155" />
      <source>not set</source>
      <translation>nesetat</translation>
    </message>
  </context>
  <context>
    <name>ItemsStep</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="65" />
      <source>Items reviewed</source>
      <translation>Elemente revizuite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="67" />
      <source>&amp;Show only the items not reviewed yet</source>
      <translation>Afișează &amp;doar elementele nerevizuite încă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="74" />
      <source>Record</source>
      <translation>Înregistrare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="74" />
      <source>Decision</source>
      <translation>Decizie</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="74" />
      <source>Decided by</source>
      <translation>Decis de</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="74" />
      <source>When</source>
      <translation>Când</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="75" />
      <source>Note</source>
      <translation>Notă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="76" />
      <source>Items to review</source>
      <translation>Elemente de revizuit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="100" />
      <source>There is nothing to review: the register has no processing activities, processors, DPIAs, policies or purposes relying on consent yet.</source>
      <translation>Nu există nimic de revizuit: registrul nu are încă activități de prelucrare, persoane împuternicite, EIPD-uri, politici sau scopuri bazate pe consimțământ.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="107" />
      <source>&amp;Confirm unchanged</source>
      <translation>&amp;Confirmă fără modificări</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="108" />
      <source>The selected records are still true as they are</source>
      <translation>Înregistrările selectate sunt în continuare corecte așa cum sunt</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="109" />
      <source>&amp;Edit…</source>
      <translation>&amp;Editează…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="110" />
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="272" />
      <source>Open the record in its editor; saving a change marks it updated</source>
      <translation>Deschide înregistrarea în editorul ei; salvarea unei modificări o marchează ca actualizată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="111" />
      <source>&amp;Retire…</source>
      <translation>&amp;Retrage…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="112" />
      <source>The selected records no longer apply: they are kept in the history, but no longer active</source>
      <translation>Înregistrările selectate nu se mai aplică: sunt păstrate în istoric, dar nu mai sunt active</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="114" />
      <source>&amp;Undo confirmation</source>
      <translation>&amp;Anulează confirmarea</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="115" />
      <source>Take back “Confirmed unchanged” for the selected records</source>
      <translation>Retrage „Confirmat fără modificări” pentru înregistrările selectate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="116" />
      <source>Confirm &amp;all remaining…</source>
      <translation>Confirmă &amp;toate cele rămase…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="117" />
      <source>Confirm every item not reviewed yet as unchanged, except those that need your attention</source>
      <translation>Confirmă ca nemodificate toate elementele nerevizuite încă, cu excepția celor care necesită atenția dumneavoastră</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="156" />
      <source>{0} of {1} reviewed</source>
      <translation>{0} din {1} revizuite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="159" />
      <source>{0} confirmed unchanged · {1} updated · {2} retired · {3} not reviewed yet</source>
      <translation>Confirmate fără modificări: {0} · actualizate: {1} · retrase: {2} · nerevizuite încă: {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="163" />
      <source>&lt;b&gt;{0} need your attention&lt;/b&gt; (marked “Needs attention”): open each one, or confirm it with a note. “Confirm all remaining” leaves them to you.</source>
      <translation>&lt;b&gt;Necesită atenția dumneavoastră: {0}&lt;/b&gt; (marcate „Necesită atenție”): deschideți-le pe fiecare sau confirmați-le cu o notă. „Confirmă toate cele rămase” vi le lasă dumneavoastră.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="188" />
      <source>{0} — {1} of {2} reviewed</source>
      <translation>{0} — {1} din {2} revizuite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="198" />
      <source>In bulk</source>
      <translation>În bloc</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="207" />
      <source>Needs attention</source>
      <translation>Necesită atenție</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="246" />
      <source>Overdue</source>
      <translation>Depășite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="246" />
      <source>Breach clock running</source>
      <translation>Termen pentru incident în curs</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="247" />
      <source>Gap in the record</source>
      <translation>Lipsă în înregistrare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="262" />
      <source>Take back “Confirmed unchanged” for the selected records. To undo a retirement, open the record (Edit…) and set its status back: it then counts as updated.</source>
      <translation>Retrage „Confirmat fără modificări” pentru înregistrările selectate. Pentru a anula o retragere, deschideți înregistrarea (Editează…) și readuceți-i starea anterioară: atunci este numărată ca actualizată.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="268" />
      <source>Consent purposes have no editor of their own: this shows the consent records for this purpose on the Consents page. Changing any of them marks the purpose as updated.</source>
      <translation>Scopurile bazate pe consimțământ nu au un editor propriu: aici sunt afișate înregistrările de consimțământ pentru acest scop, pe pagina Consimțăminte. Modificarea oricăreia dintre ele marchează scopul ca actualizat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="294" />
      <source>Confirm unchanged</source>
      <translation>Confirmă fără modificări</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="308" />
      <source>Undo confirmation</source>
      <translation>Anulează confirmarea</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="319" />
      <source>Retire</source>
      <translation>Retrage</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="326" />
      <source>Confirm the {0} items not reviewed yet as unchanged?

Do this only once you have checked that each one is still true. You can undo a confirmation until the review is closed.</source>
      <translation>Confirmați ca nemodificate elementele nerevizuite încă ({0})?

Faceți acest lucru doar după ce ați verificat că fiecare este în continuare corect. Puteți anula o confirmare până la închiderea revizuirii.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="330" />
      <source>{0} more need your attention and are left for you: open each one, or confirm it with a note.</source>
      <translation>Încă {0} necesită atenția dumneavoastră și vă sunt lăsate: deschideți-le pe fiecare sau confirmați-le cu o notă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="332" />
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="333" />
      <source>Confirm all remaining</source>
      <translation>Confirmă toate cele rămase</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/items_step.py" line="332" />
      <source>Confirm all</source>
      <translation>Confirmă tot</translation>
    </message>
  </context>
  <context>
    <name>LinkWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/choices.py" line="148" />
      <source>#{0} (no longer in the register)</source>
      <translation>#{0} (nu mai există în registru)</translation>
    </message>
  </context>
  <context>
    <name>LinksWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="190" />
      <source>Search {0}…</source>
      <translation>Caută {0}…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="192" />
      <source>Search {0}</source>
      <translation>Caută {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="211" />
      <source>#{0} (no longer in the register)</source>
      <translation>#{0} (nu mai există în registru)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="230" />
      <source>{0} selected</source>
      <translation>{0} selectate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="231" />
      <source>There are no {0} yet.</source>
      <translation>Nu există încă {0}.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="45" />
      <source>Dashboard</source>
      <translation>Tablou de bord</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="46" />
      <source>Processing activities</source>
      <translation>Activități de prelucrare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="47" />
      <source>Processors</source>
      <translation>Persoane împuternicite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="48" />
      <source>DPIAs</source>
      <translation>EIPD-uri</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="49" />
      <source>Breaches</source>
      <translation>Incidente</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="50" />
      <source>Rights requests</source>
      <translation>Cereri privind drepturile</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="51" />
      <source>Consents</source>
      <translation>Consimțăminte</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="52" />
      <source>Staff &amp; training</source>
      <translation>Personal și instruire</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="53" />
      <source>Policies</source>
      <translation>Politici</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="54" />
      <source>Annual reviews</source>
      <translation>Revizuiri anuale</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="55" />
      <source>Audit log</source>
      <translation>Jurnal de audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="57" />
      <source>People</source>
      <translation>Persoane</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="96" />
      <source>Registers</source>
      <translation>Registre</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="267" />
      <source>Atlas Desktop — locked</source>
      <translation>Atlas Desktop — blocat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="270" />
      <source>{0} — Atlas Desktop</source>
      <translation>{0} — Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="277" />
      <source>Signed in as {0} ({1}) · {2}</source>
      <translation>Conectat ca {0} ({1}) · {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="280" />
      <source>Outbox on this computer · encrypted · for {0}</source>
      <translation>Căsuță de ieșire pe acest computer · criptată · pentru {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/mainwindow.py" line="281" />
      <source>Register: {0} · encrypted</source>
      <translation>Registru: {0} · criptat</translation>
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="54" />
      <source>Confirm with a note</source>
      <translation>Confirmă cu o notă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="58" />
      <source>This record needs your attention before you confirm it unchanged:</source>
      <translation>Această înregistrare necesită atenția dumneavoastră înainte de a o confirma ca nemodificată:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="66" />
      <source>…and {0} more.</source>
      <translation>…și încă {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="68" />
      <source>If it is right as it is, say why in a note: the note, your name and the time are kept with the decision and printed in the signed review. Otherwise, cancel and open the record to put it right.</source>
      <translation>Dacă este corectă așa cum este, explicați motivul într-o notă: nota, numele dumneavoastră și ora sunt păstrate împreună cu decizia și tipărite în revizuirea semnată. Altfel, anulați și deschideți înregistrarea pentru a o corecta.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="71" />
      <source>For example: the contract was renewed in May; the new date is being added</source>
      <translation>De exemplu: contractul a fost reînnoit în mai; noua dată este în curs de adăugare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="73" />
      <source>Why it stands as it is (required)</source>
      <translation>De ce rămâne așa cum este (obligatoriu)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="74" />
      <source>&amp;Why it stands as it is (required):</source>
      <translation>&amp;De ce rămâne așa cum este (obligatoriu):</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="79" />
      <source>Confirm with this note</source>
      <translation>Confirmă cu această notă</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1984" />
      <source>These %n record(s) need your attention before you confirm them unchanged:</source>
      <translation>
        <numerusform>Această înregistrare (%n) necesită atenția dumneavoastră înainte de a o confirma fără modificări:</numerusform>
        <numerusform>Aceste %n înregistrări necesită atenția dumneavoastră înainte de a le confirma fără modificări:</numerusform>
        <numerusform>Aceste %n de înregistrări necesită atenția dumneavoastră înainte de a le confirma fără modificări:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>NoticePanel</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="57" />
      <source>Overdue</source>
      <translation>Depășite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="57" />
      <source>Attention</source>
      <translation>Atenție</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="58" />
      <source>Done</source>
      <translation>Făcut</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="58" />
      <source>Information</source>
      <translation>Informație</translation>
    </message>
  </context>
  <context>
    <name>OrganisationEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="94" />
      <source>Do you need a DPO? (Art. 37)</source>
      <translation>Aveți nevoie de un responsabil cu protecția datelor (DPO)? (art. 37)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="95" />
      <source>Must you keep a record of processing? (Art. 30(5))</source>
      <translation>Trebuie să țineți evidența activităților de prelucrare? (art. 30 alin. (5))</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/judgements.py" line="140" />
      <source>You have one: their details go under “Data protection contact”.</source>
      <translation>Aveți unul: datele acestuia se completează la „Contact pentru protecția datelor”.</translation>
    </message>
  </context>
  <context>
    <name>Outbox</name>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1985" />
      <source>%n breach(es)</source>
      <translation>
        <numerusform>%n incident de securitate</numerusform>
        <numerusform>%n incidente de securitate</numerusform>
        <numerusform>%n de incidente de securitate</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1986" />
      <source>%n breach(es) logged offline on this computer (is|are) waiting to be sent to this team register.</source>
      <translation>
        <numerusform>%n incident de securitate consemnat offline pe acest computer așteaptă să fie trimis în acest registru de echipă.</numerusform>
        <numerusform>%n incidente de securitate consemnate offline pe acest computer așteaptă să fie trimise în acest registru de echipă.</numerusform>
        <numerusform>%n de incidente de securitate consemnate offline pe acest computer așteaptă să fie trimise în acest registru de echipă.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="60" />
      <source>A breach cannot wait for the network: the 72-hour clock runs from when you became aware of it. You can log it now in the outbox on this computer (encrypted with your password); it is sent to the team register the next time you sign in.</source>
      <translation>Un incident de securitate nu poate aștepta rețeaua: termenul de 72 de ore curge din momentul în care ați luat cunoștință de el. Îl puteți consemna acum în căsuța de ieșire de pe acest computer (criptată cu parola dumneavoastră); este trimis în registrul de echipă la următoarea conectare.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="66" />
      <source>&amp;Log a breach offline</source>
      <translation>&amp;Consemnează un incident offline</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="67" />
      <source>Log a breach offline</source>
      <translation>Consemnează un incident offline</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="68" />
      <source>Open the outbox on this computer: only breaches can be logged there.</source>
      <translation>Deschide căsuța de ieșire de pe acest computer: acolo pot fi consemnate doar incidente de securitate.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="81" />
      <source>Sign &amp;in to send them…</source>
      <translation>Co&amp;nectați-vă pentru a le trimite…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="82" />
      <source>Outbox on this computer: breaches logged here are sent to {0} when it can be reached.</source>
      <translation>Căsuța de ieșire de pe acest computer: incidentele consemnate aici sunt trimise către {0} când acesta poate fi contactat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="84" />
      <source>Sign in to the team register: the breaches waiting here are then offered for sending.</source>
      <translation>Conectați-vă la registrul de echipă: incidentele care așteaptă aici vă sunt apoi propuse pentru trimitere.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="86" />
      <source>Outbox on this computer</source>
      <translation>Căsuța de ieșire de pe acest computer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="95" />
      <source>&amp;Send now</source>
      <translation>&amp;Trimite acum</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="97" />
      <source>Send the breaches logged offline now</source>
      <translation>Trimite acum incidentele consemnate offline</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="98" />
      <source>Send them to the team register with the times they were logged, so their 72-hour clocks are unchanged.</source>
      <translation>Le trimite în registrul de echipă cu orele la care au fost consemnate, astfel încât termenele lor de 72 de ore să rămână neschimbate.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="104" />
      <source>1 breach logged offline on this computer is waiting to be sent to this team register.</source>
      <translation>Un incident consemnat offline pe acest computer așteaptă să fie trimis în acest registru de echipă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="143" />
      <source>Breaches logged offline may be waiting on this computer, but the outbox did not open: {0}</source>
      <translation>Este posibil ca pe acest computer să aștepte incidente consemnate offline, dar căsuța de ieșire nu s-a deschis: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="146" />
      <source>Looking for breaches logged offline</source>
      <translation>Se caută incidentele consemnate offline</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="162" />
      <source>Sending the breaches logged offline…</source>
      <translation>Se trimit incidentele consemnate offline…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="177" />
      <source>{0} sent to the team register, with the time it was logged: its 72-hour clock is unchanged.</source>
      <translation>{0} trimis în registrul de echipă, cu ora la care a fost consemnat: termenul său de 72 de ore rămâne neschimbat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="178" />
      <source>{0} sent to the team register, each with the time it was logged: their 72-hour clocks are unchanged.</source>
      <translation>{0} trimise în registrul de echipă, fiecare cu ora la care a fost consemnat: termenele lor de 72 de ore rămân neschimbate.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="182" />
      <source>{0} still waiting in the outbox.</source>
      <translation>{0} încă în așteptare în căsuța de ieșire.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="183" />
      <source>Breaches sent</source>
      <translation>Incidente trimise</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="189" />
      <source>Not all breaches were sent</source>
      <translation>Nu au fost trimise toate incidentele</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="189" />
      <source>{0} What was not sent is still in the outbox on this computer: try again later.</source>
      <translation>{0} Ce nu a fost trimis se află în continuare în căsuța de ieșire de pe acest computer: încercați din nou mai târziu.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_outbox.py" line="193" />
      <source>Sending breaches</source>
      <translation>Se trimit incidentele</translation>
    </message>
  </context>
  <context>
    <name>People</name>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="37" />
      <source>Manager</source>
      <translation>Manager</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="38" />
      <source>adds and removes people, and changes records</source>
      <translation>adaugă și elimină persoane și modifică înregistrări</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="39" />
      <source>Editor</source>
      <translation>Editor</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="39" />
      <source>adds and changes records</source>
      <translation>adaugă și modifică înregistrări</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="40" />
      <source>Reader</source>
      <translation>Cititor</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="40" />
      <source>reads the register only</source>
      <translation>doar citește registrul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="125" />
      <source>Name</source>
      <translation>Nume</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="125" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="126" />
      <source>Can sign in</source>
      <translation>Se poate conecta</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="126" />
      <source>Has key</source>
      <translation>Are cheie</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="53" />
      <source>Yes</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="53" />
      <source>No</source>
      <translation>Nu</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="64" />
      <source>Change {0}'s role</source>
      <translation>Schimbă rolul lui {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="64" />
      <source>Add a person</source>
      <translation>Adaugă o persoană</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="66" />
      <source>The new role applies at once. Their copy of the team key is made again, so they also get a new password: give it to them in person.</source>
      <translation>Noul rol se aplică imediat. Copia sa a cheii echipei este refăcută, așa că primește și o parolă nouă: înmânați-i-o personal.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="68" />
      <source>They sign in with this name and password, and get their own copy of the team key. Every change they make is recorded under their name.</source>
      <translation>Persoana se conectează cu acest nume și această parolă și primește propria copie a cheii echipei. Fiecare modificare pe care o face este consemnată sub numele său.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="75" />
      <source>Sign-in name</source>
      <translation>Nume de conectare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="76" />
      <source>e.g. ana.pop</source>
      <translation>de ex. ana.pop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="77" />
      <source>2 to 41 lower-case letters, digits, '.', '-' or '_', starting with a letter.</source>
      <translation>Între 2 și 41 de litere mici, cifre, „.”, „-” sau „_”, începând cu o literă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="79" />
      <source>Sign-in &amp;name:</source>
      <translation>&amp;Nume de conectare:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="85" />
      <source>&amp;Role:</source>
      <translation>&amp;Rol:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="87" />
      <source>Their password:</source>
      <translation>Parola persoanei:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="87" />
      <source>Their new password:</source>
      <translation>Noua parolă a persoanei:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="93" />
      <source>&amp;Change role</source>
      <translation>&amp;Schimbă rolul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="94" />
      <source>&amp;Add person</source>
      <translation>&amp;Adaugă persoana</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="104" />
      <source>Type their sign-in name.</source>
      <translation>Tastați numele de conectare al persoanei.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="114" />
      <source>Changing {0}'s role…</source>
      <translation>Se schimbă rolul lui {0}…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="114" />
      <source>Adding {0}…</source>
      <translation>Se adaugă {0}…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="133" />
      <source>People</source>
      <translation>Persoane</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="140" />
      <source>Who can sign in to this team register, and what each may do: managers add and remove people and change records, editors add and change records, readers only read. “Can sign in”: the server lets them in. “Has key”: they hold their copy of the team key, without which they cannot open the register.</source>
      <translation>Cine se poate conecta la acest registru de echipă și ce poate face fiecare: managerii adaugă și elimină persoane și modifică înregistrări, editorii adaugă și modifică înregistrări, cititorii doar citesc. „Se poate conecta”: serverul îi permite accesul. „Are cheie”: deține propria copie a cheii echipei, fără de care nu poate deschide registrul.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="148" />
      <source>People in this team register</source>
      <translation>Persoanele din acest registru de echipă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="161" />
      <source>&amp;Add person…</source>
      <translation>&amp;Adaugă persoană…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="162" />
      <source>Let someone sign in: their name, role and first password.</source>
      <translation>Permiteți cuiva să se conecteze: numele, rolul și prima parolă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="163" />
      <source>Change &amp;role…</source>
      <translation>Schimbă &amp;rolul…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="164" />
      <location filename="../../atlas_desktop/gui/team_people.py" line="225" />
      <source>Give the selected person another role (and a new password).</source>
      <translation>Atribuiți persoanei selectate alt rol (și o parolă nouă).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="165" />
      <source>Re&amp;move…</source>
      <translation>&amp;Elimină…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="166" />
      <location filename="../../atlas_desktop/gui/team_people.py" line="226" />
      <source>The selected person can no longer sign in; what they recorded stays.</source>
      <translation>Persoana selectată nu se mai poate conecta; ce a consemnat rămâne.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="198" />
      <source> (you)</source>
      <translation> (dumneavoastră)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="207" />
      <source>1 person.</source>
      <translation>1 persoană.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="207" />
      <source>{0} people.</source>
      <translation>{0} persoane.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="224" />
      <source>You cannot change your own role or remove yourself: ask another manager.</source>
      <translation>Nu vă puteți schimba propriul rol și nici nu vă puteți elimina: cereți acest lucru altui manager.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="258" />
      <location filename="../../atlas_desktop/gui/team_people.py" line="261" />
      <source>Remove {0}</source>
      <translation>Eliminare: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="259" />
      <source>{0} will no longer be able to sign in to this team register, and their copy of the team key is deleted. What they recorded, and the audit trail naming them, stay.</source>
      <translation>{0} nu se va mai putea conecta la acest registru de echipă, iar copia sa a cheii echipei este ștearsă. Ce a consemnat și jurnalul de audit care îl numește rămân.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="269" />
      <source>Removing {0}…</source>
      <translation>Se elimină {0}…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_people.py" line="270" />
      <source>{0} was not removed</source>
      <translation>{0} nu a fost eliminat</translation>
    </message>
  </context>
  <context>
    <name>ProblemBox</name>
    <message>
      <location filename="../../atlas_desktop/gui/problem_box.py" line="32" />
      <source>Problem</source>
      <translation>Problemă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/problem_box.py" line="36" />
      <source>Problem details</source>
      <translation>Detaliile problemei</translation>
    </message>
  </context>
  <context>
    <name>ProblemSummary</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/summary.py" line="32" />
      <source>Problems</source>
      <translation>Probleme</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/summary.py" line="42" />
      <source>Problems to fix</source>
      <translation>Probleme de rezolvat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/summary.py" line="56" />
      <source>Go to this field</source>
      <translation>Mergi la acest câmp</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1959" />
      <source>&amp;Undo</source>
      <translation>&amp;Anulează</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1960" />
      <source>&amp;Redo</source>
      <translation>&amp;Refă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1961" />
      <source>Cu&amp;t</source>
      <translation>&amp;Taie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1962" />
      <source>&amp;Copy</source>
      <translation>&amp;Copiază</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1963" />
      <source>&amp;Paste</source>
      <translation>&amp;Lipește</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1964" />
      <source>Delete</source>
      <translation>Șterge</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1965" />
      <source>Select All</source>
      <translation>Selectează tot</translation>
    </message>
  </context>
  <context>
    <name>QObject</name>
    <message>
      <location filename="../../atlas_desktop/gui/tasks.py" line="79" />
      <source>Cancel</source>
      <translation>Anulează</translation>
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
      <translation>Salvează</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1934" />
      <source>Save All</source>
      <translation>Salvează tot</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1935" />
      <source>Open</source>
      <translation>Deschide</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1936" />
      <source>&amp;Yes</source>
      <translation>&amp;Da</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1937" />
      <source>Yes to &amp;All</source>
      <translation>Da la &amp;toate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1938" />
      <source>&amp;No</source>
      <translation>&amp;Nu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1939" />
      <source>N&amp;o to All</source>
      <translation>N&amp;u la toate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1940" />
      <source>Abort</source>
      <translation>Abandonează</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1941" />
      <source>Retry</source>
      <translation>Reîncearcă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1942" />
      <source>Ignore</source>
      <translation>Ignoră</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1943" />
      <source>Close</source>
      <translation>Închide</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1944" />
      <source>Cancel</source>
      <translation>Anulează</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1945" />
      <source>Discard</source>
      <translation>Nu salva</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1946" />
      <source>Help</source>
      <translation>Ajutor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1947" />
      <source>Apply</source>
      <translation>Aplică</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1948" />
      <source>Reset</source>
      <translation>Resetează</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1949" />
      <source>Restore Defaults</source>
      <translation>Restabilește valorile implicite</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1966" />
      <source>&amp;Undo</source>
      <translation>&amp;Anulează</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1967" />
      <source>&amp;Redo</source>
      <translation>&amp;Refă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1968" />
      <source>Cu&amp;t</source>
      <translation>&amp;Taie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1969" />
      <source>&amp;Copy</source>
      <translation>&amp;Copiază</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1970" />
      <source>Copy &amp;Link Location</source>
      <translation>Copiază adresa &amp;legăturii</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1971" />
      <source>&amp;Paste</source>
      <translation>&amp;Lipește</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1972" />
      <source>Delete</source>
      <translation>Șterge</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1973" />
      <source>Select All</source>
      <translation>Selectează tot</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1950" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; Înap&amp;oi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1951" />
      <source>&amp;Next &gt;</source>
      <translation>Î&amp;nainte &gt;</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1952" />
      <source>&amp;Finish</source>
      <translation>&amp;Finalizează</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1953" />
      <source>Cancel</source>
      <translation>Anulează</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1954" />
      <source>&amp;Help</source>
      <translation>A&amp;jutor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1955" />
      <source>Go Back</source>
      <translation>Înapoi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1956" />
      <source>Continue</source>
      <translation>Continuă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1957" />
      <source>Commit</source>
      <translation>Confirmă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1958" />
      <source>Done</source>
      <translation>Făcut</translation>
    </message>
  </context>
  <context>
    <name>RecordTableModel</name>
    <message>
      <location filename="../../atlas_desktop/gui/tablemodel.py" line="353" />
      <source>Nothing due</source>
      <translation>Niciun termen</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tablerows.py" line="66" />
      <source>Overdue</source>
      <translation>Depășite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tablerows.py" line="68" />
      <source>Due soon</source>
      <translation>Termen apropiat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tableheader.py" line="35" />
      <source>Attention</source>
      <translation>Atenție</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tableheader.py" line="37" />
      <source>{0} (weekends only)</source>
      <translation>{0} (doar weekenduri)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tableheader.py" line="41" />
      <source>Overdue or due soon, judged as the dashboard judges it. Sorting by this column sorts by the deadline.</source>
      <translation>Depășit sau cu termen apropiat, evaluat la fel ca în tabloul de bord. Sortarea după această coloană sortează după termen.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tableheader.py" line="45" />
      <source>The dates shown are {0}.</source>
      <translation>Datele afișate sunt calculate {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tablerows.py" line="247" />
      <source>Yes</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/tablerows.py" line="247" />
      <source>No</source>
      <translation>Nu</translation>
    </message>
  </context>
  <context>
    <name>RegisterView</name>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="111" />
      <source>&amp;New</source>
      <translation>&amp;Nou</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="112" />
      <source>Add a new {0} (Ctrl+N)</source>
      <translation>Adaugă o înregistrare nouă: {0} (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="113" />
      <source>Ed&amp;it</source>
      <translation>&amp;Editează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="115" />
      <source>Open the selected {0} (Enter or double-click)</source>
      <translation>Deschide înregistrarea selectată: {0} (Enter sau dublu clic)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="116" />
      <source>D&amp;uplicate</source>
      <translation>&amp;Duplică</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="118" />
      <source>Copy the selected {0} as a new one (Ctrl+D)</source>
      <translation>Copiază înregistrarea selectată ({0}) ca una nouă (Ctrl+D)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="120" />
      <source>De&amp;lete</source>
      <translation>Șter&amp;ge</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="121" />
      <source>Delete the selected {0} (Delete)</source>
      <translation>Șterge înregistrarea selectată: {0} (Delete)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="144" />
      <source>Filter…</source>
      <translation>Filtrează…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="146" />
      <source>Filter {0}</source>
      <translation>Filtrează: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="147" />
      <source>Show only records containing this text (Ctrl+F)</source>
      <translation>Afișează doar înregistrările care conțin acest text (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="152" />
      <source>All</source>
      <translation>Toate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="158" />
      <source>&amp;{0}:</source>
      <translation>&amp;{0}:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="160" />
      <source>Show {0}</source>
      <translation>Afișează: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="168" />
      <source>Number of records shown</source>
      <translation>Numărul de înregistrări afișate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="241" />
      <source>Could not duplicate</source>
      <translation>Duplicarea nu a reușit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="255" />
      <location filename="../../atlas_desktop/gui/registerview.py" line="267" />
      <source>Could not delete</source>
      <translation>Ștergerea nu a reușit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="260" />
      <source>Delete the {0} "{1}"?

Its attachments are deleted too. The audit trail keeps a record of the deletion.</source>
      <translation>Ștergeți înregistrarea „{1}” ({0})?

Atașamentele ei sunt șterse și ele. Jurnalul de audit păstrează o evidență a ștergerii.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="262" />
      <source>Delete {0}</source>
      <translation>Ștergere: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/registerview.py" line="262" />
      <source>Delete</source>
      <translation>Șterge</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_count.py" line="30" />
      <source>Type at least {0} characters to search {1} {2}</source>
      <translation>Tastați cel puțin {0} caractere pentru a căuta în {1} {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_count.py" line="33" />
      <source>{0} {1}</source>
      <translation>{0} {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_count.py" line="35" />
      <source>{0} of {1} {2}</source>
      <translation>{0} din {1} {2}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="26" />
      <source>No {0} yet</source>
      <translation>Încă nu există {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="29" />
      <source>There are no {0} yet. To record the first one, choose New (Ctrl+N).</source>
      <translation>Nu există încă {0}. Pentru a adăuga prima înregistrare, alegeți „Nou” (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="35" />
      <source>New {0}…</source>
      <translation>Înregistrare nouă: {0}…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="59" />
      <source>There are no {0} yet. Most offices do some of those below: tick yours, and Atlas adds each one filled in with the usual lawful basis, data, recipients and retention, as a starting point to check and adjust. Or start from scratch (Ctrl+N).</source>
      <translation>Nu există încă {0}. Majoritatea birourilor desfășoară unele dintre cele de mai jos: bifați-le pe ale dumneavoastră, iar Atlas o adaugă pe fiecare completată cu temeiul juridic, datele, destinatarii și perioada de stocare obișnuite, ca punct de plecare pe care îl verificați și îl ajustați. Sau porniți de la zero (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/register_empty.py" line="62" />
      <source>Start from scratch…</source>
      <translation>Pornește de la zero…</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1987" />
      <source>Audit trail: %n entr(y|ies), and its last entry matches the one recorded when the backup was made. {0}</source>
      <translation>
        <numerusform>Jurnal de audit: %n intrare, iar ultima intrare corespunde celei consemnate la realizarea copiei de rezervă. {0}</numerusform>
        <numerusform>Jurnal de audit: %n intrări, iar ultima intrare corespunde celei consemnate la realizarea copiei de rezervă. {0}</numerusform>
        <numerusform>Jurnal de audit: %n de intrări, iar ultima intrare corespunde celei consemnate la realizarea copiei de rezervă. {0}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="289" />
      <source>Atlas backups (*.atlasbak)</source>
      <translation>Copii de rezervă Atlas (*.atlasbak)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="288" />
      <source>Choose a backup to restore</source>
      <translation>Alegeți o copie de rezervă de restaurat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="334" />
      <source>Restore</source>
      <translation>Restaurează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="349" />
      <source>Checking and restoring the backup…</source>
      <translation>Se verifică și se restaurează copia de rezervă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="349" />
      <source>Restoring the key file…</source>
      <translation>Se restaurează fișierul cheie…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="379" />
      <source>Nothing was restored</source>
      <translation>Nu a fost restaurat nimic</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="81" />
      <source>Kept before a restore</source>
      <translation>Păstrată înainte de o restaurare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="83" />
      <source>Before an upgrade</source>
      <translation>Înainte de o actualizare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="85" />
      <source>Automatic</source>
      <translation>Automată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="86" />
      <source>Made by hand</source>
      <translation>Făcută manual</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="86" />
      <source>Chosen file</source>
      <translation>Fișier ales</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="94" />
      <source>{0} KB</source>
      <translation>{0} KB</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="95" />
      <source>{0:.1f} MB</source>
      <translation>{0:.1f} MB</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="120" />
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="334" />
      <source>Restore from a backup</source>
      <translation>Restaurare dintr-o copie de rezervă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="130" />
      <source>Choose a backup to put in place of “{0}”. Everything saved after the backup was made is replaced by what the backup holds. Nothing is lost: the register as it is now is first kept as a backup in {1}.</source>
      <translation>Alegeți o copie de rezervă care să fie pusă în locul registrului „{0}”. Tot ce a fost salvat după crearea copiei de rezervă este înlocuit cu ce conține copia. Nu se pierde nimic: registrul, așa cum este acum, este păstrat mai întâi ca o copie de rezervă în {1}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="136" />
      <source>Made</source>
      <translation>Creată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="136" />
      <source>Kind</source>
      <translation>Tip</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="136" />
      <source>Size</source>
      <translation>Dimensiune</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="136" />
      <source>Check</source>
      <translation>Verificare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="145" />
      <source>Backups of this register</source>
      <translation>Copiile de rezervă ale acestui registru</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="149" />
      <source>No backup of this register was found in {0}. If you keep backups elsewhere, choose one with “Choose another file…”.</source>
      <translation>Nu a fost găsită nicio copie de rezervă a acestui registru în {0}. Dacă păstrați copii de rezervă în altă parte, alegeți una cu „Alege alt fișier…”.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="157" />
      <source>About the chosen backup</source>
      <translation>Despre copia de rezervă aleasă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="161" />
      <source>Restore only the &amp;key file</source>
      <translation>Restaurează doar fișierul &amp;cheie</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="163" />
      <source>For a damaged or missing key file: the register's data is not touched, and it then opens with the passphrase of the backup's time.</source>
      <translation>Pentru un fișier cheie deteriorat sau lipsă: datele registrului nu sunt atinse, iar registrul se deschide apoi cu fraza de acces din momentul copiei de rezervă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="175" />
      <source>Choose another &amp;file…</source>
      <translation>Alege alt &amp;fișier…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="180" />
      <source>R&amp;estore…</source>
      <translation>R&amp;estaurează…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="203" />
      <source>Checking…</source>
      <translation>Se verifică…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="203" />
      <source>✓ Verified</source>
      <translation>✓ Verificată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="203" />
      <source>Cannot be restored</source>
      <translation>Nu poate fi restaurată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="234" />
      <source>Checking the backup…</source>
      <translation>Se verifică copia de rezervă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="247" />
      <source>Its history is not part of the register's current one (it differs from entry {0} on, for example after an earlier restore).</source>
      <translation>Istoricul ei nu face parte din istoricul actual al registrului (diferă începând cu intrarea {0}, de exemplu după o restaurare anterioară).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="249" />
      <source>The register's current audit trail holds the same first {0} entries; {1} were added since.</source>
      <translation>Jurnalul de audit actual al registrului conține aceleași prime intrări ({0}); de atunci au fost adăugate încă {1}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="266" />
      <source>File: {0}</source>
      <translation>Fișier: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="268" />
      <source>Made: {0} (this computer's time), a backup of “{1}”</source>
      <translation>Creată: {0} (ora acestui computer), o copie de rezervă a registrului „{1}”</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="271" />
      <source>Checking it now…</source>
      <translation>Se verifică acum…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="276" />
      <source>✓ Verified: its contents match its manifest, and the database passed both integrity checks and the audit-chain check.</source>
      <translation>✓ Verificată: conținutul corespunde manifestului, iar baza de date a trecut ambele verificări de integritate și verificarea lanțului de audit.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="279" />
      <source>It cannot be restored: {0}</source>
      <translation>Nu poate fi restaurată: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="306" />
      <source>{0} is a backup of another register, not of “{1}”.</source>
      <translation>{0} este o copie de rezervă a altui registru, nu a registrului „{1}”.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="328" />
      <source>Replace the key file of “{0}” with the one in the backup made {1}? The register's data is not touched; afterwards it opens with the passphrase and recovery key of that time. The current key file is kept beside it.</source>
      <translation>Înlocuiți fișierul cheie al registrului „{0}” cu cel din copia de rezervă creată la {1}? Datele registrului nu sunt atinse; după aceea, registrul se deschide cu fraza de acces și cheia de recuperare din acel moment. Fișierul cheie actual este păstrat alături.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="331" />
      <source>Replace “{0}” with the backup made {1}? Everything saved since then is replaced. The register as it is now is first kept as a backup in {2}, and the register is closed and opened again.</source>
      <translation>Înlocuiți „{0}” cu copia de rezervă creată la {1}? Tot ce a fost salvat de atunci este înlocuit. Registrul, așa cum este acum, este păstrat mai întâi ca o copie de rezervă în {2}, iar registrul este închis și redeschis.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="338" />
      <source>Checking the passphrase of the backup…</source>
      <translation>Se verifică fraza de acces a copiei de rezervă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="363" />
      <source>Restoring…</source>
      <translation>Se restaurează…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restore_dialog.py" line="381" />
      <source>The register is as it was; it opens again when you close this window.</source>
      <translation>Registrul este așa cum era; se redeschide când închideți această fereastră.</translation>
    </message>
  </context>
  <context>
    <name>RetireDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="22" />
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="39" />
      <source>Retire</source>
      <translation>Retrage</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="26" />
      <source>and {0} more</source>
      <translation>și încă {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="27" />
      <source>Retire {0}?</source>
      <translation>Retrageți {0}?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="32" />
      <source>For example: the contract ended in March</source>
      <translation>De exemplu: contractul s-a încheiat în martie</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="33" />
      <source>Why it is retired (optional)</source>
      <translation>De ce este retras (opțional)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/item_dialogs.py" line="34" />
      <source>&amp;Why (optional):</source>
      <translation>&amp;De ce (opțional):</translation>
    </message>
  </context>
  <context>
    <name>ReverseLinksWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="280" />
      <source>Linked from each {0}'s “{1}”; double-click one to open it.</source>
      <translation>Legat din câmpul „{1}” al fiecărei înregistrări de tip {0}; faceți dublu clic pe una pentru a o deschide.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="297" />
      <source>None yet</source>
      <translation>Încă niciuna</translation>
    </message>
  </context>
  <context>
    <name>ReviewWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="60" />
      <location filename="../../atlas_desktop/gui/review/window.py" line="226" />
      <source>Annual data protection review</source>
      <translation>Revizuirea anuală a protecției datelor</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="69" />
      <source>Every decision is saved as you make it. Pause whenever you like: close this window and carry on later, even after a lock or on another day.</source>
      <translation>Fiecare decizie este salvată pe măsură ce o luați. Faceți o pauză oricând doriți: închideți această fereastră și continuați mai târziu, chiar și după o blocare sau în altă zi.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="71" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; Înap&amp;oi</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="73" />
      <source>&amp;Next &gt;</source>
      <translation>Î&amp;nainte &gt;</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="75" />
      <location filename="../../atlas_desktop/gui/review/window.py" line="198" />
      <source>&amp;Pause</source>
      <translation>&amp;Pauză</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="76" />
      <source>Close this window; the review keeps every decision made so far</source>
      <translation>Închide această fereastră; revizuirea păstrează toate deciziile luate până acum</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="110" />
      <source>&amp;Start the review</source>
      <translation>Începe &amp;revizuirea</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="131" />
      <source>Steps of the review</source>
      <translation>Pașii revizuirii</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="170" />
      <location filename="../../atlas_desktop/gui/review/window.py" line="225" />
      <source>Annual review</source>
      <translation>Revizuire anuală</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="183" />
      <source>In progress</source>
      <translation>În curs</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="183" />
      <source>Closed</source>
      <translation>Închis</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="184" />
      <source>{0} · started {1} by {2} · the figures cover {3}</source>
      <translation>{0} · începută la {1} de {2} · cifrele acoperă {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="190" />
      <source>1. Records ({0} of {1})</source>
      <translation>1. Înregistrări ({0} din {1})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="190" />
      <source>2. The year's figures</source>
      <translation>2. Cifrele anului</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="191" />
      <source>3. Changes since last time</source>
      <translation>3. Modificări de data trecută</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="192" />
      <source>4. Close and sign</source>
      <translation>4. Închidere și semnare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="192" />
      <source>4. Review pack</source>
      <translation>4. Pachetul revizuirii</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="198" />
      <location filename="../../atlas_desktop/gui/review/window.py" line="231" />
      <source>C&amp;lose</source>
      <translation>Înc&amp;hide</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="209" />
      <source>The last review, {0}, was closed on {1}.</source>
      <translation>Ultima revizuire, {0}, a fost închisă la {1}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="211" />
      <source>This will be the first review of this register.</source>
      <translation>Aceasta va fi prima revizuire a acestui registru.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="213" />
      <source>Once a year, go through every record that describes your ongoing processing and say whether it is still true, needs updating, or no longer applies. The GDPR asks you to be able to show that you comply (Art. 5(2)) and to review and update your measures where necessary (Art. 24(1)): this review is that check, written down and signed.</source>
      <translation>O dată pe an, parcurgeți fiecare înregistrare care descrie prelucrările dumneavoastră în curs și indicați dacă este în continuare corectă, trebuie actualizată sau nu se mai aplică. RGPD vă cere să puteți demonstra conformitatea (art. 5 alin. (2)) și să revizuiți și să actualizați măsurile atunci când este necesar (art. 24 alin. (1)): această revizuire este acea verificare, în scris și semnată.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="217" />
      <source>It covers:</source>
      <translation>Acoperă:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="218" />
      <source>It also counts the year's figures for {0}: breaches, rights requests, staff training and what the checks find open.</source>
      <translation>Numără și cifrele anului pentru {0}: incidente de securitate, cereri privind drepturile persoanelor vizate, instruirea personalului și ce găsesc deschis verificările.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="220" />
      <source>You can pause at any time. Every decision is saved as you make it, and the review waits for you, across days and locks, until you close it.</source>
      <translation>Puteți face o pauză oricând. Fiecare decizie este salvată pe măsură ce o luați, iar revizuirea vă așteaptă, de-a lungul zilelor și blocărilor, până când o închideți.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="222" />
      <source>When every record is decided, closing the review dates each record's next review and makes a signed review pack.</source>
      <translation>Când s-a decis pentru fiecare înregistrare, închiderea revizuirii stabilește data următoarei revizuiri a fiecărei înregistrări și creează un pachet de revizuire semnat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="227" />
      <source>No review is in progress.</source>
      <translation>Nu este în curs nicio revizuire.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="261" />
      <source>Counting the year's figures…</source>
      <translation>Se numără cifrele anului…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="264" />
      <source>Counting the year's figures</source>
      <translation>Se numără cifrele anului</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/window.py" line="285" />
      <source>Start the review</source>
      <translation>Începe revizuirea</translation>
    </message>
  </context>
  <context>
    <name>ReviewsPage</name>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="46" />
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="72" />
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="94" />
      <source>Annual reviews</source>
      <translation>Revizuiri anuale</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="50" />
      <source>Once a year, confirm, update or retire every activity, processor, DPIA, policy and purpose relying on consent, and look back at the year's breaches, requests and training (Art. 5(2), 24(1)). Each closed review keeps its signed pack; save it again whenever you need it.</source>
      <translation>O dată pe an, confirmați, actualizați sau retrageți fiecare activitate, persoană împuternicită, EIPD, politică și scop bazat pe consimțământ și analizați incidentele, cererile și instruirile din anul respectiv (art. 5 alin. (2), art. 24 alin. (1)). Fiecare revizuire închisă își păstrează pachetul semnat; salvați-l din nou ori de câte ori aveți nevoie.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="55" />
      <source>&amp;Open</source>
      <translation>&amp;Deschide</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="56" />
      <source>Show the selected review: its records, figures and changes</source>
      <translation>Afișează revizuirea selectată: înregistrările, cifrele și modificările ei</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="59" />
      <source>&amp;Save pack…</source>
      <translation>&amp;Salvează pachetul…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="60" />
      <source>Save the selected closed review's signed pack (a zip) to a file</source>
      <translation>Salvează într-un fișier pachetul semnat (o arhivă zip) al revizuirii închise selectate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="70" />
      <source>Review</source>
      <translation>Revizuire</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="70" />
      <source>Status</source>
      <translation>Stare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="70" />
      <source>Figures cover</source>
      <translation>Cifrele acoperă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="71" />
      <source>Started</source>
      <translation>Începută</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="71" />
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="141" />
      <source>Closed</source>
      <translation>Închis</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="71" />
      <source>Records</source>
      <translation>Înregistrări</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="86" />
      <source>No review yet. The first one takes an afternoon: you go through each record, mark it confirmed, updated or retired, and look at the year's figures. You can pause whenever you like.</source>
      <translation>Nicio revizuire încă. Prima durează o după-amiază: parcurgeți fiecare înregistrare, o marcați ca confirmată, actualizată sau retrasă și vă uitați la cifrele anului. Puteți face o pauză oricând doriți.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="89" />
      <source>Start the first review…</source>
      <translation>Începe prima revizuire…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="140" />
      <source>In progress: {0} of {1} reviewed</source>
      <translation>În curs: {0} din {1} revizuite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="142" />
      <source>{0}: {1} confirmed, {2} updated, {3} retired</source>
      <translation>{0}: confirmate: {1}, actualizate: {2}, retrase: {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="144" />
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="145" />
      <source>{0} by {1}</source>
      <translation>{0} de {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="147" />
      <source>{0} – today</source>
      <translation>{0} – astăzi</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="164" />
      <source>&amp;Continue the review…</source>
      <translation>&amp;Continuă revizuirea…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="164" />
      <source>S&amp;tart a review…</source>
      <translation>Înce&amp;pe o revizuire…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="165" />
      <source>Open the review in progress</source>
      <translation>Deschide revizuirea în curs</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reviews_page.py" line="166" />
      <source>Start this year's review</source>
      <translation>Începe revizuirea din acest an</translation>
    </message>
  </context>
  <context>
    <name>RichEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rich.py" line="89" />
      <source>Overdue</source>
      <translation>Depășite</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rich.py" line="89" />
      <source>Attention</source>
      <translation>Atenție</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rich.py" line="90" />
      <source>Done</source>
      <translation>Făcut</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rich.py" line="90" />
      <source>Information</source>
      <translation>Informație</translation>
    </message>
  </context>
  <context>
    <name>RightsRequestEditor</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="59" />
      <source>The one-month clock has not started</source>
      <translation>Termenul de o lună nu a început</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="60" />
      <source>It starts on the day the request arrives: fill in “Received on” (Art. 12(3)).</source>
      <translation>Începe în ziua în care sosește cererea: completați „Primită la” (art. 12 alin. (3)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="62" />
      <source>Working out the due date…</source>
      <translation>Se calculează termenul…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="67" />
      <source> Extended by two months; the person was told on {0}.</source>
      <translation> Prelungit cu două luni; persoana a fost informată la {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="69" />
      <source> Extended by two months: tell the person, with your reasons, by {0}.</source>
      <translation> Prelungit cu două luni: informați persoana, indicând motivele, până la {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="77" />
      <source>Answered late, on {0}</source>
      <translation>Răspuns cu întârziere, la {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="78" />
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="81" />
      <source>It was due on {0}, {1} (Art. 12(3)).</source>
      <translation>Termenul era {0}, {1} (art. 12 alin. (3)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="79" />
      <source> on {0}</source>
      <translation> la {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="80" />
      <source>Finished{0}</source>
      <translation>Finalizată{0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="83" />
      <source>Due on {0}: one month from receipt{1}, {2} (Art. 12(3)).</source>
      <translation>Termenul este {0}: o lună de la primire{1}, {2} (art. 12 alin. (3)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="84" />
      <source>, plus two months</source>
      <translation>, plus două luni</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="86" />
      <source> To skip public holidays too, choose your country under Organisation → Dates and deadlines.</source>
      <translation> Pentru a sări și peste sărbătorile legale, alegeți țara dumneavoastră la Organizație → Date și termene.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/rights.py" line="92" />
      <source>Due today</source>
      <translation>Termenul este astăzi</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1988" />
      <source>%n day(s) left</source>
      <translation>
        <numerusform>%n zi rămasă</numerusform>
        <numerusform>%n zile rămase</numerusform>
        <numerusform>%n de zile rămase</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1989" />
      <source>Overdue by %n day(s): answer it now</source>
      <translation>
        <numerusform>Termen depășit cu %n zi: răspundeți acum</numerusform>
        <numerusform>Termen depășit cu %n zile: răspundeți acum</numerusform>
        <numerusform>Termen depășit cu %n de zile: răspundeți acum</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RightsRequestForm</name>
    <message>
      <location filename="../../forms/rights_request.ui" line="13" />
      <source>Deadline</source>
      <translation>Termen</translation>
    </message>
    <message>
      <location filename="../../forms/rights_request.ui" line="40" />
      <source>Sections</source>
      <translation>Secțiuni</translation>
    </message>
    <message>
      <location filename="../../forms/rights_request.ui" line="46" />
      <source>Request</source>
      <translation>Cerere</translation>
    </message>
    <message>
      <location filename="../../forms/rights_request.ui" line="56" />
      <source>Deadline and extension</source>
      <translation>Termen și prelungire</translation>
    </message>
    <message>
      <location filename="../../forms/rights_request.ui" line="60" />
      <source>One month from the day the request arrived. If that month has no such day, the last day of the month; a weekend, or a public holiday of the country you set under Organisation → Dates and deadlines, moves it to the next working day. For complex or numerous requests you may take two further months, but only if you tell the person within the first month, with your reasons (Art. 12(3)).</source>
      <translation>Termenul este de o lună de la ziua în care a sosit cererea. Dacă luna respectivă nu are o zi cu același număr, termenul este ultima zi a lunii; dacă acesta cade într-un weekend sau într-o sărbătoare legală a țării setate la Organizație → Date și termene, se mută în următoarea zi lucrătoare. Pentru cereri complexe sau numeroase puteți lua încă două luni, dar numai dacă informați persoana în cursul primei luni, indicând motivele (art. 12 alin. (3)).</translation>
    </message>
  </context>
  <context>
    <name>RiskMatrix</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="66" />
      <source>Risk matrix</source>
      <translation>Matricea riscurilor</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="93" />
      <source>No risk has a likelihood and a severity yet, so none is plotted.</source>
      <translation>Niciun risc nu are încă o probabilitate și o gravitate, deci niciunul nu este reprezentat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="97" />
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="232" />
      <source>before the measures</source>
      <translation>înainte de măsuri</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="98" />
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="232" />
      <source>after the measures</source>
      <translation>după măsuri</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="100" />
      <source>{0} × {1} = {2} {3}</source>
      <translation>{0} × {1} = {2} {3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="103" />
      <source>Risk {0}{1}: likelihood × severity {2}.</source>
      <translation>Riscul {0}{1}: probabilitate × gravitate {2}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="104" />
      <source>; </source>
      <translation>; </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="150" />
      <source>Severity →</source>
      <translation>Gravitate →</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/riskmatrix.py" line="155" />
      <source>Likelihood →</source>
      <translation>Probabilitate →</translation>
    </message>
  </context>
  <context>
    <name>ScreeningWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dpia.py" line="48" />
      <source>Note on {0}</source>
      <translation>Notă privind {0}</translation>
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
      <translation>Afișează încă {0} (din {1} rămase)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1990" />
      <source>{0}: %n item(s)</source>
      <translation>
        <numerusform>{0}: %n element</numerusform>
        <numerusform>{0}: %n elemente</numerusform>
        <numerusform>{0}: %n de elemente</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SectionNav</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/sections.py" line="47" />
      <source>Sections</source>
      <translation>Secțiuni</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/sections.py" line="115" />
      <source>{0} ({1} to fix)</source>
      <translation>{0} ({1} de rezolvat)</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="43" />
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="158" />
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="175" />
      <source>Preferences</source>
      <translation>Preferințe</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="55" />
      <source>Your name for the audit trail</source>
      <translation>Numele dumneavoastră pentru jurnalul de audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="56" />
      <source>Written next to every change you make, so the audit trail shows who did what (Art. 5(2) accountability). Leave it empty to use the name recorded in the register.</source>
      <translation>Este scris lângă fiecare modificare pe care o faceți, astfel încât jurnalul de audit să arate cine ce a făcut (responsabilitate, art. 5 alin. (2)). Lăsați câmpul gol pentru a folosi numele consemnat în registru.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="59" />
      <source>&amp;Your name:</source>
      <translation>&amp;Numele dumneavoastră:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="64" />
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="65" />
      <source>Never</source>
      <translation>Niciodată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="66" />
      <source>Lock after idle minutes</source>
      <translation>Blocare după minute de inactivitate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="67" />
      <source>Atlas locks itself after this many minutes without use, and when the computer sleeps or the screen locks (Art. 32 security).</source>
      <translation>Atlas se blochează singur după acest număr de minute fără utilizare, precum și atunci când computerul intră în repaus sau ecranul se blochează (securitate, art. 32).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="69" />
      <source>&amp;Lock after:</source>
      <translation>&amp;Blocare după:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="73" />
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="150" />
      <source>Backup folder</source>
      <translation>Dosarul pentru copii de rezervă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="74" />
      <source>Browse…</source>
      <translation>Răsfoiește…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="75" />
      <source>Choose the backup folder</source>
      <translation>Alegeți dosarul pentru copii de rezervă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="82" />
      <source>&amp;Backup folder:</source>
      <translation>&amp;Dosarul pentru copii de rezervă:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="89" />
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="90" />
      <source>Back up every hours</source>
      <translation>Intervalul dintre copiile de rezervă, în ore</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="91" />
      <source>How often an encrypted backup is made automatically while the register is open.</source>
      <translation>Cât de des se face automat o copie de rezervă criptată cât timp registrul este deschis.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="93" />
      <source>Back up &amp;every:</source>
      <translation>Copie de rezervă la &amp;fiecare:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="98" />
      <source>Backups to keep</source>
      <translation>Copii de rezervă păstrate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="99" />
      <source>Backups to &amp;keep:</source>
      <translation>Copii de rezervă &amp;păstrate:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="102" />
      <source>Same as the system</source>
      <translation>Limba sistemului</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="106" />
      <source>Language</source>
      <translation>Limba</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="107" />
      <source>The language of the window, the help, the findings and the reports. A change takes effect the next time Atlas starts.</source>
      <translation>Limba ferestrei, a ajutorului, a constatărilor și a rapoartelor. Modificarea se aplică de la următoarea pornire a Atlas.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="109" />
      <source>L&amp;anguage:</source>
      <translation>L&amp;imba:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="110" />
      <source>Atlas speaks the new language from its next start.</source>
      <translation>Atlas va folosi noua limbă de la următoarea pornire.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="117" />
      <source>Remember this register on this computer</source>
      <translation>Ține minte acest registru pe acest computer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="118" />
      <source>Remember on this computer</source>
      <translation>Ține minte pe acest computer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="119" />
      <source>Opens without the passphrase for your user account on this computer, using the system's secure keyring. Anyone who can log in as you can then open it.</source>
      <translation>Se deschide fără fraza de acces pentru contul dumneavoastră de utilizator de pe acest computer, folosind depozitul securizat de chei al sistemului. Oricine se poate autentifica în numele dumneavoastră îl poate deschide apoi.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="129" />
      <source>A team register opens only with your password: Atlas keeps no password or key for it on this computer.</source>
      <translation>Un registru de echipă se deschide doar cu parola dumneavoastră: Atlas nu păstrează nicio parolă sau cheie pentru el pe acest computer.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="132" />
      <source>In a team register the audit trail names you by your sign-in ({0}); this name is used for registers on this computer.</source>
      <translation>Într-un registru de echipă, jurnalul de audit vă numește după numele de conectare ({0}); acest nume este folosit pentru registrele de pe acest computer.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="136" />
      <source>No secure keyring is available on this computer.</source>
      <translation>Nu este disponibil niciun depozit securizat de chei pe acest computer.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="143" />
      <source>These settings belong to this computer. They hold no register data.</source>
      <translation>Aceste setări aparțin acestui computer. Nu conțin date din registru.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/settings_dialog.py" line="158" />
      <source>The backup folder must be a full path.</source>
      <translation>Dosarul pentru copii de rezervă trebuie să fie o cale completă.</translation>
    </message>
  </context>
  <context>
    <name>TableWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="92" />
      <source>{0}: rows</source>
      <translation>{0}: rânduri</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="98" />
      <source>Add row</source>
      <translation>Adaugă rând</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="99" />
      <source>Add a row to {0}</source>
      <translation>Adaugă un rând în {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="101" />
      <source>Remove row</source>
      <translation>Elimină rândul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="102" />
      <source>Remove the selected row of {0}</source>
      <translation>Elimină rândul selectat din {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="164" />
      <source>Row {0} of {1}</source>
      <translation>Rândul {0} din {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="173" />
      <source>No rows yet: press Add row.</source>
      <translation>Niciun rând încă: apăsați „Adaugă rând”.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="174" />
      <source>Select a row to edit it below.</source>
      <translation>Selectați un rând pentru a-l edita mai jos.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="183" />
      <source>Yes</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/table.py" line="183" />
      <source>No</source>
      <translation>Nu</translation>
    </message>
  </context>
  <context>
    <name>TagsWidget</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="101" />
      <source>{0}: entries</source>
      <translation>{0}: intrări</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="106" />
      <source>Type an entry and press Enter</source>
      <translation>Tastați o intrare și apăsați Enter</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="114" />
      <source>Add</source>
      <translation>Adaugă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="115" />
      <source>Add to {0}</source>
      <translation>Adaugă la {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="117" />
      <source>Remove</source>
      <translation>Elimină</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/lists.py" line="118" />
      <source>Remove from {0}</source>
      <translation>Elimină din {0}</translation>
    </message>
  </context>
  <context>
    <name>TemplatePicker</name>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1991" />
      <source>Add %n activit(y|ies)</source>
      <translation>
        <numerusform>Adaugă %n activitate</numerusform>
        <numerusform>Adaugă %n activități</numerusform>
        <numerusform>Adaugă %n de activități</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="36" />
      <source>Add the ticked activities</source>
      <translation>Adaugă activitățile bifate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="46" />
      <source>Activity templates</source>
      <translation>Șabloane de activități</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="48" />
      <source>Activity</source>
      <translation>Activitate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="48" />
      <source>What it covers</source>
      <translation>Ce acoperă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="57" />
      <source>{0} (already in the register)</source>
      <translation>{0} (deja în registru)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="106" />
      <source>Could not add the activities</source>
      <translation>Activitățile nu au putut fi adăugate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="120" />
      <source>Start from a template</source>
      <translation>Pornește de la un șablon</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="154" />
      <source>Add activities from templates</source>
      <translation>Adaugă activități din șabloane</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/template_picker.py" line="159" />
      <source>Tick the activities your office does. Each is added filled in with the usual lawful basis, data, recipients and retention: a starting point to check and adjust to your office, not legal advice.</source>
      <translation>Bifați activitățile pe care le desfășoară biroul dumneavoastră. Fiecare este adăugată completată cu temeiul juridic, datele, destinatarii și perioada de stocare obișnuite: un punct de plecare pe care îl verificați și îl adaptați biroului dumneavoastră, nu o consultanță juridică.</translation>
    </message>
  </context>
  <context>
    <name>YourNameDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="33" />
      <source>Your name</source>
      <translation>Numele dumneavoastră</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="34" />
      <source>No name is recorded for you in this register yet. Atlas writes it in the audit trail next to each change and on sign-offs, so the office can show who did what (Art. 5(2), 30). Until you give it, changes are recorded as “{0}”.</source>
      <translation>Încă nu este consemnat niciun nume pentru dumneavoastră în acest registru. Atlas îl scrie în jurnalul de audit lângă fiecare modificare și pe aprobări, astfel încât biroul să poată arăta cine ce a făcut (art. 5 alin. (2), art. 30). Până când îl indicați, modificările sunt consemnate ca „{0}”.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="40" />
      <source>e.g. Ana Popescu</source>
      <translation>de ex. Ana Popescu</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="41" />
      <source>Your name, shown in the audit trail and on sign-offs</source>
      <translation>Numele dumneavoastră, afișat în jurnalul de audit și pe aprobări</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="43" />
      <source>e.g. Office manager</source>
      <translation>de ex. Administrator de birou</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="44" />
      <source>Your role</source>
      <translation>Rolul dumneavoastră</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="45" />
      <source>Your na&amp;me:</source>
      <translation>&amp;Numele dumneavoastră:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="46" />
      <source>Your &amp;role:</source>
      <translation>&amp;Rolul dumneavoastră:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="49" />
      <source>&amp;Save</source>
      <translation>&amp;Salvează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/your_name.py" line="50" />
      <source>Not &amp;now</source>
      <translation>Nu &amp;acum</translation>
    </message>
  </context>
  <context>
    <name>_Combo</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/choices.py" line="46" />
      <source>— not set —</source>
      <translation>— nesetat —</translation>
    </message>
  </context>
  <context>
    <name>breach</name>
    <message>
      <location filename="../../build/spec_strings.py" line="872" />
      <source> (deadline {when})</source>
      <translation> (termen: {when})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="873" />
      <source> (the deadline passed on {when})</source>
      <translation> (termenul a expirat la {when})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="874" />
      <source>+ 0: a trusted recipient confirmed deleting it</source>
      <translation>+ 0: un destinatar de încredere a confirmat ștergerea</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="875" />
      <source>+ 0: restored from the backup</source>
      <translation>+ 0: restaurate din copia de rezervă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="876" />
      <source>+ 0: unreadable to them</source>
      <translation>+ 0: ilizibile pentru aceștia</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="877" />
      <source>An up-to-date backup restored it</source>
      <translation>O copie de rezervă actualizată le-a restaurat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="878" />
      <source>Answer the risk questions: the assessment decides whether the authority must be notified.</source>
      <translation>Răspundeți la întrebările despre risc: evaluarea stabilește dacă autoritatea trebuie notificată.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="879" />
      <source>Breach {id}</source>
      <translation>Incidentul {id}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="880" />
      <source>Children or vulnerable people affected</source>
      <translation>Copii sau persoane vulnerabile afectate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="881" />
      <source>Could others see the data?</source>
      <translation>Au putut alții vedea datele?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="882" />
      <source>Data out of reach without a working backup</source>
      <translation>Date inaccesibile, fără o copie de rezervă funcțională</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="883" />
      <source>Data taken on purpose</source>
      <translation>Date luate în mod deliberat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="884" />
      <source>Decided by the assessment.</source>
      <translation>Se stabilește prin evaluare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="885" />
      <source>Done on purpose</source>
      <translation>Intenționat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="886" />
      <source>EI 0.25 (nobody can tell who)</source>
      <translation>EI 0.25 (nimeni nu poate afla cine sunt persoanele)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="887" />
      <source>Every breach is documented here, notified or not: the facts, the effects and the remedial action.</source>
      <translation>Orice incident de securitate se documentează aici, notificat sau nu: faptele, efectele și măsurile de remediere.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="888" />
      <source>Every loss neutralised</source>
      <translation>Toate pierderile neutralizate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="889" />
      <source>High risk, but the Art. 34(3)({letter}) exemption is recorded: {exemption}.</source>
      <translation>Risc ridicat, dar este consemnată excepția de la art. 34 alin. (3) lit. ({letter}): {exemption}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="890" />
      <source>High risk: tell the people affected without undue delay, in clear and plain language.</source>
      <translation>Risc ridicat: informați persoanele afectate fără întârzieri nejustificate, într-un limbaj clar și simplu.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="891" />
      <source>How easily people can be identified</source>
      <translation>Cât de ușor pot fi identificate persoanele</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="892" />
      <source>In this case, the data reveals</source>
      <translation>În acest caz, datele dezvăluie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="893" />
      <source>Kind of data</source>
      <translation>Tipul datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="894" />
      <source>Make the public communication and record when and where: it replaces the individual notices, it does not remove the duty.</source>
      <translation>Faceți comunicarea publică și consemnați când și unde: aceasta înlocuiește informările individuale, nu elimină obligația.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="895" />
      <source>Many people affected</source>
      <translation>Multe persoane afectate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="896" />
      <source>Nothing that was affected can still harm people (the data was unreadable, restored from a backup, or deleted by a trusted recipient), so the breach is unlikely to result in a risk ({source}).</source>
      <translation>Nimic din ce a fost afectat nu mai poate face rău persoanelor (datele erau ilizibile, au fost restaurate dintr-o copie de rezervă sau au fost șterse de un destinatar de încredere), așadar incidentul nu este susceptibil să genereze un risc ({source}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="897" />
      <source>Notify the supervisory authority without undue delay and within 72 hours of becoming aware.</source>
      <translation>Notificați autoritatea de supraveghere fără întârzieri nejustificate și în cel mult 72 de ore de la momentul în care ați luat cunoștință de incident.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="898" />
      <source>People depend on our service</source>
      <translation>Persoanele depind de serviciul nostru</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="899" />
      <source>People depend on the service, so losing the data, even for a while, affects them directly</source>
      <translation>Persoanele depind de serviciu, așa că pierderea datelor, chiar și temporară, le afectează direct</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="900" />
      <source>Say what was affected (confidentiality, integrity, availability) to start the assessment.</source>
      <translation>Indicați ce a fost afectat (confidențialitatea, integritatea, disponibilitatea) pentru a începe evaluarea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="901" />
      <source>Sensitive, financial or identity data, or children's data, in strangers' hands</source>
      <translation>Date sensibile, financiare, de identitate sau ale copiilor, în mâinile unor străini</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="902" />
      <source>Severity score</source>
      <translation>Scor de gravitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="903" />
      <source>Someone took or exposed the data deliberately, so its misuse is likely</source>
      <translation>Cineva a luat sau a expus datele în mod deliberat, deci utilizarea lor abuzivă este probabilă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="904" />
      <source>Special-category, financial, identity or login data, or data about children and vulnerable people, may be in the hands of people who can misuse it: a high risk</source>
      <translation>Date din categorii speciale, date financiare, de identitate sau de autentificare ori date despre copii și persoane vulnerabile pot fi în mâinile unor persoane care le pot folosi abuziv: un risc ridicat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="905" />
      <source>Telling each person would take disproportionate effort: a public communication informs them as effectively instead.</source>
      <translation>Informarea fiecărei persoane ar presupune un efort disproporționat: o comunicare publică le informează în schimb la fel de eficient.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="906" />
      <source>The data was not restored quickly from a backup, so people were without it or lost it</source>
      <translation>Datele nu au fost restaurate rapid dintr-o copie de rezervă, așa că persoanele nu au avut acces la ele sau le-au pierdut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="907" />
      <source>The decision is {client}'s, as the controller.</source>
      <translation>Decizia aparține operatorului: {client}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="908" />
      <source>The risk is not high, so the people affected need not be told.</source>
      <translation>Riscul nu este ridicat, deci persoanele afectate nu trebuie informate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="909" />
      <source>Unlikely to result in a risk: no notification, but keep your reasoning in this record.</source>
      <translation>Nu este susceptibil să genereze un risc: nu se notifică, dar păstrați justificarea în această înregistrare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="910" />
      <source>Unreadable to whoever got it</source>
      <translation>Ilizibile pentru cine le-a obținut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="911" />
      <source>Was data copied out?</source>
      <translation>Au fost copiate date în exterior?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="912" />
      <source>Was the data changed?</source>
      <translation>Au fost modificate datele?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="913" />
      <source>Was the data lost or out of reach?</source>
      <translation>Au fost datele pierdute sau inaccesibile?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="914" />
      <source>Yes</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="915" />
      <source>You process this data for {client}: tell them without undue delay. They decide whether to notify the authority and the people affected.</source>
      <translation>Prelucrați aceste date pentru {client}: informați-l fără întârzieri nejustificate. Acesta decide dacă notifică autoritatea și persoanele afectate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="916" />
      <source>a public communication replaced the individual notices on {when}</source>
      <translation>o comunicare publică a înlocuit informările individuale la {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="917" />
      <source>assumed: the data involved is not recorded</source>
      <translation>presupus: datele implicate nu sunt consemnate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="918" />
      <source>counted as seen by unknown people (cannot be ruled out)</source>
      <translation>considerate văzute de persoane necunoscute (nu se poate exclude)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="919" />
      <source>counted as seen by unknown people (confirmed)</source>
      <translation>considerate văzute de persoane necunoscute (confirmat)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="920" />
      <source>decided not to notify the authority (reason: {reason})</source>
      <translation>s-a decis să nu se notifice autoritatea (motiv: {reason})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="921" />
      <source>decided not to notify the authority, with no reason recorded yet</source>
      <translation>s-a decis să nu se notifice autoritatea, fără un motiv consemnat încă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="922" />
      <source>decided to notify the authority, not notified yet{deadline}</source>
      <translation>s-a decis notificarea autorității, dar aceasta nu a fost notificată încă{deadline}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="923" />
      <source>decision on notifying the authority pending{deadline}</source>
      <translation>decizia privind notificarea autorității este în așteptare{deadline}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="924" />
      <source>decision on telling the people affected pending (the risk is not assessed yet)</source>
      <translation>decizia privind informarea persoanelor afectate este în așteptare (riscul nu este evaluat încă)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="925" />
      <source>from the data involved</source>
      <translation>după datele implicate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="926" />
      <source>from {categories}</source>
      <translation>după {categories}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="927" />
      <source>high risk: the people affected are not told yet</source>
      <translation>risc ridicat: persoanele afectate nu sunt informate încă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="928" />
      <source>high risk: the public communication replacing the individual notices is not made yet</source>
      <translation>risc ridicat: comunicarea publică ce înlocuiește informările individuale nu este făcută încă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="929" />
      <source>lowers the risk to none</source>
      <translation>elimină riscul</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="930" />
      <source>not answered</source>
      <translation>fără răspuns</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="931" />
      <source>not answered: taken as directly</source>
      <translation>fără răspuns: considerat „Direct”</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="932" />
      <source>not answered: taken as lost for good</source>
      <translation>fără răspuns: considerate pierdute definitiv</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="933" />
      <source>not answered: taken as misused and lost</source>
      <translation>fără răspuns: considerate folosite abuziv și pierdute</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="934" />
      <source>not answered: taken as seen by unknown people</source>
      <translation>fără răspuns: considerate văzute de persoane necunoscute</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="935" />
      <source>not notified the authority: unlikely to result in a risk (reason: {reason})</source>
      <translation>autoritatea nu a fost notificată: este puțin probabil să genereze un risc (motiv: {reason})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="936" />
      <source>not notified the authority: unlikely to result in a risk, with no reason recorded yet</source>
      <translation>autoritatea nu a fost notificată: este puțin probabil să genereze un risc, fără un motiv consemnat încă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="937" />
      <source>not notified: assessed unlikely to result in a risk (reason: {reason})</source>
      <translation>nenotificat: evaluat ca fiind puțin probabil să genereze un risc (motiv: {reason})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="938" />
      <source>not notified: assessed unlikely to result in a risk, with no reason recorded yet</source>
      <translation>nenotificat: evaluat ca fiind puțin probabil să genereze un risc, fără un motiv consemnat încă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="939" />
      <source>notified the authority on {when}, after the 72 hours</source>
      <translation>autoritatea a fost notificată la {when}, după cele 72 de ore</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="940" />
      <source>notified the authority on {when}, within the 72 hours</source>
      <translation>autoritatea a fost notificată la {when}, în cele 72 de ore</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="941" />
      <source>raises it to a high risk</source>
      <translation>ridică riscul la un nivel ridicat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="942" />
      <source>raises it to a risk: notify the authority</source>
      <translation>creează un risc: notificați autoritatea</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="943" />
      <source>special-category or criminal data involved</source>
      <translation>sunt implicate date din categorii speciale sau privind infracțiuni</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="944" />
      <source>the authority is to be notified, not notified yet{deadline}</source>
      <translation>autoritatea trebuie notificată, dar nu a fost notificată încă{deadline}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="945" />
      <source>the client</source>
      <translation>clientul</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="946" />
      <source>the people affected are not told: {article} exemption recorded ({exemption})</source>
      <translation>persoanele afectate nu sunt informate: excepție consemnată conform {article} ({exemption})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="947" />
      <source>the people affected need not be told (the risk is not high)</source>
      <translation>persoanele afectate nu trebuie informate (riscul nu este ridicat)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="948" />
      <source>to be notified to the authority (the risk assessment says so), not notified yet{deadline}</source>
      <translation>trebuie notificat autorității (conform evaluării riscului), dar nu a fost notificat încă{deadline}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="949" />
      <source>told the people affected on {when}</source>
      <translation>persoanele afectate au fost informate la {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="950" />
      <source>{answer} ({why})</source>
      <translation>{answer} ({why})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="951" />
      <source>{client} (the controller) not told yet{deadline}</source>
      <translation>{client} (operatorul) nu a fost informat încă{deadline}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="952" />
      <source>{client} (the controller) told on {when}, who decides on notifying</source>
      <translation>{client} (operatorul), care decide asupra notificării, a fost informat la {when}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1992" />
      <source>{count} (person|people) (is|are) affected</source>
      <translation>
        <numerusform>{count} persoană este afectată</numerusform>
        <numerusform>{count} persoane sunt afectate</numerusform>
        <numerusform>{count} de persoane sunt afectate</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="953" />
      <source>{level}: {risk}</source>
      <translation>{level}: {risk}</translation>
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
      <translation> (decizia privind caracterul adecvat pentru {country} acoperă doar anumiți destinatari: verificați dacă acesta este acoperit)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="956" />
      <source> (yours is {country})</source>
      <translation> (a dumneavoastră este {country})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="957" />
      <source> ({country} has an adequacy decision: choose it if it applies)</source>
      <translation> (pentru {country} există o decizie privind caracterul adecvat: alegeți-o dacă se aplică)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="958" />
      <source> — {who} {reasons}</source>
      <translation> — {who} {reasons}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="959" />
      <source>"{country}"</source>
      <translation>„{country}”</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="960" />
      <source>"{country}" with the region "{region}"</source>
      <translation>„{country}” cu regiunea „{region}”</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="961" />
      <source>"{text}" is not in the register</source>
      <translation>„{text}” nu este în registru</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="962" />
      <source>"{title}"</source>
      <translation>„{title}”</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="963" />
      <source>"{title}" is retired</source>
      <translation>„{title}” este retrasă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="964" />
      <source>(not described)</source>
      <translation>(nedescrisă)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="965" />
      <source>(unnamed data)</source>
      <translation>(date fără nume)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="966" />
      <source>(unnamed)</source>
      <translation>(fără nume)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="967" />
      <source>Atlas has no public-holiday calendar for {which}, so deadlines skip weekends only: choose your country (and region) again in “{field}”, under {place}.</source>
      <translation>Atlas nu are un calendar al sărbătorilor legale pentru {which}, așa că termenele sar doar peste weekenduri: alegeți din nou țara (și regiunea) în „{field}”, la {place}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="968" />
      <source>No data-protection training is recorded for {who}: train them and record it.</source>
      <translation>Nu este consemnată nicio instruire în protecția datelor pentru {who}: organizați instruirea și consemnați-o.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="969" />
      <source>Set your country so deadlines skip its public holidays: until you do, the deadline for answering a request skips weekends only and may fall on a holiday. Choose it{hint} in “{field}”, under {place}.</source>
      <translation>Setați țara, pentru ca termenele să sară peste sărbătorile ei legale: până atunci, termenul de răspuns la o cerere sare doar peste weekenduri și poate cădea într-o zi de sărbătoare. Alegeți-o{hint} în „{field}”, la {place}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="970" />
      <source>The organisation</source>
      <translation>Organizația</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="971" />
      <source>a country not named</source>
      <translation>o țară neprecizată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="972" />
      <source>activity #{id} is not in the register</source>
      <translation>activitatea nr. {id} nu este în registru</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="973" />
      <source>handles special-category data</source>
      <translation>prelucrează date din categorii speciale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="974" />
      <source>less than an hour</source>
      <translation>mai puțin de o oră</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="975" />
      <source>the EU by default</source>
      <translation>UE, implicit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="976" />
      <source>the client</source>
      <translation>clientul</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="977" />
      <source>the effects</source>
      <translation>efectele</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="978" />
      <source>the facts</source>
      <translation>faptele</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="979" />
      <source>the remedial action</source>
      <translation>măsurile de remediere</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="980" />
      <source>today</source>
      <translation>astăzi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="981" />
      <source>tomorrow</source>
      <translation>mâine</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="982" />
      <source>yesterday</source>
      <translation>ieri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="983" />
      <source>{kind} "{title}"</source>
      <translation>{kind} „{title}”</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="984" />
      <source>{name} (used by {users}): the agreement lacks these clauses — add them and tick them: {clauses}.</source>
      <translation>{name} (folosită de {users}): contractului îi lipsesc aceste clauze — adăugați-le și bifați-le: {clauses}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="985" />
      <source>{name} ({right}) had to be answered by {due} ({when}; {calendar}): answer it now.</source>
      <translation>{name} ({right}) trebuia să primească răspuns până la {due} ({when}; {calendar}): răspundeți acum.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="986" />
      <source>{name} ({right}) must be answered by {due} ({when}; {calendar}).</source>
      <translation>{name} ({right}) trebuie să primească răspuns până la {due} ({when}; {calendar}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="987" />
      <source>{name} ended on {date}; counted at the latest from that day, {periods}: delete that data and record the date in {field}.</source>
      <translation>{name} s-a încheiat la {date}; socotind cel târziu de la acea zi, {periods}: ștergeți acele date și consemnați data în „{field}”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="988" />
      <source>{name} has never been reviewed: check the entry and fill in {field}.</source>
      <translation>{name} nu a fost revizuită niciodată: verificați înregistrarea și completați „{field}”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="989" />
      <source>{name} has no contact details: add an email, phone or address.</source>
      <translation>{name} nu are date de contact: adăugați un e-mail, un telefon sau o adresă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="990" />
      <source>{name} has no purpose: add each purpose with its lawful basis.</source>
      <translation>{name} nu are niciun scop: adăugați fiecare scop cu temeiul său juridic.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="991" />
      <source>{name} has no retention period: say how long each kind of data is kept.</source>
      <translation>{name} nu are o perioadă de stocare: indicați cât timp este păstrat fiecare tip de date.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="992" />
      <source>{name} has no security review recorded: check their guarantees and fill in {field}.</source>
      <translation>{name} nu are consemnată nicio verificare a securității: verificați garanțiile oferite și completați „{field}”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="993" />
      <source>{name} has not been approved: have management approve it and record the date.</source>
      <translation>{name} nu a fost aprobată: cereți aprobarea conducerii și consemnați data.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="994" />
      <source>{name} has not been signed off: finish it and record the sign-off date.</source>
      <translation>{name} nu a fost aprobată: finalizați-o și consemnați data aprobării.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="995" />
      <source>{name} is a case where the law always requires a DPIA ({cases}): carry one out before going on; a note on why not cannot replace it.</source>
      <translation>{name} este un caz în care legea impune întotdeauna o EIPD ({cases}): efectuați una înainte de a continua; o notă care explică de ce nu ar fi necesară nu o poate înlocui.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="996" />
      <source>{name} is high risk: tell the people affected without undue delay, or record the Art. 34(3) exemption that applies.</source>
      <translation>{name} prezintă un risc ridicat: informați persoanele afectate fără întârzieri nejustificate sau consemnați excepția de la art. 34 alin. (3) care se aplică.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="997" />
      <source>{name} is used by {users} but no signed data processing agreement is recorded: sign one and record the date.</source>
      <translation>{name} este folosită de {users}, dar nu este consemnat niciun contract de prelucrare semnat: semnați unul și consemnați data.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="998" />
      <source>{name} leaves a high risk after the measures: consult the authority before processing.</source>
      <translation>{name} lasă un risc ridicat după aplicarea măsurilor: consultați autoritatea înainte de prelucrare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="999" />
      <source>{name} meets one DPIA screening criterion: record why no DPIA is needed, or carry one out.</source>
      <translation>{name} îndeplinește un criteriu de evaluare preliminară EIPD: consemnați de ce nu este necesară o EIPD sau efectuați una.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1993" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n zi</numerusform>
        <numerusform>%n zile</numerusform>
        <numerusform>%n de zile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1994" />
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>acum %n zi</numerusform>
        <numerusform>acum %n zile</numerusform>
        <numerusform>acum %n de zile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1995" />
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n oră</numerusform>
        <numerusform>%n ore</numerusform>
        <numerusform>%n de ore</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1996" />
      <source>handles special-category data and was involved in breach(es) {breaches}</source>
      <translation>
        <numerusform>prelucrează date din categorii speciale și a avut legătură cu incidentul de securitate {breaches}</numerusform>
        <numerusform>prelucrează date din categorii speciale și a avut legătură cu incidentele de securitate {breaches}</numerusform>
        <numerusform>prelucrează date din categorii speciale și a avut legătură cu incidentele de securitate {breaches}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1997" />
      <source>in %n day(s)</source>
      <translation>
        <numerusform>peste %n zi</numerusform>
        <numerusform>peste %n zile</numerusform>
        <numerusform>peste %n de zile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1998" />
      <source>was involved in breach(es) {breaches}</source>
      <translation>
        <numerusform>a avut legătură cu incidentul de securitate {breaches}</numerusform>
        <numerusform>a avut legătură cu incidentele de securitate {breaches}</numerusform>
        <numerusform>a avut legătură cu incidentele de securitate {breaches}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="1999" />
      <source>{name} meets %n DPIA screening criteri(on|a) but has no DPIA: carry one out before going on, or record why the risk is not high (WP248 rev.01).</source>
      <translation>
        <numerusform>{name} îndeplinește %n criteriu de evaluare preliminară EIPD, dar nu are o EIPD: efectuați una înainte de a continua sau consemnați de ce riscul nu este ridicat (WP248 rev.01).</numerusform>
        <numerusform>{name} îndeplinește %n criterii de evaluare preliminară EIPD, dar nu are o EIPD: efectuați una înainte de a continua sau consemnați de ce riscul nu este ridicat (WP248 rev.01).</numerusform>
        <numerusform>{name} îndeplinește %n de criterii de evaluare preliminară EIPD, dar nu are o EIPD: efectuați una înainte de a continua sau consemnați de ce riscul nu este ridicat (WP248 rev.01).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2000" />
      <source>{name}: consent to an online service by someone aged %n, under the age of digital consent ({limit} in {where}), with no parent or guardian recorded as giving or authorising it: record who did and how it was checked, or stop relying on it.</source>
      <translation>
        <numerusform>{name}: consimțământ pentru un serviciu online dat de o persoană în vârstă de %n an, sub vârsta consimțământului digital ({limit} în {where}), fără ca un părinte sau tutore să fie consemnat ca acordându-l sau autorizându-l: consemnați cine l-a acordat și cum s-a verificat acest lucru sau nu vă mai bazați pe el.</numerusform>
        <numerusform>{name}: consimțământ pentru un serviciu online dat de o persoană în vârstă de %n ani, sub vârsta consimțământului digital ({limit} în {where}), fără ca un părinte sau tutore să fie consemnat ca acordându-l sau autorizându-l: consemnați cine l-a acordat și cum s-a verificat acest lucru sau nu vă mai bazați pe el.</numerusform>
        <numerusform>{name}: consimțământ pentru un serviciu online dat de o persoană în vârstă de %n de ani, sub vârsta consimțământului digital ({limit} în {where}), fără ca un părinte sau tutore să fie consemnat ca acordându-l sau autorizându-l: consemnați cine l-a acordat și cum s-a verificat acest lucru sau nu vă mai bazați pe el.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1000" />
      <source>{name} must designate a Data Protection Officer and names none: {grounds} Appoint one, then tick DPO and record their name and contact.</source>
      <translation>{name} trebuie să desemneze un responsabil cu protecția datelor și nu a desemnat niciunul: {grounds} Numiți unul, apoi bifați DPO și consemnați numele și datele sale de contact.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1001" />
      <source>{name} names nobody for data protection: name the DPO or the person responsible.</source>
      <translation>{name} nu indică pe nimeni pentru protecția datelor: indicați responsabilul cu protecția datelor (DPO) sau persoana responsabilă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1002" />
      <source>{name} processes data in {where} with no transfer mechanism{hint}: record what makes it lawful.</source>
      <translation>{name} prelucrează date în {where} fără un mecanism de transfer{hint}: consemnați ce face transferul legal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1003" />
      <source>{name} relies on Art. 34(3)(a), but the assessment does not say the data was unreadable to whoever got it (encrypted with the key safe): tick it if true, or tell the people.</source>
      <translation>{name} invocă art. 34 alin. (3) lit. (a), dar evaluarea nu arată că datele erau ilizibile pentru cei care le-au obținut (criptate, cu cheia în siguranță): bifați opțiunea dacă este adevărat sau informați persoanele.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1004" />
      <source>{name} relies on Art. 34(3)(c): make the public communication and record when and where it was published. It replaces the individual notices; it does not remove the duty.</source>
      <translation>{name} invocă art. 34 alin. (3) lit. (c): faceți comunicarea publică și consemnați când și unde a fost publicată. Aceasta înlocuiește informările individuale; nu elimină obligația.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1005" />
      <source>{name} relies on consent but no consent record links to it: record who consented, when and how.</source>
      <translation>{name} se bazează pe consimțământ, dar nicio evidență a consimțământului nu este legată de ea: consemnați cine și-a dat consimțământul, când și cum.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1006" />
      <source>{name} touches processing the register does not cover ({problems}): record that processing in the register and link it.</source>
      <translation>{name} privește prelucrări pe care registrul nu le acoperă ({problems}): consemnați acele prelucrări în registru și legați-le.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1007" />
      <source>{name} transfers data to {where} with no transfer mechanism{hint}: record what makes it lawful.</source>
      <translation>{name} transferă date către {where} fără un mecanism de transfer{hint}: consemnați ce face transferul legal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1008" />
      <source>{name} uses criminal-offence data: name the law that allows it.</source>
      <translation>{name} folosește date privind condamnări penale și infracțiuni: indicați legea care permite acest lucru.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1009" />
      <source>{name} uses special-category data ({kinds}) without an Art. 9(2) condition: choose the one that allows it.</source>
      <translation>{name} folosește date din categorii speciale ({kinds}) fără o condiție de la art. 9 alin. (2): alegeți condiția care permite prelucrarea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1010" />
      <source>{name} was answered on {date}, and {activities} keeps {periods}: delete that data, then this record, or correct the period.</source>
      <translation>{name} a primit răspuns la {date}, iar {activities} păstrează {periods}: ștergeți acele date, apoi această înregistrare, sau corectați perioada.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1011" />
      <source>{name} was not notified as unlikely to result in a risk: write down the reasoning in the record, so you can show it to the authority.</source>
      <translation>{name} nu a fost notificat, fiind considerat nesusceptibil să genereze un risc: scrieți justificarea în înregistrare, ca să o puteți prezenta autorității.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1012" />
      <source>{name} was withdrawn on {date}, and {activities} keeps {periods}: delete that data, then this record, or correct the period.</source>
      <translation>{name} a fost retras la {date}, iar {activities} păstrează {periods}: ștergeți acele date, apoi această înregistrare, sau corectați perioada.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1013" />
      <source>{name}: answer {labels}. Until then Atlas assumes the worst case for each, which may overstate the risk.</source>
      <translation>{name}: răspundeți la {labels}. Până atunci, Atlas presupune pentru fiecare cazul cel mai grav, ceea ce poate supraestima riscul.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1014" />
      <source>{name}: assess the risk and decide whether to notify the authority — the 72-hour deadline passed on {when} ({hours} ago).</source>
      <translation>{name}: evaluați riscul și decideți dacă notificați autoritatea — termenul de 72 de ore a expirat la {when} (acum {hours}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1015" />
      <source>{name}: choose a lawful basis for {purposes}.</source>
      <translation>{name}: alegeți un temei juridic pentru {purposes}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1016" />
      <source>{name}: consent to an online service by a child of unknown age, under the age of digital consent ({limit} in {where}), with no parent or guardian recorded as giving or authorising it: record who did and how it was checked, or stop relying on it.</source>
      <translation>{name}: consimțământ pentru un serviciu online dat de un copil de vârstă necunoscută, sub vârsta consimțământului digital ({limit} în {where}), fără ca un părinte sau tutore să fie consemnat ca acordându-l sau autorizându-l: consemnați cine a făcut-o și cum s-a verificat sau nu vă mai bazați pe acest consimțământ.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1017" />
      <source>{name}: decide whether to object to the sub-processor change "{change}" by {due} ({when}).</source>
      <translation>{name}: decideți până la {due} ({when}) dacă vă opuneți modificării privind alte persoane împuternicite „{change}”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1018" />
      <source>{name}: notify the authority by {when} ({hours} left).</source>
      <translation>{name}: notificați autoritatea până la {when} (timp rămas: {hours}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1019" />
      <source>{name}: notify the authority now — the 72-hour deadline passed on {when} ({hours} ago); give the reasons for the delay.</source>
      <translation>{name}: notificați acum autoritatea — termenul de 72 de ore a expirat la {when} (acum {hours}); indicați motivele întârzierii.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1020" />
      <source>{name}: record {missing} — every breach is documented, notified or not.</source>
      <translation>{name}: consemnați {missing} — orice incident de securitate se documentează, notificat sau nu.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1021" />
      <source>{name}: say what was affected and answer the risk questions, so Atlas can tell whether to notify the authority: {hours} left (deadline {when}).</source>
      <translation>{name}: indicați ce a fost afectat și răspundeți la întrebările despre risc, ca Atlas să poată stabili dacă trebuie notificată autoritatea: timp rămas {hours} (termen: {when}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1022" />
      <source>{name}: tell {client} now — you process this data for them and the time to tell them ran out on {when} ({hours} ago).</source>
      <translation>{name}: informați acum {client} — prelucrați aceste date în numele acestuia, iar termenul pentru informare a expirat la {when} (acum {hours}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1023" />
      <source>{name}: tell {client} without undue delay, by {when} ({hours} left); they decide whether to notify the authority.</source>
      <translation>{name}: informați {client} fără întârzieri nejustificate, până la {when} (timp rămas: {hours}); acesta decide dacă notifică autoritatea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1024" />
      <source>{name}: the authority should answer the prior consultation by {due} ({when}; {calendar}).</source>
      <translation>{name}: autoritatea ar trebui să răspundă la consultarea prealabilă până la {due} ({when}; {calendar}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1025" />
      <source>{name}: the authority was notified on {notified}, after the 72-hour deadline of {deadline}; record the reasons for the delay.</source>
      <translation>{name}: autoritatea a fost notificată la {notified}, după termenul de 72 de ore ({deadline}); consemnați motivele întârzierii.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1026" />
      <source>{name}: the authority's answer to the prior consultation was due on {due} ({when}; {calendar}); follow up with the authority.</source>
      <translation>{name}: răspunsul autorității la consultarea prealabilă era așteptat până la {due} ({when}; {calendar}); contactați din nou autoritatea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1027" />
      <source>{name}: the deadline to object to the sub-processor change "{change}" passed on {due} ({when}); record your decision.</source>
      <translation>{name}: termenul pentru opoziția la modificarea privind alte persoane împuternicite „{change}” a expirat la {due} ({when}); consemnați decizia dumneavoastră.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1028" />
      <source>{name}: the retention of {data} is given only in words: say it as a number and a unit, counted from an event, so Atlas can check it.</source>
      <translation>{name}: perioada de stocare pentru {data} este indicată doar în cuvinte: exprimați-o ca număr și unitate, socotită de la un eveniment, ca Atlas să o poată verifica.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1029" />
      <source>{name}: the review is due on {due} ({when}).</source>
      <translation>{name}: termenul revizuirii este {due} ({when}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1030" />
      <source>{name}: the review was due on {due} ({when}); review it and record the date.</source>
      <translation>{name}: termenul revizuirii a fost {due} ({when}); faceți revizuirea și consemnați data.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1031" />
      <source>{period} (ran out on {date})</source>
      <translation>{period} (expirată la {date})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1032" />
      <source>{who} has no valid data-protection training but {reasons}: train them and record it.</source>
      <translation>{who} nu are o instruire valabilă în protecția datelor, dar {reasons}: organizați instruirea și consemnați-o.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1033" />
      <source>{who}'s data-protection training expired on {due} ({when}){why}: book a refresher and record it.</source>
      <translation>Instruirea în protecția datelor a persoanei {who} a expirat la {due} ({when}){why}: programați o reîmprospătare și consemnați-o.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1034" />
      <source>{who}'s data-protection training expires on {due} ({when}){why}: book a refresher.</source>
      <translation>Instruirea în protecția datelor a persoanei {who} expiră la {due} ({when}){why}: programați o reîmprospătare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1035" />
      <source>“{label}”</source>
      <translation>„{label}”</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1039" />
      <source>, by {when}</source>
      <translation>, până la {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1040" />
      <source>, on {when}</source>
      <translation>, la {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1036" />
      <source>#{id} {filename} ({size} bytes, added {date} by {person})</source>
      <translation>#{id} {filename} ({size} octeți, adăugat la {date} de {person})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1037" />
      <source>'atlas audit verify --anchor {anchor}' checks the register still holds that history.</source>
      <translation>„atlas audit verify --anchor {anchor}” verifică dacă registrul mai conține acel istoric.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1038" />
      <source>'atlas {command}' does not apply to a team register. {reason}</source>
      <translation>„atlas {command}” nu se aplică unui registru de echipă. {reason}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1041" />
      <source>--add works on list fields; {key} holds one value, use --set.</source>
      <translation>--add funcționează pentru câmpurile de tip listă; {key} conține o singură valoare, folosiți --set.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1042" />
      <source>--anchor takes COUNT:HEAD (e.g. 12:&lt;64 hex digits&gt;), not {given}.</source>
      <translation>--anchor primește COUNT:HEAD (de ex. 12:&lt;64 de cifre hexazecimale&gt;), nu {given}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1043" />
      <source>--from takes a register file on this computer (e.g. office.atlas); the team register to import into is given with --register.</source>
      <translation>--from primește un fișier de registru de pe acest computer (de ex. office.atlas); registrul de echipă în care se importă se indică cu --register.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1044" />
      <source>--region needs --country: give the country the region is in.</source>
      <translation>--region necesită --country: indicați țara în care se află regiunea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1045" />
      <source>--set, --add and --from-json change one record: give them with one --template at a time.</source>
      <translation>--set, --add și --from-json modifică o singură înregistrare: folosiți-le cu câte un singur --template.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1046" />
      <source>--url takes the database's address, signed in as its owner: {address}.</source>
      <translation>--url primește adresa bazei de date, cu conectare ca proprietar al acesteia: {address}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1047" />
      <source>A new recovery key was issued; the old one no longer works.</source>
      <translation>A fost emisă o nouă cheie de recuperare; cea veche nu mai funcționează.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1048" />
      <source>A recovery key was made.</source>
      <translation>A fost creată o cheie de recuperare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1049" />
      <source>A register already exists at {path}.</source>
      <translation>Există deja un registru la {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1050" />
      <source>A team recovery key was made. It is shown only this once: write it down or print it, and keep it away from this computer. {why}</source>
      <translation>A fost creată o cheie de recuperare a echipei. Este afișată doar acum, o singură dată: notați-o sau tipăriți-o și păstrați-o departe de acest computer. {why}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1051" />
      <source>A team register is created with 'atlas team init --url {address} --org NAME --manager NAME'.</source>
      <translation>Un registru de echipă se creează cu „atlas team init --url {address} --org NAME --manager NAME”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1052" />
      <source>A team register names you by your sign-in ({person}); nothing was changed.</source>
      <translation>Un registru de echipă vă identifică după numele de conectare ({person}); nu s-a modificat nimic.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1053" />
      <source>Add --yes to confirm the deletion.</source>
      <translation>Adăugați --yes pentru a confirma ștergerea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1054" />
      <source>Added {person} to the team register as {role}.</source>
      <translation>{person} a fost adăugat în registrul de echipă cu rolul de {role}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1055" />
      <source>Assessed risk: {risk}</source>
      <translation>Risc evaluat: {risk}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1056" />
      <source>Assessment (ENISA 2013 severity, EDPB Guidelines 9/2022 and 01/2021)</source>
      <translation>Evaluare (gravitate ENISA 2013, Ghidurile CEPD 9/2022 și 01/2021)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1057" />
      <source>Atlas keeps no team password on this computer, so there is nothing to forget.</source>
      <translation>Atlas nu păstrează nicio parolă de echipă pe acest computer, deci nu aveți ce uita.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1058" />
      <source>Atlas keeps no team password on this computer: give yours with --password-file, the {variable} variable, or at the prompt.</source>
      <translation>Atlas nu păstrează nicio parolă de echipă pe acest computer: indicați-o pe a dumneavoastră cu --password-file, prin variabila {variable} sau la solicitare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1059" />
      <source>Attached {filename} to {record} #{id} as attachment #{attachment}.</source>
      <translation>{filename} a fost atașat la {record} #{id} ca atașamentul #{attachment}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1060" />
      <source>Attachments</source>
      <translation>Atașamente</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1061" />
      <source>Audit anchor:</source>
      <translation>Ancoră de audit:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1062" />
      <source>Backup verified and written to {path} ({entries} in the audit trail, head {head}…).</source>
      <translation>Copia de rezervă a fost verificată și scrisă în {path} ({entries} în jurnalul de audit, capăt {head}…).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1063" />
      <source>Can sign in</source>
      <translation>Se poate conecta</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1064" />
      <source>Cannot read the certificate {path}: {error}.</source>
      <translation>Nu se poate citi certificatul {path}: {error}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1065" />
      <source>Cannot read the {secret} file {path}: {error}.</source>
      <translation>Nu se poate citi fișierul cu {secret} {path}: {error}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1066" />
      <source>Cannot read {path}: {error}.</source>
      <translation>Nu se poate citi {path}: {error}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1067" />
      <source>Cannot write the pack to {path}: give a file name in an existing folder.</source>
      <translation>Nu se poate scrie pachetul în {path}: indicați un nume de fișier într-un dosar existent.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1068" />
      <source>Cannot write the recovery key to {path}: {error}.</source>
      <translation>Nu se poate scrie cheia de recuperare în {path}: {error}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1069" />
      <source>Cannot write {path}: {error}.</source>
      <translation>Nu se poate scrie {path}: {error}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1070" />
      <source>Changes since the previous review:</source>
      <translation>Modificări de la revizuirea anterioară:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1071" />
      <source>Closed {title}. Wrote the review pack {path} (SHA-256 {sha256}).</source>
      <translation>{title} a fost închisă. Pachetul revizuirii a fost scris în {path} (SHA-256 {sha256}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1072" />
      <source>Confirm, update or retire each one first ('atlas review confirm --all' confirms the rest, except those that need attention: confirm each of those with --note).</source>
      <translation>Mai întâi confirmați, actualizați sau retrageți fiecare element („atlas review confirm --all” le confirmă pe celelalte, cu excepția celor care necesită atenție: confirmați-le pe fiecare dintre acestea cu --note).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1073" />
      <source>Confirmed {count} item(s) as unchanged. {counts}</source>
      <translation>Elemente confirmate fără modificări: {count}. {counts}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1074" />
      <source>Connection file:</source>
      <translation>Fișier de conexiune:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1075" />
      <source>Connection:</source>
      <translation>Conexiune:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1076" />
      <source>Copied {record} #{id} to #{new_id}.</source>
      <translation>{record} #{id} a fost copiat ca #{new_id}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1077" />
      <source>Country where your organisation is established (code or name, e.g. RO; Enter to skip): </source>
      <translation>Țara în care este stabilită organizația dumneavoastră (cod sau nume, de ex. RO; Enter pentru a omite): </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1078" />
      <source>Covers whole file:</source>
      <translation>Acoperă întregul fișier:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1079" />
      <source>Created the demo register at {path}: {counts}.</source>
      <translation>Registrul demonstrativ a fost creat la {path}: {counts}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1080" />
      <source>Created the register for {organisation} at {path}.</source>
      <translation>Registrul pentru {organisation} a fost creat la {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1081" />
      <source>Created the team register for {organisation} on {server}; {person} is its first manager.</source>
      <translation>Registrul de echipă pentru {organisation} a fost creat pe {server}; {person} este primul său manager.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1082" />
      <source>DUE SOON</source>
      <translation>TERMEN APROPIAT</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1083" />
      <source>Deadlines skip the public holidays of {where} (Art. 12(3)); dates are shown in {zone}.</source>
      <translation>Termenele nu includ sărbătorile legale din {where} (art. 12 alin. (3)); datele sunt afișate în fusul orar {zone}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1084" />
      <source>Delete {record} #{id} "{title}"? The audit trail keeps a copy of what it held.</source>
      <translation>Ștergeți {record} #{id} „{title}”? Jurnalul de audit păstrează o copie a conținutului.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1085" />
      <source>Deleted {record} #{id} "{title}".</source>
      <translation>{record} #{id} „{title}” a fost șters.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1086" />
      <source>Document the breach</source>
      <translation>Documentați incidentul</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1087" />
      <source>Dry run: nothing was imported.</source>
      <translation>Simulare: nu s-a importat nimic.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1088" />
      <source>Duties</source>
      <translation>Obligații</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1089" />
      <source>Each is a starting point to adjust. 'atlas templates NAME' shows one; 'atlas add activity --template NAME' adds it to the register.</source>
      <translation>Fiecare este un punct de plecare de ajustat. „atlas templates NAME” afișează unul; „atlas add activity --template NAME” îl adaugă în registru.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1090" />
      <source>Each is a starting point: check it with 'atlas show activity ID' and adjust it with 'atlas edit activity ID --set KEY=VALUE'.</source>
      <translation>Fiecare este un punct de plecare: verificați-l cu „atlas show activity ID” și ajustați-l cu „atlas edit activity ID --set KEY=VALUE”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1091" />
      <source>Export it for others with 'atlas cert export --out FILE.pem'.</source>
      <translation>Exportați-l pentru alții cu „atlas cert export --out FILE.pem”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1092" />
      <source>File:</source>
      <translation>Fișier:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1093" />
      <source>GAPS</source>
      <translation>LIPSURI</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1094" />
      <source>Give either --cert or --register, not both.</source>
      <translation>Indicați fie --cert, fie --register, nu pe amândouă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1095" />
      <source>Give either --generate or --new-password-file, not both.</source>
      <translation>Indicați fie --generate, fie --new-password-file, nu pe amândouă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1096" />
      <source>Give it to them in person, and ask them to choose their own with 'atlas team password'.</source>
      <translation>Înmânați-o personal și cereți-i persoanei să își aleagă propria parolă cu „atlas team password”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1097" />
      <source>Give it to whoever checks your reports: 'atlas verify REPORT.pdf --cert' it, or add it to a PDF reader's trusted certificates.</source>
      <translation>Dați-l celor care vă verifică rapoartele: „atlas verify REPORT.pdf --cert” cu el sau adăugați-l la certificatele de încredere ale unui cititor PDF.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1098" />
      <source>Give item numbers or --all, not both.</source>
      <translation>Indicați numerele elementelor sau --all, nu pe amândouă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1099" />
      <source>Give the item numbers ('atlas review status --items' lists them) or --all.</source>
      <translation>Indicați numerele elementelor („atlas review status --items” le afișează) sau --all.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1100" />
      <source>Give the item numbers ('atlas review status --items' lists them).</source>
      <translation>Indicați numerele elementelor („atlas review status --items” le afișează).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1101" />
      <source>Give the organisation's name with --org.</source>
      <translation>Indicați numele organizației cu --org.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1102" />
      <source>Give the {record}'s number, e.g. 'atlas show {entity} 3'.</source>
      <translation>Indicați numărul înregistrării ({record}), de ex. „atlas show {entity} 3”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1103" />
      <source>Give your name with --your-name "Your Name" (or set {variable}): the audit trail and sign-offs show who made each change (Art. 5(2)).</source>
      <translation>Indicați-vă numele cu --your-name "Numele dumneavoastră" (sau setați {variable}): jurnalul de audit și aprobările arată cine a făcut fiecare modificare (art. 5 alin. (2)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1104" />
      <source>Has key</source>
      <translation>Are cheie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1105" />
      <source>Imported the certificate of {subject} (SHA-256 {fingerprint}). New reports are signed with it; reports signed before still verify against this register.</source>
      <translation>Certificatul lui {subject} a fost importat (SHA-256 {fingerprint}). Rapoartele noi sunt semnate cu el; rapoartele semnate anterior se verifică în continuare cu acest registru.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1106" />
      <source>Imported {file} into the team register {server}: {records}, {extras}; its audit trail ({entries}) is kept as imported segment {segment}, anchored in the team's trail. {file} itself was not changed.</source>
      <translation>{file} a fost importat în registrul de echipă {server}: {records}, {extras}; jurnalul său de audit ({entries}) este păstrat ca segmentul importat {segment}, ancorat în jurnalul echipei. {file} însuși nu a fost modificat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1107" />
      <source>Intact:</source>
      <translation>Intact:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1108" />
      <source>It has no passphrase: 'atlas team password' changes your own password.</source>
      <translation>Nu are frază de acces: „atlas team password” vă schimbă propria parolă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1109" />
      <source>It holds personal data and is not encrypted: share it only with those who need it.</source>
      <translation>Conține date cu caracter personal și nu este criptat: partajați-l doar cu cei care au nevoie de el.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1110" />
      <source>It holds the signed review, the signed Art. 30 record and the spreadsheet, with a manifest of their hashes (check with 'sha256sum -c MANIFEST.sha256' once unzipped). It is not encrypted: keep it safe. 'atlas review pack' writes it again at any time.</source>
      <translation>Conține revizuirea semnată, evidența semnată conform art. 30 și foaia de calcul, cu un manifest al amprentelor acestora (verificați cu „sha256sum -c MANIFEST.sha256” după dezarhivare). Nu este criptat: păstrați-l în siguranță. „atlas review pack” îl scrie din nou oricând.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1111" />
      <source>It is the only way back to the team key (attachments, the signing key, the audit trail's seal) if every manager's password is lost.</source>
      <translation>Este singura cale de a recupera cheia echipei (atașamentele, cheia de semnare, sigiliul jurnalului de audit) dacă se pierd parolele tuturor managerilor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1112" />
      <source>Its address, web form or phone (Enter to skip): </source>
      <translation>Adresa, formularul web sau telefonul acesteia (Enter pentru a omite): </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1113" />
      <source>Its connection file (no password in it) is {path}.</source>
      <translation>Fișierul său de conexiune (fără parolă) este {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1114" />
      <source>Its passphrase is: {passphrase}  (it is a demo: keep no real data in it)</source>
      <translation>Fraza de acces este: {passphrase}  (este o demonstrație: nu păstrați date reale în el)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1115" />
      <source>Its recovery key is made once, by 'atlas team init'; your own way in is your password ('atlas team password' changes it).</source>
      <translation>Cheia sa de recuperare este creată o singură dată, de „atlas team init”; accesul dumneavoastră este prin parola proprie („atlas team password” o schimbă).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1116" />
      <source>Its server is backed up by whoever runs the server; 'atlas export xlsx' writes a readable copy.</source>
      <translation>Copiile de rezervă ale serverului sunt făcute de cine administrează serverul; „atlas export xlsx” scrie o copie lizibilă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1117" />
      <source>JSON rows with: {columns}</source>
      <translation>Rânduri JSON cu: {columns}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1118" />
      <source>NO — {why}</source>
      <translation>NU — {why}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1119" />
      <source>New passphrase: </source>
      <translation>Frază de acces nouă: </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1120" />
      <source>New password for {person}: </source>
      <translation>Parolă nouă pentru {person}: </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1121" />
      <source>Next: 'atlas review confirm ITEM…' (or --all), 'atlas review retire ITEM…', or edit a record with 'atlas edit' (it then counts as updated). The review can be paused at any time.</source>
      <translation>Următorul pas: „atlas review confirm ITEM…” (sau --all), „atlas review retire ITEM…” sau modificați o înregistrare cu „atlas edit” (apoi aceasta contează ca actualizată). Revizuirea poate fi întreruptă oricând.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1122" />
      <source>No acceptable passphrase was chosen; nothing was changed.</source>
      <translation>Nu a fost aleasă o frază de acces acceptabilă; nu s-a modificat nimic.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1123" />
      <source>No acceptable password was chosen; nothing was changed.</source>
      <translation>Nu a fost aleasă o parolă acceptabilă; nu s-a modificat nimic.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1124" />
      <source>No answer was typed; nothing was created.</source>
      <translation>Nu a fost tastat niciun răspuns; nu s-a creat nimic.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1125" />
      <source>No audit entries match.</source>
      <translation>Nicio intrare de audit nu corespunde.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1126" />
      <source>No country was given, so deadlines skip weekends only, not public holidays (Art. 12(3)). Set it with: atlas edit organisation --set country=CC --set holiday_country=CC --set time_zone=Continent/City (e.g. RO and Europe/Bucharest)</source>
      <translation>Nu a fost indicată nicio țară, așa că termenele exclud doar zilele de sfârșit de săptămână, nu și sărbătorile legale (art. 12 alin. (3)). Setați-o cu: atlas edit organisation --set country=CC --set holiday_country=CC --set time_zone=Continent/City (de ex. RO și Europe/Bucharest)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1127" />
      <source>No name is recorded in this register, so changes are written as "{unnamed}". Record yours with: atlas whoami --set-name "Your Name" --set-role "Your role"</source>
      <translation>În acest registru nu este consemnat niciun nume, așa că modificările sunt scrise ca „{unnamed}”. Consemnați-l pe al dumneavoastră cu: atlas whoami --set-name "Numele dumneavoastră" --set-role "Rolul dumneavoastră"</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1128" />
      <source>No name is recorded yet: give it with --set-name "Your Name".</source>
      <translation>Încă nu este consemnat niciun nume: indicați-l cu --set-name "Numele dumneavoastră".</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1129" />
      <source>No new password given for {person}: use {flag}, or a terminal.</source>
      <translation>Nu a fost indicată o parolă nouă pentru {person}: folosiți {flag} sau un terminal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1130" />
      <source>No new password given for {person}: use {flag}, the {variable} variable, or a terminal.</source>
      <translation>Nu a fost indicată o parolă nouă pentru {person}: folosiți {flag}, variabila {variable} sau un terminal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1131" />
      <source>No password given for {person}: use --new-password-file F, --generate, or a terminal.</source>
      <translation>Nu a fost indicată nicio parolă pentru {person}: folosiți --new-password-file F, --generate sau un terminal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1132" />
      <source>No review has been closed yet, so there is no pack to write.</source>
      <translation>Nicio revizuire nu a fost închisă încă, deci nu există niciun pachet de scris.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1133" />
      <source>No review is in progress. Start one with 'atlas review start'.</source>
      <translation>Nu este în curs nicio revizuire. Începeți una cu „atlas review start”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1134" />
      <source>No review is in progress. The last one, {title}, was closed on {date}. Start one with 'atlas review start'.</source>
      <translation>Nu este în curs nicio revizuire. Ultima, {title}, a fost închisă la {date}. Începeți una cu „atlas review start”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1135" />
      <source>No review yet. Start one with 'atlas review start'.</source>
      <translation>Nicio revizuire încă. Începeți una cu „atlas review start”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1136" />
      <source>No sign-in name given: put it in the address ({address}) or use --user NAME.</source>
      <translation>Nu a fost indicat niciun nume de conectare: includeți-l în adresă ({address}) sau folosiți --user NAME.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1137" />
      <source>No usable answer was given; nothing was created.</source>
      <translation>Nu a fost dat niciun răspuns utilizabil; nu s-a creat nimic.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1138" />
      <source>No {records} match.</source>
      <translation>Nu corespunde nicio înregistrare ({records}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1139" />
      <source>No {records} yet.</source>
      <translation>Nu există încă {records}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1140" />
      <source>No {secret} given: use {flag}, the {env} variable, or a terminal.</source>
      <translation>Nu a fost indicată nicio {secret}: folosiți {flag}, variabila {env} sau un terminal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1141" />
      <source>Not started: {rules}</source>
      <translation>Evaluare neîncepută: {rules}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1142" />
      <source>Nothing to change: give --set KEY=VALUE, --add KEY=VALUE or --from-json FILE.</source>
      <translation>Nimic de modificat: indicați --set KEY=VALUE, --add KEY=VALUE sau --from-json FILE.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1143" />
      <source>Nothing to do: no deadline is near and no gap was found.</source>
      <translation>Nimic de făcut: niciun termen nu este apropiat și nu s-a găsit nicio lipsă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1144" />
      <source>Nothing was deleted.</source>
      <translation>Nu s-a șters nimic.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1145" />
      <source>Nothing was imported: no row without problems is new or changed.</source>
      <translation>Nu s-a importat nimic: niciun rând fără probleme nu este nou sau modificat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1146" />
      <source>Nothing was imported: the register already holds what the file says.</source>
      <translation>Nu s-a importat nimic: registrul conține deja ce spune fișierul.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1147" />
      <source>Notify the authority</source>
      <translation>Notificați autoritatea</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1148" />
      <source>OVERDUE</source>
      <translation>DEPĂȘITE</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1149" />
      <source>On this computer changes are written as {person} (Preferences' "Your name" or {variable}).</source>
      <translation>Pe acest computer, modificările sunt scrise ca {person} („Numele dumneavoastră” din Preferințe sau {variable}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1150" />
      <source>Organisation name: </source>
      <translation>Numele organizației: </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1151" />
      <source>Organisation:</source>
      <translation>Organizație:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1152" />
      <source>PKCS#12 password</source>
      <translation>parolă PKCS#12</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1153" />
      <source>Passphrase for {name}: </source>
      <translation>Frază de acces pentru {name}: </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1154" />
      <source>Passphrase in force when the backup {name} was made: </source>
      <translation>Fraza de acces în vigoare când a fost făcută copia de rezervă {name}: </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1155" />
      <source>Passphrase of the backup {name}: </source>
      <translation>Fraza de acces a copiei de rezervă {name}: </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1156" />
      <source>Password for you @ {server}: </source>
      <translation>Parola dumneavoastră @ {server}: </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1157" />
      <source>Password for {person} @ {server}: </source>
      <translation>Parola pentru {person} @ {server}: </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1158" />
      <source>Password of {name} (empty if none): </source>
      <translation>Parola pentru {name} (gol dacă nu există): </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1159" />
      <source>Person</source>
      <translation>Persoană</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1160" />
      <source>Press Enter to accept it, or type the name of your authority: </source>
      <translation>Apăsați Enter pentru a o accepta sau tastați numele autorității dumneavoastră: </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1161" />
      <source>Public communication</source>
      <translation>Comunicare publică</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1162" />
      <source>Public holidays differ by region in {country}: {regions}</source>
      <translation>Sărbătorile legale diferă în funcție de regiune în {country}: {regions}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1163" />
      <source>Recorded in this register: {person}.</source>
      <translation>Consemnat în acest registru: {person}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1164" />
      <source>Recorded: {person}. The audit trail and sign-offs show this name from now on.</source>
      <translation>Consemnat: {person}. De acum înainte, jurnalul de audit și aprobările afișează acest nume.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1165" />
      <source>Region (its code; Enter for the national holidays only): </source>
      <translation>Regiunea (codul ei; Enter doar pentru sărbătorile naționale): </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1166" />
      <source>Register {path} (schema {schema}, organisation: {organisation})</source>
      <translation>Registrul {path} (schema {schema}, organizația: {organisation})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1167" />
      <source>Remove {filename} from {entity} #{id}?</source>
      <translation>Eliminați {filename} din {entity} #{id}?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1168" />
      <source>Removed {filename}.</source>
      <translation>{filename} a fost eliminat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1169" />
      <source>Removed {person}: they can no longer open this team register. What they recorded, and the audit trail naming them, stay.</source>
      <translation>{person} a fost eliminat: nu mai poate deschide acest registru de echipă. Ce a consemnat și jurnalul de audit care îl menționează rămân.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1170" />
      <source>Reopened {count} confirmed item(s). {counts}</source>
      <translation>Elemente confirmate redeschise: {count}. {counts}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1171" />
      <source>Restored the key file of {name} from {backup}; the register's data was not touched.</source>
      <translation>Fișierul-cheie al registrului {name} a fost restaurat din {backup}; datele registrului nu au fost atinse.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1172" />
      <source>Restored {path} from {backup} (verified; {entries} in its audit trail).</source>
      <translation>{path} a fost restaurat din {backup} (verificat; {entries} în jurnalul său de audit).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1173" />
      <source>Result:</source>
      <translation>Rezultat:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1174" />
      <source>Retired {count} item(s): kept in the history, no longer in force. {counts}</source>
      <translation>Elemente retrase: {count} (păstrate în istoric, nu mai sunt în vigoare). {counts}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1175" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1176" />
      <source>Role:</source>
      <translation>Rol:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1177" />
      <source>SHA-256 fingerprint: {fingerprint}</source>
      <translation>Amprentă SHA-256: {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1178" />
      <source>Saved processing activity #{id} "{title}" from a template.</source>
      <translation>Activitatea de prelucrare #{id} „{title}” a fost salvată pornind de la un șablon.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1179" />
      <source>Saved {record} #{id} "{title}".</source>
      <translation>{record} #{id} „{title}” a fost salvat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1180" />
      <source>Say which team register: --register {address}, or --register FILE.atlas-team.</source>
      <translation>Precizați registrul de echipă: --register {address} sau --register FILE.atlas-team.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1181" />
      <source>Schema:</source>
      <translation>Schemă:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1182" />
      <source>Score {score}: {level}</source>
      <translation>Scor {score}: {level}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1183" />
      <source>Sent {breaches} from this computer's outbox to {where}, with their original times; the outbox is empty and was removed.</source>
      <translation>{breaches} din căsuța de ieșire a acestui computer au fost trimise către {where}, cu orele lor inițiale; căsuța de ieșire este goală și a fost eliminată.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1184" />
      <source>Sent {breaches} from this computer's outbox to {where}, with their original times; the outbox is empty.</source>
      <translation>{breaches} din căsuța de ieșire a acestui computer au fost trimise către {where}, cu orele lor inițiale; căsuța de ieșire este goală.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1185" />
      <source>Sent {breaches} from this computer's outbox to {where}, with their original times; {left} still wait in the outbox.</source>
      <translation>{breaches} din căsuța de ieșire a acestui computer au fost trimise către {where}, cu orele lor inițiale; {left} încă așteaptă în căsuța de ieșire.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1186" />
      <source>Server:</source>
      <translation>Server:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1187" />
      <source>Sign in with --register {address} or --register {path}; add the others with 'atlas team add-user NAME --role editor --register ...'.</source>
      <translation>Conectați-vă cu --register {address} sau --register {path}; adăugați-i pe ceilalți cu „atlas team add-user NAME --role editor --register ...”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1188" />
      <source>Signed in as {person}: the audit trail and sign-offs show this name.</source>
      <translation>Conectat ca {person}: jurnalul de audit și aprobările afișează acest nume.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1189" />
      <source>Signed in as:</source>
      <translation>Conectat ca:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1190" />
      <source>Signer:</source>
      <translation>Semnatar:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1191" />
      <source>Signing time:</source>
      <translation>Ora semnării:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1192" />
      <source>Started {title}. The year's figures cover {period}; the register's state is anchored at audit entry {count} ({head}…).</source>
      <translation>{title} a început. Cifrele anului acoperă {period}; starea registrului este ancorată la intrarea de audit {count} ({head}…).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1193" />
      <source>Still to answer: {fields} (the worst case was assumed).</source>
      <translation>De răspuns încă: {fields} (s-a presupus cazul cel mai grav).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1194" />
      <source>Supervisory authority for breaches (Art. 33(1)): {authority}</source>
      <translation>Autoritatea de supraveghere pentru incidentele de securitate (art. 33 alin. (1)): {authority}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1195" />
      <source>Supervisory authority for {country}: {authority}</source>
      <translation>Autoritatea de supraveghere pentru {country}: {authority}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1196" />
      <source>Supervisory authority you notify of a breach (Enter to skip): </source>
      <translation>Autoritatea de supraveghere pe care o notificați în caz de incident de securitate (Enter pentru a omite): </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1197" />
      <source>Team recovery key: </source>
      <translation>Cheia de recuperare a echipei: </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1198" />
      <source>Team register {server} (schema {schema}, organisation: {organisation})</source>
      <translation>Registrul de echipă {server} (schema {schema}, organizația: {organisation})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1199" />
      <source>Tell the client (controller)</source>
      <translation>Informați clientul (operatorul)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1200" />
      <source>Tell the people affected</source>
      <translation>Informați persoanele afectate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1201" />
      <source>Template {key}: {name}</source>
      <translation>Șablonul {key}: {name}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1202" />
      <source>Templates are for processing activities only: 'atlas add {entity} --template NAME'. 'atlas templates' lists them.</source>
      <translation>Șabloanele sunt doar pentru activitățile de prelucrare: „atlas add {entity} --template NAME”. „atlas templates” le afișează.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1203" />
      <source>That is the register's own file; choose another name for the certificate.</source>
      <translation>Acesta este chiar fișierul registrului; alegeți alt nume pentru certificat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1204" />
      <source>The demo register is a file on this computer: give --register a file path.</source>
      <translation>Registrul demonstrativ este un fișier de pe acest computer: indicați pentru --register calea unui fișier.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1205" />
      <source>The folder {path} does not exist.</source>
      <translation>Dosarul {path} nu există.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1206" />
      <source>The key file it replaced was kept as {path}.</source>
      <translation>Fișierul-cheie înlocuit a fost păstrat ca {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1207" />
      <source>The new password is the one you have now; nothing was changed.</source>
      <translation>Parola nouă este cea pe care o aveți acum; nu s-a modificat nimic.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1208" />
      <source>The organisation's name (--org) cannot be empty.</source>
      <translation>Numele organizației (--org) nu poate fi gol.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1209" />
      <source>The organisation's name cannot be empty.</source>
      <translation>Numele organizației nu poate fi gol.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1210" />
      <source>The passphrase was changed. The recovery key is unchanged and still works.</source>
      <translation>Fraza de acces a fost schimbată. Cheia de recuperare este neschimbată și funcționează în continuare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1211" />
      <source>The register it replaced was kept as {path}.</source>
      <translation>Registrul înlocuit a fost păstrat ca {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1212" />
      <source>The register now opens with the passphrase and recovery key that were in force when that backup was made.</source>
      <translation>Registrul se deschide acum cu fraza de acces și cheia de recuperare care erau în vigoare când a fost făcută acea copie de rezervă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1213" />
      <source>The sign-in name cannot be empty.</source>
      <translation>Numele de conectare nu poate fi gol.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1214" />
      <source>The team recovery key is needed to upgrade (it unlocks the key of the backup made first): use --recovery-key-file F, the file 'atlas team init' wrote, or a terminal.</source>
      <translation>Pentru actualizare este necesară cheia de recuperare a echipei (deblochează cheia copiei de rezervă făcute mai întâi): folosiți --recovery-key-file F, fișierul scris de „atlas team init” sau un terminal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1215" />
      <source>The team recovery key was written to {path} (readable by you only): print it or move it to safe storage. {why}</source>
      <translation>Cheia de recuperare a echipei a fost scrisă în {path} (lizibil doar de dumneavoastră): tipăriți-o sau mutați-o într-un loc sigur. {why}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1216" />
      <source>The team register {server} is already at schema {version}: nothing to upgrade.</source>
      <translation>Registrul de echipă {server} are deja schema {version}: nu este nimic de actualizat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1217" />
      <source>The two passphrases differ; please try again.</source>
      <translation>Cele două fraze de acces diferă; încercați din nou.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1218" />
      <source>The two passwords differ; please try again.</source>
      <translation>Cele două parole diferă; încercați din nou.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1219" />
      <source>The {kind} report covers the whole register; --id goes with dpia and breach only.</source>
      <translation>Raportul {kind} acoperă întregul registru; --id se folosește doar cu dpia și breach.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1220" />
      <source>The {kind} report is about one record: give its number with --id ('atlas list {entity}' shows them).</source>
      <translation>Raportul {kind} privește o singură înregistrare: indicați numărul ei cu --id („atlas list {entity}” le afișează).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1221" />
      <source>The {secret} file {path} is not UTF-8 text; save it as UTF-8 and try again.</source>
      <translation>Fișierul cu {secret} {path} nu este text UTF-8; salvați-l ca UTF-8 și încercați din nou.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1222" />
      <source>Their password, shown only this once: {password}</source>
      <translation>Parola sa, afișată doar acum, o singură dată: {password}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1223" />
      <source>There is no file {path}.</source>
      <translation>Nu există fișierul {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1224" />
      <source>There is no outbox on this computer for {where}: nothing to send.</source>
      <translation>Pe acest computer nu există nicio căsuță de ieșire pentru {where}: nu este nimic de trimis.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1225" />
      <source>There is no register file at {path}.</source>
      <translation>Nu există niciun fișier de registru la {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1226" />
      <source>There is one {record}: change it with 'atlas edit {entity} --set KEY=VALUE'.</source>
      <translation>Există o singură înregistrare ({record}): modificați-o cu „atlas edit {entity} --set KEY=VALUE”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1227" />
      <source>They sign in with --register {address}.</source>
      <translation>Se conectează cu --register {address}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1228" />
      <source>This computer no longer remembers the register; the passphrase is needed to open it.</source>
      <translation>Acest computer nu mai reține registrul; pentru a-l deschide este necesară fraza de acces.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1229" />
      <source>This computer now remembers the audit trail as {entries}.</source>
      <translation>Acest computer reține acum jurnalul de audit ca {entries}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1230" />
      <source>This computer now remembers the register in the system keyring ({keyring}).</source>
      <translation>Acest computer reține acum registrul în inelul de chei al sistemului ({keyring}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1231" />
      <source>This register has no signing certificate yet, so it signed no report.</source>
      <translation>Acest registru nu are încă un certificat de semnare, deci nu a semnat niciun raport.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1232" />
      <source>Trusted:</source>
      <translation>De încredere:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1233" />
      <source>Type it again: </source>
      <translation>Tastați din nou: </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1234" />
      <source>Upgraded the team register {server} from schema {old} to {new}. An encrypted backup ({what}; the team recovery key opens it) was made first: {path}.</source>
      <translation>Registrul de echipă {server} a fost actualizat de la schema {old} la {new}. Mai întâi a fost făcută o copie de rezervă criptată ({what}; se deschide cu cheia de recuperare a echipei): {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1235" />
      <source>Whoever runs its server restores it from the server's backups.</source>
      <translation>Cine administrează serverul îl restaurează din copiile de rezervă ale serverului.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1236" />
      <source>With no DPO recorded, {person} is named in the record as the person responsible for data protection; change it with: atlas edit organisation --set responsible_name="Name"</source>
      <translation>Deoarece nu este consemnat niciun DPO, {person} este menționat în evidență ca persoana responsabilă cu protecția datelor; modificați acest lucru cu: atlas edit organisation --set responsible_name="Nume"</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1237" />
      <source>Wrote the pack of {title} to {path} (SHA-256 {sha256}). It is not encrypted.</source>
      <translation>Pachetul {title} a fost scris în {path} (SHA-256 {sha256}). Nu este criptat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1238" />
      <source>Wrote {count} {records} to {path}. It is not encrypted: keep it somewhere safe, and delete it when done.</source>
      <translation>Au fost scrise {count} {records} în {path}. Fișierul nu este criptat: păstrați-l într-un loc sigur și ștergeți-l când nu mai aveți nevoie de el.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1239" />
      <source>Wrote {path}, signed by {signer} (certificate SHA-256 {fingerprint}…).</source>
      <translation>A fost scris {path}, semnat de {signer} (certificat SHA-256 {fingerprint}…).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1240" />
      <source>Wrote {path}.</source>
      <translation>A fost scris {path}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1241" />
      <source>Wrote {path}. It is not encrypted: keep it somewhere safe, and delete it when done.</source>
      <translation>A fost scris {path}. Nu este criptat: păstrați-l într-un loc sigur și ștergeți-l când nu mai aveți nevoie de el.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1242" />
      <source>Wrote {path}: the certificate of {subject}, valid until {date}.</source>
      <translation>A fost scris {path}: certificatul lui {subject}, valabil până la {date}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1243" />
      <source>You cannot remove yourself: ask another manager to do it.</source>
      <translation>Nu vă puteți elimina singur: cereți altui manager să o facă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1244" />
      <source>Your name (shown in the audit trail and on sign-offs): </source>
      <translation>Numele dumneavoastră (afișat în jurnalul de audit și pe aprobări): </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1245" />
      <source>Your name in the audit trail and on sign-offs: {person}</source>
      <translation>Numele dumneavoastră în jurnalul de audit și pe aprobări: {person}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1246" />
      <source>Your own assessment: {risk} — {reason}</source>
      <translation>Evaluarea dumneavoastră: {risk} — {reason}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1247" />
      <source>Your password was changed, and your copy of the team key now opens with it. Sign in with the new password from now on.</source>
      <translation>Parola dumneavoastră a fost schimbată, iar copia dumneavoastră a cheii echipei se deschide acum cu ea. De acum înainte, conectați-vă cu noua parolă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1248" />
      <source>Your role (e.g. Office manager; Enter to skip): </source>
      <translation>Rolul dumneavoastră (de ex. Administrator de birou; Enter pentru a omite): </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1249" />
      <source>Your sign-in name: </source>
      <translation>Numele dumneavoastră de conectare: </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1250" />
      <source>[assumed]</source>
      <translation>[presupus]</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1251" />
      <source>a manager</source>
      <translation>manager</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1252" />
      <source>a reader</source>
      <translation>cititor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1253" />
      <source>an editor</source>
      <translation>editor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1254" />
      <source>atlas: The {record} was not saved:</source>
      <translation>atlas: Înregistrarea ({record}) nu a fost salvată:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1255" />
      <source>atlas: note: no name is recorded for you in this register, so changes are written in the audit trail as "{unnamed}". Record yours once with: atlas whoami --set-name "Your Name" (or set {variable}).</source>
      <translation>atlas: notă: în acest registru nu este consemnat niciun nume pentru dumneavoastră, așa că modificările sunt scrise în jurnalul de audit ca „{unnamed}”. Consemnați-l o singură dată cu: atlas whoami --set-name "Numele dumneavoastră" (sau setați {variable}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1256" />
      <source>atlas: note: the disk holding {name} is full, so it was opened read-only: reading it, exporting it and backing it up to another disk work; changes need free space first.</source>
      <translation>atlas: notă: discul pe care se află {name} este plin, așa că a fost deschis doar pentru citire: citirea, exportul și copierea de rezervă pe alt disc funcționează; pentru modificări este nevoie mai întâi de spațiu liber.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1257" />
      <source>atlas: warning: cannot write the recovery key to {path} ({error}).</source>
      <translation>atlas: avertisment: nu se poate scrie cheia de recuperare în {path} ({error}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1258" />
      <source>atlas: warning: {message}</source>
      <translation>atlas: avertisment: {message}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1259" />
      <source>audit trail: {entries}, head {head}…</source>
      <translation>jurnal de audit: {entries}, capăt {head}…</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1260" />
      <source>audit trail: {entries}, head {head}…, matches {count} anchor(s)</source>
      <translation>jurnal de audit: {entries}, capăt {head}…, ancore corespunzătoare: {count}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1261" />
      <source>audit trail: {entries}, head {head}…, matches {count} anchor(s) from backups</source>
      <translation>jurnal de audit: {entries}, capăt {head}…, ancore din copiile de rezervă corespunzătoare: {count}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1262" />
      <source>audit trail: {problem}</source>
      <translation>jurnal de audit: {problem}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1263" />
      <source>choices (or your own entry): {choices}</source>
      <translation>opțiuni (sau o valoare proprie): {choices}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1264" />
      <source>choices: {choices}</source>
      <translation>opțiuni: {choices}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1265" />
      <source>closed {date} by {person}</source>
      <translation>închisă la {date} de {person}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1266" />
      <source>computed</source>
      <translation>calculat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1267" />
      <source>content was added after signing</source>
      <translation>s-a adăugat conținut după semnare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1268" />
      <source>done</source>
      <translation>făcut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1269" />
      <source>editor</source>
      <translation>editor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1270" />
      <source>encrypted (TLS)</source>
      <translation>criptată (TLS)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1271" />
      <source>encrypted pages and database structure are intact</source>
      <translation>paginile criptate și structura bazei de date sunt intacte</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1272" />
      <source>encryption unknown</source>
      <translation>criptare necunoscută</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1273" />
      <source>export of every table</source>
      <translation>export al fiecărui tabel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1274" />
      <source>in progress</source>
      <translation>în curs</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1275" />
      <source>it was changed or damaged</source>
      <translation>a fost modificat sau deteriorat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1276" />
      <source>last backup {time} UTC; {count} kept in {folder}</source>
      <translation>ultima copie de rezervă {time} UTC; {count} păstrate în {folder}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1277" />
      <source>manager</source>
      <translation>manager</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1278" />
      <source>needs attention: {reason} ({article})</source>
      <translation>necesită atenție: {reason} ({article})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1279" />
      <source>new passphrase</source>
      <translation>frază de acces nouă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1280" />
      <source>no</source>
      <translation>nu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1281" />
      <source>no backup in {folder} yet: run 'atlas backup'</source>
      <translation>nicio copie de rezervă în {folder} încă: rulați „atlas backup”</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1282" />
      <source>no key file or backups to check: each person's key is in the register, and the server's backups are the business of whoever runs the server</source>
      <translation>niciun fișier-cheie sau copie de rezervă de verificat: cheia fiecărei persoane se află în registru, iar copiile de rezervă ale serverului sunt treaba celui care administrează serverul</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1283" />
      <source>no reason recorded</source>
      <translation>niciun motiv consemnat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1284" />
      <source>not decided yet</source>
      <translation>nedecis încă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1285" />
      <source>not encrypted (allowed only for a server on this computer)</source>
      <translation>necriptată (permis doar pentru un server de pe acest computer)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1286" />
      <source>not required</source>
      <translation>nu este necesar</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1287" />
      <source>not required (exemption)</source>
      <translation>nu este necesar (excepție)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1288" />
      <source>not signed with {source}</source>
      <translation>nesemnat cu {source}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1289" />
      <source>note: {note}</source>
      <translation>notă: {note}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1290" />
      <source>nothing was added after signing</source>
      <translation>nu s-a adăugat nimic după semnare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1291" />
      <source>passphrase</source>
      <translation>frază de acces</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1292" />
      <source>password</source>
      <translation>parolă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1293" />
      <source>pg_dump archive</source>
      <translation>arhivă pg_dump</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1294" />
      <source>read-only</source>
      <translation>doar citire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1295" />
      <source>reader</source>
      <translation>cititor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1296" />
      <source>records: every record matches its audit trail</source>
      <translation>înregistrări: fiecare înregistrare corespunde jurnalului său de audit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1297" />
      <source>recovery key</source>
      <translation>cheie de recuperare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1298" />
      <source>replaced by a public communication</source>
      <translation>înlocuit prin comunicare publică</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1299" />
      <source>required</source>
      <translation>obligatoriu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1300" />
      <source>signed in as {person} ({role}); connection {connection}</source>
      <translation>conectat ca {person} ({role}); conexiune {connection}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1301" />
      <source>signed with {source}</source>
      <translation>semnat cu {source}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1302" />
      <source>the anchor {anchor}… given on the command line</source>
      <translation>ancora {anchor}… indicată în linia de comandă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1303" />
      <source>the certificate in {path}</source>
      <translation>certificatul din {path}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1304" />
      <source>the client's decision</source>
      <translation>decizia clientului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1305" />
      <source>the register's certificate</source>
      <translation>certificatul registrului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1306" />
      <source>the signature does not hold</source>
      <translation>semnătura nu este valabilă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1307" />
      <source>the signed content is unchanged</source>
      <translation>conținutul semnat este neschimbat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1308" />
      <source>to do</source>
      <translation>de făcut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1309" />
      <source>yes</source>
      <translation>da</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1310" />
      <source>yes — {why}</source>
      <translation>da — {why}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1311" />
      <source>{country}, region {region}</source>
      <translation>{country}, regiunea {region}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1312" />
      <source>{count} items to confirm, update or retire:</source>
      <translation>Elemente de confirmat, actualizat sau retras: {count}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1313" />
      <source>{count} {records}.</source>
      <translation>{count} {records}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1314" />
      <source>{done} of {total} reviewed: {confirmed} confirmed unchanged, {updated} updated, {retired} retired, {open} still open.</source>
      <translation>{done} din {total} revizuite: {confirmed} confirmate fără modificări, {updated} actualizate, {retired} retrase, {open} încă deschise.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1315" />
      <source>{entity} #{id} has no attachments.</source>
      <translation>{entity} #{id} nu are atașamente.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1316" />
      <source>{entity} #{id}: {title}</source>
      <translation>{entity} #{id}: {title}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1317" />
      <source>{entity} has no field {key}; see 'atlas fields {entity_key}'.</source>
      <translation>{entity} nu are câmpul {key}; consultați „atlas fields {entity_key}”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1318" />
      <source>{field} ({key}) is worked out automatically and cannot be set.</source>
      <translation>{field} ({key}) este calculat automat și nu poate fi setat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1319" />
      <source>{field} ({key}): {error}.</source>
      <translation>{field} ({key}): {error}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1320" />
      <source>{filename}  {size} bytes  {media_type}  added {time}Z by {person}</source>
      <translation>{filename}  {size} octeți  {media_type}  adăugat {time}Z de {person}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1321" />
      <source>{flag} is for a register file on this computer: sign in to a team register with your password (--password-file, or the {variable} variable).</source>
      <translation>{flag} este pentru un fișier de registru de pe acest computer: conectați-vă la un registru de echipă cu parola dumneavoastră (--password-file sau variabila {variable}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1322" />
      <source>{flag} is for a team register ({address} or a .atlas-team file); a register file on this computer opens with its passphrase.</source>
      <translation>{flag} este pentru un registru de echipă ({address} sau un fișier .atlas-team); un fișier de registru de pe acest computer se deschide cu fraza sa de acces.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1323" />
      <source>{flag} takes KEY=VALUE, not {given}.</source>
      <translation>{flag} primește KEY=VALUE, nu {given}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1324" />
      <source>{flag} takes a date like 2026-11-22 or 2026-11-22T14:30, not {given}.</source>
      <translation>{flag} primește o dată precum 2026-11-22 sau 2026-11-22T14:30, nu {given}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1325" />
      <source>{heading} It is shown only this once: write it down or print it, and keep it away from this computer. It is the only way in if the passphrase is forgotten.</source>
      <translation>{heading} Este afișată doar acum, o singură dată: notați-o sau tipăriți-o și păstrați-o departe de acest computer. Este singura cale de acces dacă uitați fraza de acces.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1326" />
      <source>{heading} It was written to {path} (readable by you only). Print it or move it to safe storage: it is the only way in if the passphrase is forgotten.</source>
      <translation>{heading} A fost scrisă în {path} (lizibil doar de dumneavoastră). Tipăriți-o sau mutați-o într-un loc sigur: este singura cale de acces dacă uitați fraza de acces.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1327" />
      <source>{name} ({role})</source>
      <translation>{name} ({role})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1328" />
      <source>{path} already exists; choose a new file for the recovery key.</source>
      <translation>{path} există deja; alegeți un fișier nou pentru cheia de recuperare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1329" />
      <source>{path} already exists; choose a new file for {flag}.</source>
      <translation>{path} există deja; alegeți un fișier nou pentru {flag}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1330" />
      <source>{path} is a backup of another register.</source>
      <translation>{path} este o copie de rezervă a altui registru.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1331" />
      <source>{path} is a register file on this computer; this command needs a team register: {address} or a .atlas-team file.</source>
      <translation>{path} este un fișier de registru de pe acest computer; această comandă necesită un registru de echipă: {address} sau un fișier .atlas-team.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1332" />
      <source>{path} must hold one JSON object of field keys and values.</source>
      <translation>{path} trebuie să conțină un singur obiect JSON cu chei de câmpuri și valori.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1333" />
      <source>{person} was already a member ({before}); now {role}, with the new password.</source>
      <translation>{person} era deja membru ({before}); acum are rolul de {role}, cu parola nouă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1334" />
      <source>{problems} in {rows}</source>
      <translation>{problems} în {rows}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1335" />
      <source>{problem} Give the note with --note "why it stands as it is".</source>
      <translation>{problem} Indicați nota cu --note "de ce rămâne așa cum este".</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1336" />
      <source>{problem} No passphrase given: use --passphrase-file, the {variable} variable, or a terminal.</source>
      <translation>{problem} Nu a fost indicată nicio frază de acces: folosiți --passphrase-file, variabila {variable} sau un terminal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1337" />
      <source>{summary} Each change is in the audit trail as an import.</source>
      <translation>{summary} Fiecare modificare apare în jurnalul de audit ca import.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1338" />
      <source>{time} (as the signer's clock said)</source>
      <translation>{time} (după ceasul semnatarului)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1339" />
      <source>{title} cannot be closed yet: {count} item(s) are still open.</source>
      <translation>{title} nu poate fi închisă încă: elemente încă deschise: {count}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1340" />
      <source>{title}: {state}; started {date} by {person}; figures for {period}.</source>
      <translation>{title}: {state}; începută la {date} de {person}; cifre pentru {period}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1341" />
      <source>… and {count} more records differ from the audit trail</source>
      <translation>… și alte {count} înregistrări diferă de jurnalul de audit</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2001" />
      <source>%n (person|people).</source>
      <translation>
        <numerusform>%n persoană.</numerusform>
        <numerusform>%n persoane.</numerusform>
        <numerusform>%n de persoane.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2002" />
      <source>%n (person|staff)</source>
      <translation>
        <numerusform>%n membru al personalului</numerusform>
        <numerusform>%n membri ai personalului</numerusform>
        <numerusform>%n de membri ai personalului</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2003" />
      <source>%n DPIA(s)</source>
      <translation>
        <numerusform>%n EIPD</numerusform>
        <numerusform>%n EIPD</numerusform>
        <numerusform>%n de EIPD</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2004" />
      <source>%n attachment(s)</source>
      <translation>
        <numerusform>%n atașament</numerusform>
        <numerusform>%n atașamente</numerusform>
        <numerusform>%n de atașamente</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2005" />
      <source>%n breach(es)</source>
      <translation>
        <numerusform>%n incident de securitate</numerusform>
        <numerusform>%n incidente de securitate</numerusform>
        <numerusform>%n de incidente de securitate</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2006" />
      <source>%n closed review(s)</source>
      <translation>
        <numerusform>%n revizuire închisă</numerusform>
        <numerusform>%n revizuiri închise</numerusform>
        <numerusform>%n de revizuiri închise</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2007" />
      <source>%n consent(s)</source>
      <translation>
        <numerusform>%n consimțământ</numerusform>
        <numerusform>%n consimțăminte</numerusform>
        <numerusform>%n de consimțăminte</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2008" />
      <source>%n due soon</source>
      <translation>
        <numerusform>%n cu termen apropiat</numerusform>
        <numerusform>%n cu termen apropiat</numerusform>
        <numerusform>%n cu termen apropiat</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2009" />
      <source>%n entr(y|ies)</source>
      <translation>
        <numerusform>%n intrare</numerusform>
        <numerusform>%n intrări</numerusform>
        <numerusform>%n de intrări</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2010" />
      <source>%n gap(s)</source>
      <translation>
        <numerusform>%n lipsă</numerusform>
        <numerusform>%n lipsuri</numerusform>
        <numerusform>%n de lipsuri</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2011" />
      <source>%n need(s|) your attention, so (it|they) (was|were) not confirmed with the rest: open each one and put it right, or confirm it with a note ('atlas review confirm ITEM --note "why it stands as it is"').</source>
      <translation>
        <numerusform>%n element necesită atenția dumneavoastră, așa că nu a fost confirmat împreună cu celelalte: deschideți-l și corectați-l sau confirmați-l cu o notă („atlas review confirm ITEM --note "de ce rămâne așa cum este"”).</numerusform>
        <numerusform>%n elemente necesită atenția dumneavoastră, așa că nu au fost confirmate împreună cu celelalte: deschideți-le pe fiecare și corectați-le sau confirmați-le cu o notă („atlas review confirm ITEM --note "de ce rămâne așa cum este"”).</numerusform>
        <numerusform>%n de elemente necesită atenția dumneavoastră, așa că nu au fost confirmate împreună cu celelalte: deschideți-le pe fiecare și corectați-le sau confirmați-le cu o notă („atlas review confirm ITEM --note "de ce rămâne așa cum este"”).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2012" />
      <source>%n overdue</source>
      <translation>
        <numerusform>%n depășită</numerusform>
        <numerusform>%n depășite</numerusform>
        <numerusform>%n de depășite</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2013" />
      <source>%n polic(y|ies)</source>
      <translation>
        <numerusform>%n politică</numerusform>
        <numerusform>%n politici</numerusform>
        <numerusform>%n de politici</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2014" />
      <source>%n processing activit(y|ies)</source>
      <translation>
        <numerusform>%n activitate de prelucrare</numerusform>
        <numerusform>%n activități de prelucrare</numerusform>
        <numerusform>%n de activități de prelucrare</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2015" />
      <source>%n processor(s)</source>
      <translation>
        <numerusform>%n persoană împuternicită</numerusform>
        <numerusform>%n persoane împuternicite</numerusform>
        <numerusform>%n de persoane împuternicite</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2016" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n înregistrare</numerusform>
        <numerusform>%n înregistrări</numerusform>
        <numerusform>%n de înregistrări</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2017" />
      <source>%n rights request(s)</source>
      <translation>
        <numerusform>%n cerere privind drepturile</numerusform>
        <numerusform>%n cereri privind drepturile</numerusform>
        <numerusform>%n de cereri privind drepturile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2018" />
      <source>%n training</source>
      <translation>
        <numerusform>%n instruire</numerusform>
        <numerusform>%n instruiri</numerusform>
        <numerusform>%n de instruiri</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2019" />
      <source>'atlas check --register {path}' lists its %n finding(s).</source>
      <translation>
        <numerusform>„atlas check --register {path}” afișează %n constatare a acestuia.</numerusform>
        <numerusform>„atlas check --register {path}” afișează cele %n constatări ale acestuia.</numerusform>
        <numerusform>„atlas check --register {path}” afișează cele %n de constatări ale acestuia.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2020" />
      <source>Nothing was imported. Fix the problems and try again, or add --skip-invalid to import the %n valid row(s) only.</source>
      <translation>
        <numerusform>Nu s-a importat nimic. Rezolvați problemele și încercați din nou sau adăugați --skip-invalid pentru a importa doar %n rând valid.</numerusform>
        <numerusform>Nu s-a importat nimic. Rezolvați problemele și încercați din nou sau adăugați --skip-invalid pentru a importa doar cele %n rânduri valide.</numerusform>
        <numerusform>Nu s-a importat nimic. Rezolvați problemele și încercați din nou sau adăugați --skip-invalid pentru a importa doar cele %n de rânduri valide.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2021" />
      <source>{count} problem(s)</source>
      <translation>
        <numerusform>{count} problemă</numerusform>
        <numerusform>{count} probleme</numerusform>
        <numerusform>{count} de probleme</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2022" />
      <source>{count} row(s)</source>
      <translation>
        <numerusform>{count} rând</numerusform>
        <numerusform>{count} rânduri</numerusform>
        <numerusform>{count} de rânduri</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>editors</name>
    <message>
      <location filename="../../atlas_desktop/gui/editors/form.py" line="69" />
      <source>Worked out automatically: {0}</source>
      <translation>Calculat automat: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="43" />
      <source>Pick a date</source>
      <translation>Alegeți o dată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/dates.py" line="44" />
      <source>Pick a date from a calendar</source>
      <translation>Alegeți o dată dintr-un calendar</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/editors/sections.py" line="159" />
      <source>Details</source>
      <translation>Detalii</translation>
    </message>
  </context>
  <context>
    <name>judgements</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1342" />
      <source>"{name}"</source>
      <translation>„{name}”</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1343" />
      <source>(unnamed)</source>
      <translation>(fără nume)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1344" />
      <source>A Data Protection Officer is required</source>
      <translation>Este necesar un responsabil cu protecția datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1345" />
      <source>A Data Protection Officer may be required</source>
      <translation>Ar putea fi necesar un responsabil cu protecția datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1346" />
      <source>Automated evaluation of people (profiling or scoring) with decisions that have legal or similarly significant effects: a DPIA is required (Art. 35(3)(a)).</source>
      <translation>Evaluarea automată a persoanelor (creare de profiluri sau scoring) cu decizii care produc efecte juridice sau efecte similare semnificative: este necesară o EIPD (art. 35 alin. (3) lit. (a)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1347" />
      <source>Counted from the activity's own fields: {criteria} (WP248 rev.01).</source>
      <translation>Calculat din câmpurile proprii ale activității: {criteria} (WP248 rev.01).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1348" />
      <source>Every activity is occasional, without special-category or criminal data and without a risk the screening shows; say how many employees you have: from 250 the record is always required (Art. 30(5)).</source>
      <translation>Fiecare activitate este ocazională, fără date din categorii speciale sau date penale și fără un risc indicat de evaluarea preliminară; precizați câți angajați aveți: de la 250 evidența este întotdeauna obligatorie (art. 30 alin. (5)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1349" />
      <source>In Germany a DPO is also required when data is processed commercially to be passed on or for market or opinion research (§ 38(1) BDSG).</source>
      <translation>În Germania, un DPO este necesar și atunci când datele sunt prelucrate în scop comercial pentru a fi transmise sau pentru studii de piață sau de opinie (§ 38(1) BDSG).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1350" />
      <source>In Germany, processing that needs a DPIA ({names}) makes a DPO required, whatever the number of staff (§ 38(1) BDSG, Art. 35).</source>
      <translation>În Germania, o prelucrare care necesită o EIPD ({names}) face necesar un DPO, indiferent de numărul de angajați (§ 38(1) BDSG, art. 35).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1351" />
      <source>No Data Protection Officer is required</source>
      <translation>Nu este necesar un responsabil cu protecția datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1352" />
      <source>No activity is recorded yet. Any payroll or customer file is not occasional, so it makes the record required (Art. 30(5)): record your activities to be sure.</source>
      <translation>Nu este consemnată încă nicio activitate. Orice fișier de salarizare sau de clienți nu este ocazional, deci face evidența obligatorie (art. 30 alin. (5)): consemnați-vă activitățile pentru a fi siguri.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1353" />
      <source>One WP248 criterion is met: consider a DPIA and record why not (WP248 rev.01).</source>
      <translation>Este îndeplinit un criteriu WP248: luați în considerare o EIPD și consemnați de ce nu o efectuați (WP248 rev.01).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1354" />
      <source>Say how many people constantly work with personal data on computers: in Germany, from {threshold} a DPO is required (§ 38(1) BDSG).</source>
      <translation>Precizați câte persoane lucrează în mod constant cu date cu caracter personal pe computere: în Germania, de la {threshold} este necesar un DPO (§ 38(1) BDSG).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1355" />
      <source>Special-category or criminal-offence data on a large scale: a DPIA is required (Art. 35(3)(b)).</source>
      <translation>Date din categorii speciale sau date privind infracțiunile pe scară largă: este necesară o EIPD (art. 35 alin. (3) lit. (b)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1356" />
      <source>Systematic monitoring of a publicly accessible area on a large scale: a DPIA is required (Art. 35(3)(c)).</source>
      <translation>Monitorizarea sistematică pe scară largă a unei zone accesibile publicului: este necesară o EIPD (art. 35 alin. (3) lit. (c)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1357" />
      <source>The record must cover at least these activities; keeping every activity in it is simplest (WP29 position paper on Art. 30(5)).</source>
      <translation>Evidența trebuie să cuprindă cel puțin aceste activități; cel mai simplu este să includeți în ea toate activitățile (documentul de poziție WP29 privind art. 30 alin. (5)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1358" />
      <source>The record of processing is optional</source>
      <translation>Evidența activităților de prelucrare este opțională</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1359" />
      <source>The record of processing is probably required</source>
      <translation>Evidența activităților de prelucrare este probabil obligatorie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1360" />
      <source>The record of processing is required</source>
      <translation>Evidența activităților de prelucrare este obligatorie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1361" />
      <source>The record of processing may be optional</source>
      <translation>Evidența activităților de prelucrare ar putea fi opțională</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1362" />
      <source>What counts: a core activity is part of what the office exists to do, not support such as payroll or IT (WP243 rev.01 § 2.1.2); large scale weighs the number of people, the volume, the duration and the area (§ 2.1.3); regular and systematic monitoring includes tracking, profiling, CCTV and behavioural advertising (§ 2.1.4).</source>
      <translation>Ce contează: o activitate principală face parte din ceea ce biroul există să facă, nu o activitate de sprijin precum salarizarea sau IT-ul (WP243 rev.01 § 2.1.2); scara largă ține cont de numărul de persoane, volumul, durata și aria geografică (§ 2.1.3); monitorizarea periodică și sistematică include urmărirea, crearea de profiluri, supravegherea video și publicitatea comportamentală (§ 2.1.4).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1363" />
      <source>What counts: a hospital's patient files are the example of a core activity (WP243 rev.01 § 2.1.2); a single doctor's are not large scale (§ 2.1.3, Recital 91).</source>
      <translation>Ce contează: dosarele pacienților unui spital sunt exemplul de activitate principală (WP243 rev.01 § 2.1.2); cele ale unui medic individual nu sunt pe scară largă (§ 2.1.3, considerentul 91).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1364" />
      <source>Whatever your number of employees, the exemption of Art. 30(5) does not apply:</source>
      <translation>Indiferent de numărul de angajați, excepția de la art. 30 alin. (5) nu se aplică:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1365" />
      <source>You are a public authority or body: a DPO is required whatever data you process (Art. 37(1)(a); WP243 rev.01 § 2.1.1). Only courts acting as courts are exempt.</source>
      <translation>Sunteți o autoritate sau un organism public: un DPO este necesar indiferent de datele pe care le prelucrați (art. 37 alin. (1) lit. (a); WP243 rev.01 § 2.1.1). Sunt exceptate doar instanțele care acționează în exercitarea funcției lor judiciare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1366" />
      <source>You are not a public body, and your core activities neither monitor people on a large scale nor handle special-category or criminal data on a large scale, so no DPO is required (Art. 37(1); WP243 rev.01 § 2.1). Name the person responsible for data protection instead.</source>
      <translation>Nu sunteți un organism public, iar activitățile dumneavoastră principale nici nu monitorizează persoane pe scară largă, nici nu prelucrează date din categorii speciale sau date penale pe scară largă, deci nu este necesar un DPO (art. 37 alin. (1); WP243 rev.01 § 2.1). Desemnați în schimb persoana responsabilă cu protecția datelor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1367" />
      <source>You may still appoint a DPO voluntarily; the same rules then apply to them (WP243 rev.01 § 2.1).</source>
      <translation>Puteți totuși desemna voluntar un DPO; în acest caz i se aplică aceleași reguli (WP243 rev.01 § 2.1).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1368" />
      <source>You said your main business handles special-category or criminal-offence data on a large scale: a DPO is required (Art. 37(1)(c)).</source>
      <translation>Ați indicat că activitatea dumneavoastră principală prelucrează date din categorii speciale sau date privind infracțiunile pe scară largă: este necesar un DPO (art. 37 alin. (1) lit. (c)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1369" />
      <source>You said your main business monitors people regularly and systematically on a large scale: a DPO is required (Art. 37(1)(b)).</source>
      <translation>Ați indicat că activitatea dumneavoastră principală monitorizează persoane în mod periodic și sistematic, pe scară largă: este necesar un DPO (art. 37 alin. (1) lit. (b)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1370" />
      <source>Your activities {names} are core activities that handle special-category or criminal-offence data on a large scale: a DPO is required (Art. 37(1)(c)).</source>
      <translation>Activitățile dumneavoastră {names} sunt activități principale care prelucrează date din categorii speciale sau date privind infracțiunile pe scară largă: este necesar un DPO (art. 37 alin. (1) lit. (c)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1371" />
      <source>Your activities {names} are core activities that monitor people regularly and systematically on a large scale: a DPO is required (Art. 37(1)(b)).</source>
      <translation>Activitățile dumneavoastră {names} sunt activități principale care monitorizează persoane în mod periodic și sistematic, pe scară largă: este necesar un DPO (art. 37 alin. (1) lit. (b)).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2023" />
      <source>%n (criterion|criteria) (is|are) met, but the reason no DPIA is needed is recorded (WP248 rev.01).</source>
      <translation>
        <numerusform>%n criteriu este îndeplinit, dar motivul pentru care nu este necesară o EIPD este consemnat (WP248 rev.01).</numerusform>
        <numerusform>%n criterii sunt îndeplinite, dar motivul pentru care nu este necesară o EIPD este consemnat (WP248 rev.01).</numerusform>
        <numerusform>%n de criterii sunt îndeplinite, dar motivul pentru care nu este necesară o EIPD este consemnat (WP248 rev.01).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2024" />
      <source>%n WP248 (criterion|criteria) (is|are) met: a DPIA is required in most cases (WP248 rev.01).</source>
      <translation>
        <numerusform>%n criteriu WP248 este îndeplinit: în majoritatea cazurilor este necesară o EIPD (WP248 rev.01).</numerusform>
        <numerusform>%n criterii WP248 sunt îndeplinite: în majoritatea cazurilor este necesară o EIPD (WP248 rev.01).</numerusform>
        <numerusform>%n de criterii WP248 sunt îndeplinite: în majoritatea cazurilor este necesară o EIPD (WP248 rev.01).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2025" />
      <source>In Germany, %n (person|people) constantly (works|work) with personal data on computers: from {threshold}, as a rule, a DPO is required (§ 38(1) BDSG).</source>
      <translation>
        <numerusform>În Germania, %n persoană lucrează în mod constant cu date cu caracter personal pe computere: de la {threshold}, de regulă, este necesar un DPO (§ 38(1) BDSG).</numerusform>
        <numerusform>În Germania, %n persoane lucrează în mod constant cu date cu caracter personal pe computere: de la {threshold}, de regulă, este necesar un DPO (§ 38(1) BDSG).</numerusform>
        <numerusform>În Germania, %n de persoane lucrează în mod constant cu date cu caracter personal pe computere: de la {threshold}, de regulă, este necesar un DPO (§ 38(1) BDSG).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2026" />
      <source>With %n employee(s) (250 or more) the record is always required (Art. 30(1), (2) and (5)).</source>
      <translation>
        <numerusform>Cu %n angajat (250 sau mai mulți), evidența este întotdeauna obligatorie (art. 30 alin. (1), (2) și (5)).</numerusform>
        <numerusform>Cu %n angajați (250 sau mai mulți), evidența este întotdeauna obligatorie (art. 30 alin. (1), (2) și (5)).</numerusform>
        <numerusform>Cu %n de angajați (250 sau mai mulți), evidența este întotdeauna obligatorie (art. 30 alin. (1), (2) și (5)).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2027" />
      <source>With %n employee(s) (fewer than 250), and every activity occasional, without special-category or criminal data and without a risk the screening shows, the exemption of Art. 30(5) applies. Keeping the record is still the easiest way to show you comply (Art. 5(2)).</source>
      <translation>
        <numerusform>Cu %n angajat (mai puțin de 250) și toate activitățile ocazionale, fără date din categorii speciale sau date penale și fără un risc indicat de evaluarea preliminară, se aplică excepția de la art. 30 alin. (5). Ținerea evidenței rămâne totuși cea mai simplă cale de a demonstra conformitatea (art. 5 alin. (2)).</numerusform>
        <numerusform>Cu %n angajați (mai puțin de 250) și toate activitățile ocazionale, fără date din categorii speciale sau date penale și fără un risc indicat de evaluarea preliminară, se aplică excepția de la art. 30 alin. (5). Ținerea evidenței rămâne totuși cea mai simplă cale de a demonstra conformitatea (art. 5 alin. (2)).</numerusform>
        <numerusform>Cu %n de angajați (mai puțin de 250) și toate activitățile ocazionale, fără date din categorii speciale sau date penale și fără un risc indicat de evaluarea preliminară, se aplică excepția de la art. 30 alin. (5). Ținerea evidenței rămâne totuși cea mai simplă cale de a demonstra conformitatea (art. 5 alin. (2)).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2028" />
      <source>With %n employee(s) (fewer than 250), the exemption of Art. 30(5) does not apply:</source>
      <translation>
        <numerusform>Cu %n angajat (mai puțin de 250), excepția de la art. 30 alin. (5) nu se aplică:</numerusform>
        <numerusform>Cu %n angajați (mai puțin de 250), excepția de la art. 30 alin. (5) nu se aplică:</numerusform>
        <numerusform>Cu %n de angajați (mai puțin de 250), excepția de la art. 30 alin. (5) nu se aplică:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2029" />
      <source>{names} (is|are) likely to result in a risk to people (the DPIA screening meets at least one WP248 criterion); any risk counts, not only a high one (Art. 30(5); WP29 position paper on Art. 30(5), 19 April 2018).</source>
      <translation>
        <numerusform>{names} este susceptibilă să genereze un risc pentru persoane (evaluarea preliminară EIPD îndeplinește cel puțin un criteriu WP248); contează orice risc, nu doar unul ridicat (art. 30 alin. (5); documentul de poziție WP29 privind art. 30 alin. (5), 19 aprilie 2018).</numerusform>
        <numerusform>{names} sunt susceptibile să genereze un risc pentru persoane (evaluarea preliminară EIPD îndeplinește cel puțin un criteriu WP248); contează orice risc, nu doar unul ridicat (art. 30 alin. (5); documentul de poziție WP29 privind art. 30 alin. (5), 19 aprilie 2018).</numerusform>
        <numerusform>{names} sunt susceptibile să genereze un risc pentru persoane (evaluarea preliminară EIPD îndeplinește cel puțin un criteriu WP248); contează orice risc, nu doar unul ridicat (art. 30 alin. (5); documentul de poziție WP29 privind art. 30 alin. (5), 19 aprilie 2018).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2030" />
      <source>{names} (is|are) not occasional: routine processing, like payroll or a customer file, needs the record (Art. 30(5)).</source>
      <translation>
        <numerusform>{names} nu este ocazională: prelucrările de rutină, precum salarizarea sau un fișier de clienți, necesită evidența (art. 30 alin. (5)).</numerusform>
        <numerusform>{names} nu sunt ocazionale: prelucrările de rutină, precum salarizarea sau un fișier de clienți, necesită evidența (art. 30 alin. (5)).</numerusform>
        <numerusform>{names} nu sunt ocazionale: prelucrările de rutină, precum salarizarea sau un fișier de clienți, necesită evidența (art. 30 alin. (5)).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2031" />
      <source>{names} include(s|) special-category (Art. 9(1)) or criminal-offence (Art. 10) data, which needs the record (Art. 30(5)).</source>
      <translation>
        <numerusform>{names} include date din categorii speciale (art. 9 alin. (1)) sau date privind infracțiunile (art. 10), care necesită evidența (art. 30 alin. (5)).</numerusform>
        <numerusform>{names} includ date din categorii speciale (art. 9 alin. (1)) sau date privind infracțiunile (art. 10), care necesită evidența (art. 30 alin. (5)).</numerusform>
        <numerusform>{names} includ date din categorii speciale (art. 9 alin. (1)) sau date privind infracțiunile (art. 10), care necesită evidența (art. 30 alin. (5)).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="33" />
      <source>Record of processing activities (Art. 30)…</source>
      <translation>Evidența activităților de prelucrare (art. 30)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="34" />
      <source>DPIA (Art. 35)…</source>
      <translation>EIPD (art. 35)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="35" />
      <source>Breach notification pack (Art. 33–34)…</source>
      <translation>Pachet de notificare a incidentului (art. 33–34)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="36" />
      <source>Breach notification: ANSPDCP form (Romania)…</source>
      <translation>Notificarea incidentului: formularul ANSPDCP (România)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="37" />
      <source>Breach notification: CNIL form (France)…</source>
      <translation>Notificarea incidentului: formularul CNIL (Franța)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="38" />
      <source>Breach register (Art. 33(5))…</source>
      <translation>Registrul incidentelor de securitate (art. 33 alin. (5))…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="39" />
      <source>Processors and DPAs (Art. 28)…</source>
      <translation>Persoane împuternicite și contracte de prelucrare (art. 28)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="40" />
      <source>Staff training (Art. 32(4))…</source>
      <translation>Instruirea personalului (art. 32 alin. (4))…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="41" />
      <source>Rights requests (Art. 12–22)…</source>
      <translation>Cereri privind drepturile persoanelor vizate (art. 12–22)…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="45" />
      <source>Reading the register</source>
      <translation>Se citește registrul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="45" />
      <source>Laying out the pages</source>
      <translation>Se așază paginile</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="46" />
      <source>Signing</source>
      <translation>Se semnează</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1372" />
      <source>1. Notification to the supervisory authority — Art. 33</source>
      <translation>1. Notificarea autorității de supraveghere — art. 33</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1373" />
      <source>1. Screening (EDPB WP248 rev.01)</source>
      <translation>1. Evaluare preliminară (CEPD WP248 rev.01)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1374" />
      <source>1. The records reviewed</source>
      <translation>1. Înregistrările revizuite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1375" />
      <source>2. Systematic description of the processing — Art. 35(7)(a)</source>
      <translation>2. Descrierea sistematică a prelucrării — art. 35 alin. (7) lit. (a)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1376" />
      <source>2. The year's figures</source>
      <translation>2. Cifrele anului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1377" />
      <source>2. Timeline — Art. 33(5)</source>
      <translation>2. Cronologie — art. 33 alin. (5)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1378" />
      <source>3. Necessity and proportionality — Art. 35(7)(b)</source>
      <translation>3. Necesitate și proporționalitate — art. 35 alin. (7) lit. (b)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1379" />
      <source>3. Open findings</source>
      <translation>3. Constatări deschise</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1380" />
      <source>3. Risk assessment — ENISA 2013, EDPB Guidelines 9/2022 and 01/2021</source>
      <translation>3. Evaluarea riscului — ENISA 2013, Ghidurile CEPD 9/2022 și 01/2021</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1381" />
      <source>4. Changes since the previous review</source>
      <translation>4. Modificări de la revizuirea anterioară</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1382" />
      <source>4. Risks to the rights and freedoms of the people concerned — Art. 35(7)(c)</source>
      <translation>4. Riscuri pentru drepturile și libertățile persoanelor vizate — art. 35 alin. (7) lit. (c)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1383" />
      <source>4. Training of the staff involved — Art. 32(4)</source>
      <translation>4. Instruirea personalului implicat — art. 32 alin. (4)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1384" />
      <source>5. Communication to the people affected — Art. 34</source>
      <translation>5. Informarea persoanelor afectate — art. 34</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1385" />
      <source>5. Measures to address the risks — Art. 35(7)(d)</source>
      <translation>5. Măsuri de abordare a riscurilor — art. 35 alin. (7) lit. (d)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1386" />
      <source>5. Sign-off by management</source>
      <translation>5. Aprobarea conducerii</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1387" />
      <source>6. Advice and views — Art. 35(2) and 35(9)</source>
      <translation>6. Avize și opinii — art. 35 alin. (2) și (9)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1388" />
      <source>7. Outcome, sign-off and review — Art. 35(11)</source>
      <translation>7. Rezultat, aprobare și revizuire — art. 35 alin. (11)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1389" />
      <source>8. Prior consultation of the supervisory authority — Art. 36</source>
      <translation>8. Consultarea prealabilă a autorității de supraveghere — art. 36</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1390" />
      <source>&lt;b&gt;Art. 28(3) checklist&lt;/b&gt; — {count} of 8 clauses in the contract</source>
      <translation>&lt;b&gt;Lista de verificare art. 28 alin. (3)&lt;/b&gt; — {count} din 8 clauze în contract</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1391" />
      <source>&lt;b&gt;Date&lt;/b&gt;</source>
      <translation>&lt;b&gt;Data&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1392" />
      <source>&lt;b&gt;For management&lt;/b&gt;</source>
      <translation>&lt;b&gt;Pentru conducere&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1393" />
      <source>&lt;b&gt;Name and role&lt;/b&gt;</source>
      <translation>&lt;b&gt;Nume și funcție&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1394" />
      <source>&lt;b&gt;Signature&lt;/b&gt;</source>
      <translation>&lt;b&gt;Semnătura&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1395" />
      <source>&lt;b&gt;The 72-hour deadline has passed:&lt;/b&gt; the notification must give the reasons for the delay (Art. 33(1)). None is recorded yet.</source>
      <translation>&lt;b&gt;Termenul de 72 de ore a expirat:&lt;/b&gt; notificarea trebuie să indice motivele întârzierii (art. 33 alin. (1)). Încă nu este consemnat niciun motiv.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1396" />
      <source>&lt;b&gt;{heading}.&lt;/b&gt; </source>
      <translation>&lt;b&gt;{heading}.&lt;/b&gt; </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1397" />
      <source>&lt;b&gt;{label}:&lt;/b&gt; {result} ({met} of 9 criteria met).</source>
      <translation>&lt;b&gt;{label}:&lt;/b&gt; {result} ({met} din 9 criterii îndeplinite).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1398" />
      <source>&lt;b&gt;{label}:&lt;/b&gt; {value}</source>
      <translation>&lt;b&gt;{label}:&lt;/b&gt; {value}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1399" />
      <source>A personal data breach that affects your information</source>
      <translation>O încălcare a securității datelor cu caracter personal care vă afectează datele</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1400" />
      <source>About this report (ICO form)</source>
      <translation>Despre acest raport (formularul ICO)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1401" />
      <source>After the measures</source>
      <translation>După măsuri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1402" />
      <source>All breaches</source>
      <translation>Toate incidentele</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1403" />
      <source>All requests</source>
      <translation>Toate cererile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1404" />
      <source>Almost certain</source>
      <translation>Aproape sigură</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1405" />
      <source>Annual data protection review</source>
      <translation>Revizuirea anuală a protecției datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1406" />
      <source>Answer</source>
      <translation>Răspuns</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1407" />
      <source>Answered</source>
      <translation>Cu răspuns</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1408" />
      <source>Art. 28(3) clauses</source>
      <translation>Clauze art. 28 alin. (3)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1409" />
      <source>Art. 30 GDPR record of processing activities</source>
      <translation>Evidența activităților de prelucrare conform art. 30 din RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1410" />
      <source>Art. 30(1)(a) — Controller and joint controllers</source>
      <translation>Art. 30 alin. (1) lit. (a) — Operatorul și operatorii asociați</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1411" />
      <source>Art. 30(1)(b) — Purposes of the processing</source>
      <translation>Art. 30 alin. (1) lit. (b) — Scopurile prelucrării</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1412" />
      <source>Art. 30(1)(c) — Categories of data subjects and of personal data</source>
      <translation>Art. 30 alin. (1) lit. (c) — Categoriile de persoane vizate și de date cu caracter personal</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1413" />
      <source>Art. 30(1)(d) — Categories of recipients</source>
      <translation>Art. 30 alin. (1) lit. (d) — Categoriile de destinatari</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1414" />
      <source>Art. 30(1)(e) — Transfers to third countries or international organisations</source>
      <translation>Art. 30 alin. (1) lit. (e) — Transferurile către țări terțe sau organizații internaționale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1415" />
      <source>Art. 30(1)(f) — Time limits for erasure</source>
      <translation>Art. 30 alin. (1) lit. (f) — Termenele-limită pentru ștergere</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1416" />
      <source>Art. 30(1)(g) — Technical and organisational security measures (Art. 32(1))</source>
      <translation>Art. 30 alin. (1) lit. (g) — Măsurile tehnice și organizatorice de securitate (art. 32 alin. (1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1417" />
      <source>Art. 30(2)(a) — The processor (this organisation), its representative and DPO</source>
      <translation>Art. 30 alin. (2) lit. (a) — Persoana împuternicită (această organizație), reprezentantul său și DPO</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1418" />
      <source>Art. 30(2)(a)–(b) — Controllers we act for, and the processing carried out for each</source>
      <translation>Art. 30 alin. (2) lit. (a)–(b) — Operatorii în numele cărora acționăm și prelucrările efectuate pentru fiecare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1419" />
      <source>Art. 30(2)(c) — Transfers to third countries or international organisations</source>
      <translation>Art. 30 alin. (2) lit. (c) — Transferurile către țări terțe sau organizații internaționale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1420" />
      <source>Art. 30(2)(d) — Technical and organisational security measures (Art. 32(1))</source>
      <translation>Art. 30 alin. (2) lit. (d) — Măsurile tehnice și organizatorice de securitate (art. 32 alin. (1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1421" />
      <source>Art. 33(5) GDPR breach register</source>
      <translation>Registrul incidentelor de securitate conform art. 33 alin. (5) din RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1422" />
      <source>Art. 9 data</source>
      <translation>Date art. 9</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1423" />
      <source>Article</source>
      <translation>Articol</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1424" />
      <source>Atlas Desktop review pack: {review}, {organisation}</source>
      <translation>Pachetul revizuirii Atlas Desktop: {review}, {organisation}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1425" />
      <source>Audit trail entry {count}; head hash {head}</source>
      <translation>Intrarea {count} din jurnalul de audit; hash-ul capătului: {head}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1426" />
      <source>Audit trail when the pack was made: {anchor}</source>
      <translation>Jurnalul de audit la crearea pachetului: {anchor}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1427" />
      <source>Authority</source>
      <translation>Autoritate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1428" />
      <source>Be careful with unexpected e-mails, calls or messages that mention this incident or ask for personal details, passwords or payments, and tell us if you notice anything unusual. You may also want to change passwords you used with us.</source>
      <translation>Fiți atenți la e-mailuri, apeluri sau mesaje neașteptate care menționează acest incident ori vă cer date personale, parole sau plăți și anunțați-ne dacă observați ceva neobișnuit. Vă recomandăm, de asemenea, să schimbați parolele pe care le-ați folosit la noi.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1429" />
      <source>Became aware</source>
      <translation>Luare la cunoștință</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1430" />
      <source>Before the measures</source>
      <translation>Înainte de măsuri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1431" />
      <source>Breach</source>
      <translation>Incident de securitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1432" />
      <source>Breach #{number} in our Art. 33(5) register</source>
      <translation>Incidentul nr. {number} din registrul nostru conform art. 33 alin. (5)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1433" />
      <source>Breach register</source>
      <translation>Registrul incidentelor de securitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1434" />
      <source>Breaches</source>
      <translation>Incidente</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1435" />
      <source>Breaches by cause (Art. 33, EDPB Guidelines 01/2021)</source>
      <translation>Incidente de securitate după cauză (art. 33, Ghidurile CEPD 01/2021)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1436" />
      <source>Breaches recorded</source>
      <translation>Incidente consemnate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1437" />
      <source>Breaches with a clock still running (Art. 33(1), 34(1))</source>
      <translation>Incidente cu un termen încă în curs (art. 33 alin. (1), art. 34 alin. (1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1438" />
      <source>By</source>
      <translation>De către</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1439" />
      <source>By {when}</source>
      <translation>Până la {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1440" />
      <source>Cause</source>
      <translation>Cauză</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1441" />
      <source>Certificate:</source>
      <translation>Certificat:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1442" />
      <source>Change</source>
      <translation>Modificare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1443" />
      <source>Check with: {command}</source>
      <translation>Verificați cu: {command}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1444" />
      <source>Closed without an answer date</source>
      <translation>Închisă fără dată de răspuns</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1445" />
      <source>Closed {when} UTC by {person}; period {period}</source>
      <translation>Închisă la {when} UTC de {person}; perioada {period}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1446" />
      <source>Closed {when} by {person}</source>
      <translation>Închisă la {when} de {person}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1447" />
      <source>Compared with {review}, closed {date}.</source>
      <translation>Comparație cu {review}, închisă la {date}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1448" />
      <source>Compared with {review}.</source>
      <translation>Comparație cu {review}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1449" />
      <source>Contact us using the details on our website.</source>
      <translation>Ne puteți contacta folosind datele de pe site-ul nostru.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1450" />
      <source>Contents</source>
      <translation>Cuprins</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1451" />
      <source>Contents (continued)</source>
      <translation>Cuprins (continuare)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1452" />
      <source>Coverage of current staff</source>
      <translation>Acoperirea personalului actual</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1453" />
      <source>Current processors</source>
      <translation>Persoane împuternicite actuale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1454" />
      <source>Current staff</source>
      <translation>Personal actual</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1455" />
      <source>DPA</source>
      <translation>Contract</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1456" />
      <source>DPIA (Art. 35 GDPR): {title}</source>
      <translation>EIPD (art. 35 din RGPD): {title}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1457" />
      <source>Data protection impact assessment</source>
      <translation>Evaluarea impactului asupra protecției datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1458" />
      <source>Data still held after its retention period</source>
      <translation>Date păstrate după perioada de stocare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1459" />
      <source>Data subject rights requests (Art. 12–22 GDPR)</source>
      <translation>Cereri privind drepturile persoanelor vizate (art. 12–22 din RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1460" />
      <source>Data-protection training (completed to expiry)</source>
      <translation>Instruire în protecția datelor (de la finalizare la expirare)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1461" />
      <source>Data-protection training of the staff who handle personal data — Articles 32(4) and 39(1)(b) GDPR</source>
      <translation>Instruirea în protecția datelor a personalului care prelucrează date cu caracter personal — art. 32 alin. (4) și art. 39 alin. (1) lit. (b) din RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1462" />
      <source>Date:</source>
      <translation>Data:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1463" />
      <source>Deadline</source>
      <translation>Termen</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1464" />
      <source>Dear [name],</source>
      <translation>Stimate/Stimată [nume],</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1465" />
      <source>Decision</source>
      <translation>Decizie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1466" />
      <source>Decision pending</source>
      <translation>Decizie în așteptare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1467" />
      <source>Digitally signed (PAdES)</source>
      <translation>Semnat digital (PAdES)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1468" />
      <source>Document the breach</source>
      <translation>Documentați incidentul</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1469" />
      <source>Done</source>
      <translation>Făcut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1470" />
      <source>Done {when}</source>
      <translation>Efectuat la {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1471" />
      <source>Draft communication in plain language — Art. 34(2)</source>
      <translation>Proiect de comunicare într-un limbaj simplu — art. 34 alin. (2)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2032" />
      <source>%n current processing activit(y|ies): {controller} as controller or joint controller, {processor} as processor for clients; {retired} retired.</source>
      <translation>
        <numerusform>%n activitate de prelucrare curentă: {controller} ca operator sau operator asociat, {processor} ca persoană împuternicită pentru clienți; {retired} retrase.</numerusform>
        <numerusform>%n activități de prelucrare curente: {controller} ca operator sau operator asociat, {processor} ca persoană împuternicită pentru clienți; {retired} retrase.</numerusform>
        <numerusform>%n de activități de prelucrare curente: {controller} ca operator sau operator asociat, {processor} ca persoană împuternicită pentru clienți; {retired} retrase.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2033" />
      <source>Due in %n day(s)</source>
      <translation>
        <numerusform>Termen peste %n zi</numerusform>
        <numerusform>Termen peste %n zile</numerusform>
        <numerusform>Termen peste %n de zile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2034" />
      <source>Expired {date} (%n day(s) ago)</source>
      <translation>
        <numerusform>Expirat la {date} (acum %n zi)</numerusform>
        <numerusform>Expirat la {date} (acum %n zile)</numerusform>
        <numerusform>Expirat la {date} (acum %n de zile)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2035" />
      <source>Late by %n day(s)</source>
      <translation>
        <numerusform>Întârziere de %n zi</numerusform>
        <numerusform>Întârziere de %n zile</numerusform>
        <numerusform>Întârziere de %n de zile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2036" />
      <source>Overdue by %n day(s)</source>
      <translation>
        <numerusform>Termen depășit cu %n zi</numerusform>
        <numerusform>Termen depășit cu %n zile</numerusform>
        <numerusform>Termen depășit cu %n de zile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2037" />
      <source>The people affected were told (Art. 34) in %n breach(es).</source>
      <translation>
        <numerusform>Persoanele afectate au fost informate (art. 34) în cazul a %n incident de securitate.</numerusform>
        <numerusform>Persoanele afectate au fost informate (art. 34) în cazul a %n incidente de securitate.</numerusform>
        <numerusform>Persoanele afectate au fost informate (art. 34) în cazul a %n de incidente de securitate.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2038" />
      <source>Valid until {date}: refresher due in %n day(s)</source>
      <translation>
        <numerusform>Valabilă până la {date}: reîmprospătare necesară peste %n zi</numerusform>
        <numerusform>Valabilă până la {date}: reîmprospătare necesară peste %n zile</numerusform>
        <numerusform>Valabilă până la {date}: reîmprospătare necesară peste %n de zile</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1472" />
      <source>Due soon</source>
      <translation>Termen apropiat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1473" />
      <source>Duty</source>
      <translation>Obligație</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1474" />
      <source>ENISA's method: severity = kind of data (DPC) × ease of identification (EI) + circumstances (CB); below 2 low, below 3 medium, below 4 high, else very high. A question left unanswered is taken at its worst and marked as assumed.</source>
      <translation>Metoda ENISA: gravitate = tipul datelor (DPC) × ușurința identificării (EI) + circumstanțele (CB); sub 2 scăzută, sub 3 medie, sub 4 ridicată, altfel foarte ridicată. O întrebare fără răspuns este luată în calcul la valoarea cea mai defavorabilă și marcată ca presupusă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1475" />
      <source>Each record was confirmed unchanged, updated in the register, or retired (kept in the history but no longer in force), by the person named, on the day shown. “In bulk” marks records confirmed together with the other remaining ones; a record that needed attention (overdue, a breach clock running, a gap) could only be confirmed on its own, with a note saying why. The next review is dated from the close: a year, or the record's own review cycle.</source>
      <translation>Fiecare înregistrare a fost confirmată fără modificări, actualizată în registru sau retrasă (păstrată în istoric, dar nu mai este în vigoare), de persoana indicată, în ziua arătată. „În bloc” marchează înregistrările confirmate împreună cu celelalte rămase; o înregistrare care necesita atenție (depășită, cu un termen de incident în curs, cu o lipsă) putea fi confirmată doar individual, cu o notă care explică motivul. Următoarea revizuire se datează de la închidere: un an sau ciclul de revizuire propriu al înregistrării.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1476" />
      <source>Effect</source>
      <translation>Efect</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1477" />
      <source>Effects</source>
      <translation>Efecte</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1478" />
      <source>Ended contracts</source>
      <translation>Contracte încheiate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1479" />
      <source>Entry {count}; head hash {head}</source>
      <translation>Intrarea {count}; hash-ul capătului: {head}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1480" />
      <source>Every personal data breach, notified or not — Article 33(5) GDPR</source>
      <translation>Orice încălcare a securității datelor cu caracter personal, notificată sau nu — art. 33 alin. (5) din RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1481" />
      <source>Everyone on the staff list has valid training.</source>
      <translation>Toate persoanele din lista personalului au o instruire valabilă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1482" />
      <source>Executive summary</source>
      <translation>Rezumat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1483" />
      <source>Exemption relied on — Art. 34(3)</source>
      <translation>Excepția invocată — art. 34 alin. (3)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1484" />
      <source>Exemption: {exemption}</source>
      <translation>Excepție: {exemption}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1485" />
      <source>Expiry not recorded</source>
      <translation>Data expirării neconsemnată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1486" />
      <source>Extended</source>
      <translation>Prelungite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1487" />
      <source>Extended: {date}</source>
      <translation>Prelungită: {date}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1488" />
      <source>Facts</source>
      <translation>Fapte</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1489" />
      <source>Finding</source>
      <translation>Constatare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1490" />
      <source>Follow-up report (information provided in phases, Art. 33(4))</source>
      <translation>Raport ulterior (informații furnizate în etape, art. 33 alin. (4))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1491" />
      <source>For each breach: the facts, its effects and the remedial action taken (Art. 33(5)).</source>
      <translation>Pentru fiecare incident de securitate: faptele, efectele sale și măsurile de remediere luate (art. 33 alin. (5)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1492" />
      <source>From the record of processing: {name}</source>
      <translation>Din evidența activităților de prelucrare: {name}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1493" />
      <source>From {start} to {end}.</source>
      <translation>De la {start} până la {end}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1494" />
      <source>Further information (ICO template and Art. 35 screening)</source>
      <translation>Informații suplimentare (modelul ICO și evaluarea preliminară conform art. 35)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1495" />
      <source>Gap</source>
      <translation>Lipsă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1496" />
      <source>Generated</source>
      <translation>Generat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1497" />
      <source>Generated {when} · Audit trail entry {count}, head {head}… · Signed: any change breaks it</source>
      <translation>Generat {when} · Intrarea {count} din jurnalul de audit, capăt {head}… · Semnat: orice modificare invalidează semnătura</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1498" />
      <source>Handling special-category data without valid training</source>
      <translation>Prelucrarea datelor din categorii speciale fără instruire valabilă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1499" />
      <source>How the deadline is counted</source>
      <translation>Cum se calculează termenul</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1500" />
      <source>In 72 h</source>
      <translation>În 72 h</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1501" />
      <source>In bulk</source>
      <translation>În bloc</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1502" />
      <source>In progress: a draft, not the signed review</source>
      <translation>În curs: o ciornă, nu revizuirea semnată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1503" />
      <source>In the contract</source>
      <translation>În contract</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1504" />
      <source>Initial report</source>
      <translation>Raport inițial</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1505" />
      <source>It happened on {date}.</source>
      <translation>S-a produs la {date}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1506" />
      <source>Key moments</source>
      <translation>Momente-cheie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1507" />
      <source>Late</source>
      <translation>Întârziate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1508" />
      <source>Late or overdue</source>
      <translation>Întârziate sau depășite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1509" />
      <source>Latest training</source>
      <translation>Ultima instruire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1510" />
      <source>Likelihood</source>
      <translation>Probabilitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1511" />
      <source>Likelihood after</source>
      <translation>Probabilitate după</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1512" />
      <source>Likelihood →</source>
      <translation>Probabilitate →</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1513" />
      <source>Likelihood: 1 remote, 2 possible, 3 likely, 4 almost certain. Severity: 1 minimal, 2 significant, 3 serious, 4 severe or permanent. Level: likelihood × severity, up to 3 low, 4–6 medium, 8 and above high.</source>
      <translation>Probabilitate: 1 improbabilă, 2 posibilă, 3 probabilă, 4 aproape sigură. Gravitate: 1 minimă, 2 semnificativă, 3 gravă, 4 severă sau permanentă. Nivel: probabilitate × gravitate, până la 3 scăzut, 4–6 mediu, 8 și peste ridicat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1514" />
      <source>Likely</source>
      <translation>Probabilă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1515" />
      <source>Likely consequences — Art. 33(3)(c)</source>
      <translation>Consecințe probabile — art. 33 alin. (3) lit. (c)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1516" />
      <source>Made available to</source>
      <translation>Disponibil pentru</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1517" />
      <source>Made from the breach record above; check it and fill in the name before sending. With the exemption of Art. 34(3)(c), the same text serves as the public communication.</source>
      <translation>Întocmit pe baza înregistrării incidentului de mai sus; verificați-l și completați numele înainte de trimitere. Cu excepția de la art. 34 alin. (3) lit. (c), același text servește drept comunicare publică.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1518" />
      <source>Measures taken or proposed — Art. 33(3)(d)</source>
      <translation>Măsuri luate sau propuse — art. 33 alin. (3) lit. (d)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1519" />
      <source>Met</source>
      <translation>Îndeplinit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1520" />
      <source>Minimal</source>
      <translation>Minimă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1521" />
      <source>Missing</source>
      <translation>Lipsește</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1522" />
      <source>Next review</source>
      <translation>Următoarea revizuire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1523" />
      <source>No</source>
      <translation>Nu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1524" />
      <source>No DPA recorded</source>
      <translation>Niciun contract de prelucrare consemnat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1525" />
      <source>No breach in the period.</source>
      <translation>Niciun incident de securitate în perioada respectivă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1526" />
      <source>No breach is recorded.</source>
      <translation>Nu este consemnat niciun incident de securitate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1527" />
      <source>No current staff are recorded.</source>
      <translation>Nu este consemnat niciun membru actual al personalului.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1528" />
      <source>No events are recorded in the timeline yet.</source>
      <translation>Încă nu sunt consemnate evenimente în cronologie.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1529" />
      <source>No measure is recorded.</source>
      <translation>Nu este consemnată nicio măsură.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1530" />
      <source>No measure recorded.</source>
      <translation>Nicio măsură consemnată.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1531" />
      <source>No member of staff is recorded as involved in this breach.</source>
      <translation>Niciun membru al personalului nu este consemnat ca implicat în acest incident.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1532" />
      <source>No member of staff is recorded as involved. Training status: see part 4.</source>
      <translation>Niciun membru al personalului nu este consemnat ca implicat. Situația instruirii: vezi partea 4.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1533" />
      <source>No processing as controller is recorded.</source>
      <translation>Nu este consemnată nicio prelucrare în calitate de operator.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1534" />
      <source>No processor is recorded.</source>
      <translation>Nu este consemnată nicio persoană împuternicită.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1535" />
      <source>No rights request in the period.</source>
      <translation>Nicio cerere privind drepturile în perioada respectivă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1536" />
      <source>No rights request is recorded.</source>
      <translation>Nu este consemnată nicio cerere privind drepturile.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1537" />
      <source>No risk is recorded.</source>
      <translation>Nu este consemnat niciun risc.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1538" />
      <source>No staff are recorded.</source>
      <translation>Nu este consemnat niciun membru al personalului.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1539" />
      <source>No training is recorded.</source>
      <translation>Nu este consemnată nicio instruire.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1540" />
      <source>No training recorded</source>
      <translation>Nicio instruire consemnată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1541" />
      <source>None changed the outcome: it follows the severity score.</source>
      <translation>Niciuna nu a schimbat rezultatul: acesta urmează scorul de gravitate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1542" />
      <source>None recorded.</source>
      <translation>Nimic consemnat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1543" />
      <source>None: every breach was notified, or decided not to be, and the people affected were told where they had to be.</source>
      <translation>Nimic: fiecare incident a fost notificat sau s-a decis nenotificarea lui, iar persoanele afectate au fost informate acolo unde era necesar.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1544" />
      <source>None: no data is kept past the retention period its activity records.</source>
      <translation>Nimic: nu se păstrează date după perioada de stocare consemnată pentru activitatea lor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1545" />
      <source>None: nothing is overdue or missing.</source>
      <translation>Nimic: nu există nimic depășit sau lipsă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1546" />
      <source>Not assessed</source>
      <translation>Neevaluat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1547" />
      <source>Not assessed yet: {reasons}</source>
      <translation>Neevaluat încă: {reasons}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1548" />
      <source>Not decided yet</source>
      <translation>Nedecis încă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1549" />
      <source>Not made yet: the public communication is still due. It replaces the individual notices; it does not remove the duty to inform the people affected.</source>
      <translation>Neefectuată încă: comunicarea publică este încă datorată. Aceasta înlocuiește informările individuale; nu elimină obligația de a informa persoanele afectate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1550" />
      <source>Not notified by decision</source>
      <translation>Nenotificat prin decizie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1551" />
      <source>Not notified by decision: judged unlikely to result in a risk and documented (Art. 33(1), 33(5)), or a client's breach, which the client notifies (Art. 33(2)).</source>
      <translation>Nenotificat prin decizie: considerat nesusceptibil să genereze un risc și documentat (art. 33 alin. (1) și (5)) sau incident al unui client, pe care îl notifică clientul (art. 33 alin. (2)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1552" />
      <source>Not notified yet</source>
      <translation>Nenotificat încă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1553" />
      <source>Not notified yet; due by {when}</source>
      <translation>Nenotificat încă; termen: {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1554" />
      <source>Not notified: unlikely to result in a risk (Art. 33(1))</source>
      <translation>Nenotificat: nesusceptibil să genereze un risc (art. 33 alin. (1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1555" />
      <source>Not notified; the 72 hours have passed</source>
      <translation>Nenotificat; cele 72 de ore au trecut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1556" />
      <source>Not recorded yet.</source>
      <translation>Neconsemnat încă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1557" />
      <source>Not recorded.</source>
      <translation>Neconsemnat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1558" />
      <source>Not required</source>
      <translation>Nu este necesar</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1559" />
      <source>Not required (exemption)</source>
      <translation>Nu este necesar (excepție)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1560" />
      <source>Not required: the risk remaining after the measures is not high (Art. 36(1)).</source>
      <translation>Nu este necesară: riscul rămas după măsuri nu este ridicat (art. 36 alin. (1)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1561" />
      <source>Not required: the risk to the people affected is not assessed as high ({level}), so Art. 34(1) does not apply.</source>
      <translation>Nu este necesară: riscul pentru persoanele afectate nu este evaluat ca ridicat ({level}), deci art. 34 alin. (1) nu se aplică.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1562" />
      <source>Not set by the contract: Atlas counts 24 hours (“without undue delay”).</source>
      <translation>Nestabilit prin contract: Atlas socotește 24 de ore („fără întârzieri nejustificate”).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1563" />
      <source>Not told</source>
      <translation>Neinformate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1564" />
      <source>Not told yet: tell the client without undue delay.</source>
      <translation>Neinformat încă: informați clientul fără întârzieri nejustificate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1565" />
      <source>Not valid</source>
      <translation>Nevalabilă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1566" />
      <source>Note</source>
      <translation>Notă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1567" />
      <source>Nothing needs management's action: keep the records current and review again in a year.</source>
      <translation>Nimic nu necesită intervenția conducerii: mențineți evidențele la zi și faceți din nou revizuirea peste un an.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1568" />
      <source>Nothing was added, changed or retired since then.</source>
      <translation>De atunci nu a fost adăugat, modificat sau retras nimic.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1569" />
      <source>Notified</source>
      <translation>Notificate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1570" />
      <source>Notified to the authority</source>
      <translation>Notificat autorității</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1571" />
      <source>Notified {when}</source>
      <translation>Notificat {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1572" />
      <source>Notified {when} (after the 72 hours)</source>
      <translation>Notificat {when} (după cele 72 de ore)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1573" />
      <source>Notify the supervisory authority</source>
      <translation>Notificați autoritatea de supraveghere</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1574" />
      <source>Notifying the authority (Art. 33(1))</source>
      <translation>Notificarea autorității (art. 33 alin. (1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1575" />
      <source>On</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1576" />
      <source>On time</source>
      <translation>La timp</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1577" />
      <source>One month from receipt, three if extended (the person told within the first month), {calendar} (Art. 12(3)).</source>
      <translation>O lună de la primire, trei dacă termenul este prelungit (persoana fiind informată în prima lună), {calendar} (art. 12 alin. (3)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1578" />
      <source>Open</source>
      <translation>Deschide</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1579" />
      <source>Organisation</source>
      <translation>Organizație</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1580" />
      <source>Our reference</source>
      <translation>Referința noastră</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1581" />
      <source>Overdue</source>
      <translation>Depășite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1582" />
      <source>Overview</source>
      <translation>Prezentare generală</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1583" />
      <source>Page {page} of {pages}</source>
      <translation>Pagina {page} din {pages}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1584" />
      <source>Part 1 — Processing as controller (Art. 30(1))</source>
      <translation>Partea 1 — Prelucrări în calitate de operator (art. 30 alin. (1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1585" />
      <source>Part 2 — Processing on behalf of other controllers (Art. 30(2))</source>
      <translation>Partea 2 — Prelucrări în numele altor operatori (art. 30 alin. (2))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1586" />
      <source>People told</source>
      <translation>Persoane informate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1587" />
      <source>Period covered</source>
      <translation>Perioada acoperită</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1588" />
      <source>Person</source>
      <translation>Persoană</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1589" />
      <source>Personal data breach (Art. 33–34 GDPR): {title}</source>
      <translation>Încălcarea securității datelor cu caracter personal (art. 33–34 din RGPD): {title}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1590" />
      <source>Personal data breach: notification and record</source>
      <translation>Încălcarea securității datelor cu caracter personal: notificare și evidență</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1591" />
      <source>Possible</source>
      <translation>Posibilă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1592" />
      <source>Processes the data in {country}, covered by an adequacy decision (Art. 45).</source>
      <translation>Prelucrează datele în {country}, țară care beneficiază de o decizie privind caracterul adecvat (art. 45).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1593" />
      <source>Processes the data in {country}, inside the EEA: no transfer under Chapter V.</source>
      <translation>Prelucrează datele în {country}, în SEE: niciun transfer în sensul capitolului V.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1594" />
      <source>Processes the data in {country}, outside the EEA, and no transfer mechanism is recorded (Art. 44–49).</source>
      <translation>Prelucrează datele în {country}, în afara SEE, și nu este consemnat niciun mecanism de transfer (art. 44–49).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1595" />
      <source>Processes the data in {country}, outside the EEA; the transfer relies on: {mechanism}.</source>
      <translation>Prelucrează datele în {country}, în afara SEE; transferul se bazează pe: {mechanism}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1596" />
      <source>Processors and DPAs (Art. 28 GDPR)</source>
      <translation>Persoane împuternicite și contracte de prelucrare (art. 28 din RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1597" />
      <source>Processors and their contracts</source>
      <translation>Persoanele împuternicite și contractele lor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1598" />
      <source>Processors, data processing agreements (Art. 28(3)), sub-processors and transfers (Chapter V GDPR)</source>
      <translation>Persoane împuternicite, contracte de prelucrare (art. 28 alin. (3)), alte persoane împuternicite și transferuri (capitolul V din RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1599" />
      <source>Public communication</source>
      <translation>Comunicare publică</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1600" />
      <source>Public communication instead — Art. 34(3)(c)</source>
      <translation>Comunicare publică în schimb — art. 34 alin. (3) lit. (c)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1601" />
      <source>Question or rule</source>
      <translation>Întrebare sau regulă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1602" />
      <source>Reason:</source>
      <translation>Motiv:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1603" />
      <source>Reasoning — Art. 33(5)</source>
      <translation>Justificare — art. 33 alin. (5)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1604" />
      <source>Received</source>
      <translation>Primită</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1605" />
      <source>Record</source>
      <translation>Înregistrare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1606" />
      <source>Record of processing activities</source>
      <translation>Evidența activităților de prelucrare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1607" />
      <source>Records of processing activities under Article 30 of the GDPR</source>
      <translation>Evidențele activităților de prelucrare conform articolului 30 din RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1608" />
      <source>Register</source>
      <translation>Registru</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1609" />
      <source>Register state</source>
      <translation>Starea registrului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1610" />
      <source>Register:</source>
      <translation>Registru:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1611" />
      <source>Remedial action</source>
      <translation>Măsuri de remediere</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1612" />
      <source>Remote</source>
      <translation>Improbabilă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1613" />
      <source>Replaced by a public communication</source>
      <translation>Înlocuită printr-o comunicare publică</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1614" />
      <source>Report type</source>
      <translation>Tipul raportului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1615" />
      <source>Request</source>
      <translation>Cerere</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1616" />
      <source>Requester</source>
      <translation>Solicitant</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1617" />
      <source>Requests from people exercising their rights, with their one-month deadlines — Articles 12 to 22 GDPR</source>
      <translation>Cererile persoanelor care își exercită drepturile, cu termenele lor de o lună — articolele 12–22 din RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1618" />
      <source>Requests recorded</source>
      <translation>Cereri consemnate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1619" />
      <source>Retention periods that ran out (Art. 5(1)(e))</source>
      <translation>Perioade de stocare expirate (art. 5 alin. (1) lit. (e))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1620" />
      <source>Retired activities (kept for the history)</source>
      <translation>Activități retrase (păstrate pentru istoric)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1621" />
      <source>Review</source>
      <translation>Revizuire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1622" />
      <source>Rights requests</source>
      <translation>Cereri privind drepturile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1623" />
      <source>Rights requests by type (Art. 12(3), 15–22)</source>
      <translation>Cereri privind drepturile, după tip (art. 12 alin. (3), art. 15–22)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1624" />
      <source>Risk</source>
      <translation>Risc</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1625" />
      <source>Risk matrix before and after the measures</source>
      <translation>Matricea riscurilor înainte și după măsuri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1626" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1627" />
      <source>SHA-256 {fingerprint}</source>
      <translation>SHA-256 {fingerprint}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1628" />
      <source>Scope</source>
      <translation>Domeniu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1629" />
      <source>Serious</source>
      <translation>Gravă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1630" />
      <source>Severe</source>
      <translation>Severă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1631" />
      <source>Severity</source>
      <translation>Gravitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1632" />
      <source>Severity after</source>
      <translation>Gravitate după</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1633" />
      <source>Severity score</source>
      <translation>Scor de gravitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1634" />
      <source>Severity ↑</source>
      <translation>Gravitate ↑</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1635" />
      <source>Signature</source>
      <translation>Semnătură</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1636" />
      <source>Signer:</source>
      <translation>Semnatar:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1637" />
      <source>Significant</source>
      <translation>Semnificativă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1638" />
      <source>Snapshot at start</source>
      <translation>Instantaneu la început</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1639" />
      <source>Source</source>
      <translation>Sursă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1640" />
      <source>Staff data-protection training (Art. 32(4) GDPR)</source>
      <translation>Instruirea personalului în protecția datelor (art. 32 alin. (4) din RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1641" />
      <source>Staff involved and their training (ICO form)</source>
      <translation>Personalul implicat și instruirea sa (formularul ICO)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1642" />
      <source>Staff training</source>
      <translation>Instruirea personalului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1643" />
      <source>Staff training (Art. 32(4))</source>
      <translation>Instruirea personalului (art. 32 alin. (4))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1644" />
      <source>Started</source>
      <translation>Începută</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1645" />
      <source>Status</source>
      <translation>Stare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1646" />
      <source>Status today</source>
      <translation>Situația astăzi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1647" />
      <source>Still open</source>
      <translation>Încă deschise</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1648" />
      <source>Still to answer: {questions}.</source>
      <translation>De răspuns încă: {questions}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1649" />
      <source>Subject: {subject}</source>
      <translation>Subiect: {subject}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1650" />
      <source>Summary</source>
      <translation>Rezumat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1651" />
      <source>Tell the client (the controller)</source>
      <translation>Informați clientul (operatorul)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1652" />
      <source>Tell the people affected</source>
      <translation>Informați persoanele afectate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1653" />
      <source>Telling the client (the controller) — Art. 33(2)</source>
      <translation>Informarea clientului (operatorul) — art. 33 alin. (2)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1654" />
      <source>Telling the people (Art. 34(1))</source>
      <translation>Informarea persoanelor (art. 34 alin. (1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1655" />
      <source>Telling the people affected — Art. 34</source>
      <translation>Informarea persoanelor afectate — art. 34</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1656" />
      <source>The EDPB rules applied</source>
      <translation>Regulile CEPD aplicate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1657" />
      <source>The Register line in the box names the state of the organisation's register (its audit trail) when the report was made; with Atlas Desktop the organisation can later prove that its history up to that point was not rewritten (atlas audit verify --anchor {anchor}).</source>
      <translation>Rândul „Registru” din caseta de mai sus indică starea registrului organizației (jurnalul său de audit) la momentul întocmirii raportului; cu Atlas Desktop, organizația poate dovedi ulterior că istoricul său până în acel moment nu a fost rescris (atlas audit verify --anchor {anchor}).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1658" />
      <source>The answer due date is 8 weeks (14 if extended) after sending, {calendar} (Art. 36(2)).</source>
      <translation>Termenul de răspuns este de 8 săptămâni (14 dacă este prelungit) de la trimitere, {calendar} (art. 36 alin. (2)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1659" />
      <source>The answers and how each was weighed</source>
      <translation>Răspunsurile și ponderea fiecăruia</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1660" />
      <source>The answers as recorded</source>
      <translation>Răspunsurile așa cum au fost consemnate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1661" />
      <source>The client decides (Art. 33(2))</source>
      <translation>Decide clientul (art. 33 alin. (2))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1662" />
      <source>The client's decision</source>
      <translation>Decizia clientului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1663" />
      <source>The controller and the contact point — Art. 33(3)(b)</source>
      <translation>Operatorul și punctul de contact — art. 33 alin. (3) lit. (b)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1664" />
      <source>The controller's name and contact details, its representative and its data protection contact (Art. 30(1)(a)) are given on the first page.</source>
      <translation>Numele și datele de contact ale operatorului, ale reprezentantului său și ale persoanei de contact pentru protecția datelor (art. 30 alin. (1) lit. (a)) sunt indicate pe prima pagină.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1665" />
      <source>The data is {client}'s: as the controller, {client} decides whether and how to tell the people affected (Art. 34). We give them what they need to do it (Art. 28(3)(f)).</source>
      <translation>Operatorul acestor date este {client}: în calitate de operator, {client} decide dacă și cum informează persoanele afectate (art. 34). Îi punem la dispoziție tot ce îi trebuie pentru aceasta (art. 28 alin. (3) lit. (f)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1666" />
      <source>The nature of the breach — Art. 33(3)(a)</source>
      <translation>Natura încălcării — art. 33 alin. (3) lit. (a)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1667" />
      <source>The organisation (controller)</source>
      <translation>Organizația (operatorul)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1668" />
      <source>The organisation does not process personal data on behalf of other controllers, so it keeps no Art. 30(2) record.</source>
      <translation>Organizația nu prelucrează date cu caracter personal în numele altor operatori, deci nu ține o evidență conform art. 30 alin. (2).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1669" />
      <source>The organisation issued its signing certificate itself, so the reader may add that the signer's identity is unknown or not trusted: that is expected. &lt;b&gt;To confirm who signed&lt;/b&gt;, show the signer's certificate (in Acrobat Reader: Signature Properties, Show Signer's Certificate, Details) and compare its SHA-256 fingerprint with the one the organisation gives you. For this report it is:</source>
      <translation>Organizația și-a emis singură certificatul de semnare, astfel încât programul de citire poate afișa că identitatea semnatarului este necunoscută sau nu este de încredere: acest lucru este de așteptat. &lt;b&gt;Pentru a confirma cine a semnat&lt;/b&gt;, afișați certificatul semnatarului (în Acrobat Reader: Signature Properties, Show Signer's Certificate, Details) și comparați amprenta sa SHA-256 cu cea comunicată de organizație. Pentru acest raport, ea este:</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1670" />
      <source>The pack has no {file}.</source>
      <translation>Pachetul nu conține {file}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1671" />
      <source>The people affected were told as recorded below.</source>
      <translation>Persoanele afectate au fost informate conform celor consemnate mai jos.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1672" />
      <source>The processor…</source>
      <translation>Persoana împuternicită…</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1673" />
      <source>The register — Art. 33(5)</source>
      <translation>Registrul — art. 33 alin. (5)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1674" />
      <source>The register's audit trail is a hash chain: the head hash above identifies its exact state when this report was made. The report is signed electronically (PAdES) with the organisation's certificate; the signature, on the last page, breaks if anything in the file is changed.</source>
      <translation>Jurnalul de audit al registrului este un lanț de hash-uri: hash-ul capătului de mai sus identifică starea sa exactă la momentul întocmirii acestui raport. Raportul este semnat electronic (PAdES) cu certificatul organizației; semnătura, de pe ultima pagină, devine invalidă dacă se modifică ceva în fișier.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1675" />
      <source>The requests</source>
      <translation>Cererile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1676" />
      <source>The residual risk is high: the processing may not start before the authority has been consulted (Art. 36(1)).</source>
      <translation>Riscul rezidual este ridicat: prelucrarea nu poate începe înainte de consultarea autorității (art. 36 alin. (1)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1677" />
      <source>The risk is high: the people affected must be told without undue delay (Art. 34(1)), unless an exemption of Art. 34(3) applies.</source>
      <translation>Riscul este ridicat: persoanele afectate trebuie informate fără întârzieri nejustificate (art. 34 alin. (1)), cu excepția cazului în care se aplică o excepție de la art. 34 alin. (3).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1678" />
      <source>The supervisory authority (its name is not recorded on the organisation's page)</source>
      <translation>Autoritatea de supraveghere (numele ei nu este consemnat pe pagina organizației)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1679" />
      <source>The supervisory authority on request (Art. 30(4))</source>
      <translation>Autoritatea de supraveghere, la cerere (art. 30 alin. (4))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1680" />
      <source>The yearly check of our records of processing and data-protection measures — Articles 5(2) and 24(1) GDPR</source>
      <translation>Verificarea anuală a evidențelor noastre privind prelucrarea și a măsurilor de protecție a datelor — articolele 5 alin. (2) și 24 alin. (1) din RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1681" />
      <source>This is not a zip file.</source>
      <translation>Acesta nu este un fișier zip.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1682" />
      <source>This is the first review: there is nothing to compare with yet.</source>
      <translation>Aceasta este prima revizuire: încă nu există nimic cu care să fie comparată.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1683" />
      <source>This report</source>
      <translation>Acest raport</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1684" />
      <source>This report is signed electronically (PAdES) by the organisation. Any change to the file after signing, even of one character, breaks the signature. &lt;b&gt;To check it&lt;/b&gt;, open the file in a PDF reader that shows signatures, for example Adobe Acrobat Reader, and open its signature panel. It should show the signer, &lt;b&gt;{signer}&lt;/b&gt;, and say that the document has not been modified since this signature was applied.</source>
      <translation>Acest raport este semnat electronic (PAdES) de organizație. Orice modificare a fișierului după semnare, chiar și a unui singur caracter, invalidează semnătura. &lt;b&gt;Pentru a o verifica&lt;/b&gt;, deschideți fișierul într-un program de citire PDF care afișează semnăturile, de exemplu Adobe Acrobat Reader, și deschideți panoul semnăturilor. Acesta ar trebui să afișeze semnatarul, &lt;b&gt;{signer}&lt;/b&gt;, și să indice că documentul nu a fost modificat de la aplicarea acestei semnături.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1685" />
      <source>Timing — Art. 33(1) and 33(4)</source>
      <translation>Termene — art. 33 alin. (1) și (4)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1686" />
      <source>To</source>
      <translation>Către</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1687" />
      <source>To do</source>
      <translation>De făcut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1688" />
      <source>To notify, not sent</source>
      <translation>De notificat, netrimise</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1689" />
      <source>Today</source>
      <translation>Astăzi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1690" />
      <source>Told {when}</source>
      <translation>Informate {when}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1691" />
      <source>Training log</source>
      <translation>Jurnalul instruirilor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1692" />
      <source>Training records</source>
      <translation>Evidența instruirilor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1693" />
      <source>Valid</source>
      <translation>Valabilă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1694" />
      <source>Valid until {date}</source>
      <translation>Valabilă până la {date}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1695" />
      <source>We are still assessing the possible consequences for you.</source>
      <translation>Încă evaluăm posibilele consecințe pentru dumneavoastră.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1696" />
      <source>We are still establishing what happened.</source>
      <translation>Încă stabilim ce s-a întâmplat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1697" />
      <source>We are still establishing which information was involved.</source>
      <translation>Încă stabilim ce informații au fost implicate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1698" />
      <source>We are writing to tell you about an incident at {organisation} that involves your personal information, and what we are doing about it.</source>
      <translation>Vă scriem pentru a vă informa despre un incident la {organisation} care implică informațiile dumneavoastră personale și despre ce facem în această privință.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1699" />
      <source>We became aware of it on {date}.</source>
      <translation>Am luat cunoștință de acesta la {date}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1700" />
      <source>We have read this review. We approve the records as they stand and ask for the points listed for management to be dealt with before the next review (Art. 5(2), 24(1) GDPR).</source>
      <translation>Am citit această revizuire. Aprobăm evidențele în forma actuală și solicităm ca punctele enumerate pentru conducere să fie rezolvate înainte de următoarea revizuire (art. 5 alin. (2), art. 24 alin. (1) din RGPD).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1701" />
      <source>We have taken steps to contain the incident and are reviewing how to prevent it happening again.</source>
      <translation>Am luat măsuri pentru a izola incidentul și analizăm cum putem preveni repetarea lui.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1702" />
      <source>We process this data on behalf of {client}. This notification is for {client}, the controller, who decides whether to notify the supervisory authority and the people affected (Art. 33(2)). See “Telling the client” below.</source>
      <translation>Prelucrăm aceste date în numele unui operator ({client}). Această notificare este destinată operatorului ({client}), care decide dacă notifică autoritatea de supraveghere și persoanele afectate (art. 33 alin. (2)). Vezi „Informarea clientului” mai jos.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1703" />
      <source>What changed</source>
      <translation>Ce s-a modificat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1704" />
      <source>What happened</source>
      <translation>Ce s-a întâmplat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1705" />
      <source>What information was involved</source>
      <translation>Ce informații au fost implicate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1706" />
      <source>What the dashboard and “atlas check” report at the close: deadlines passed, deadlines close, and gaps the GDPR asks to be filled.</source>
      <translation>Ce raportează tabloul de bord și „atlas check” la închidere: termene depășite, termene apropiate și lipsuri pe care RGPD cere să fie completate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1707" />
      <source>What this could mean for you</source>
      <translation>Ce ar putea însemna acest lucru pentru dumneavoastră</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1708" />
      <source>What we have done</source>
      <translation>Ce am făcut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1709" />
      <source>What you can do</source>
      <translation>Ce puteți face</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1710" />
      <source>When</source>
      <translation>Când</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1711" />
      <source>When we became aware</source>
      <translation>Când am luat cunoștință</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1712" />
      <source>Whenever they happened: the decisions as recorded in the register.</source>
      <translation>Indiferent de momentul în care au avut loc: deciziile așa cum sunt consemnate în registru.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1713" />
      <source>Where it processes the data is not recorded.</source>
      <translation>Locul în care prelucrează datele nu este consemnat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1714" />
      <source>Who must be told</source>
      <translation>Cine trebuie informat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1715" />
      <source>Who to contact</source>
      <translation>Pe cine puteți contacta</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1716" />
      <source>Why</source>
      <translation>De ce</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1717" />
      <source>With valid training today</source>
      <translation>Cu instruire valabilă astăzi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1718" />
      <source>Without valid training: {names}.</source>
      <translation>Fără instruire valabilă: {names}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1719" />
      <source>Worked out from the organisation's country ({country}), Art. 55.</source>
      <translation>Stabilită pe baza țării organizației ({country}), art. 55.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1720" />
      <source>Yes</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1721" />
      <source>You also have the right to complain to {authority}.</source>
      <translation>Aveți, de asemenea, dreptul de a depune o plângere la {authority}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1722" />
      <source>Yours sincerely,</source>
      <translation>Cu stimă,</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1723" />
      <source>audit trail</source>
      <translation>jurnal de audit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1724" />
      <source>audit trail entry {count}, head {head}</source>
      <translation>intrarea {count} din jurnalul de audit, capăt {head}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1725" />
      <source>not answered</source>
      <translation>fără răspuns</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1726" />
      <source>not answered: worked out from the data involved (see the table above)</source>
      <translation>fără răspuns: dedus din datele implicate (vezi tabelul de mai sus)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1727" />
      <source>not assessed yet</source>
      <translation>neevaluat încă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1728" />
      <source>not needed: availability was not affected</source>
      <translation>nu este necesar: disponibilitatea nu a fost afectată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1729" />
      <source>not needed: confidentiality was not affected</source>
      <translation>nu este necesar: confidențialitatea nu a fost afectată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1730" />
      <source>not needed: integrity was not affected</source>
      <translation>nu este necesar: integritatea nu a fost afectată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1731" />
      <source>not ticked</source>
      <translation>nebifat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1732" />
      <source>our organisation</source>
      <translation>organizația noastră</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1733" />
      <source>role not recorded</source>
      <translation>rol neconsemnat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1734" />
      <source>the client</source>
      <translation>clientul</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1735" />
      <source>the data protection supervisory authority</source>
      <translation>autoritatea de supraveghere a protecției datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1736" />
      <source>{answer} (assumed: not answered)</source>
      <translation>{answer} (presupus: fără răspuns)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1737" />
      <source>{count} of 8</source>
      <translation>{count} din 8</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1738" />
      <source>{course} ({date})</source>
      <translation>{course} ({date})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1739" />
      <source>{course} ({start} to {end})</source>
      <translation>{course} (de la {start} până la {end})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1740" />
      <source>{file} does not match its hash in the manifest.</source>
      <translation>{file} nu corespunde hash-ului său din manifest.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1741" />
      <source>{file} is missing from the pack.</source>
      <translation>{file} lipsește din pachet.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1742" />
      <source>{file} is not in the manifest.</source>
      <translation>{file} nu figurează în manifest.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1743" />
      <source>{label} (continued)</source>
      <translation>{label} (continuare)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1744" />
      <source>{name} ({role})</source>
      <translation>{name} ({role})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1745" />
      <source>{notified}, of which {late} after the 72 hours</source>
      <translation>{notified}, dintre care {late} după cele 72 de ore</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1746" />
      <source>{percent}% of current staff ({trained} of {staff}) have training that is valid today.</source>
      <translation>{percent}% din personalul actual ({trained} din {staff}) are o instruire valabilă astăzi.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1747" />
      <source>{review}: annual data protection review (Art. 5(2), 24(1) GDPR)</source>
      <translation>{review}: revizuirea anuală privind protecția datelor (art. 5 alin. (2), art. 24 alin. (1) din RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1748" />
      <source>{right} ({article})</source>
      <translation>{right} ({article})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1749" />
      <source>{signer}, made by {person}</source>
      <translation>{signer}, întocmit de {person}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1750" />
      <source>{start} – {end}</source>
      <translation>{start} – {end}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1751" />
      <source>{title} — Article 35 GDPR</source>
      <translation>{title} — articolul 35 din RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1752" />
      <source>{title} — Articles 33 and 34 GDPR</source>
      <translation>{title} — articolele 33 și 34 din RGPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1753" />
      <source>{valid} of {staff}</source>
      <translation>{valid} din {staff}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1754" />
      <source>{valid} of {staff} ({percent} %)</source>
      <translation>{valid} din {staff} ({percent} %)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1755" />
      <source>{when} by {person}</source>
      <translation>{when}, de {person}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="69" />
      <source>Nothing to report on</source>
      <translation>Nimic de raportat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="70" />
      <source>There are no {0} yet.</source>
      <translation>Nu există încă {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="75" />
      <source>Which {0}?</source>
      <translation>Care înregistrare de tip „{0}”?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="104" />
      <source>Which report?</source>
      <translation>Ce raport?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="104" />
      <source>Report on this record:</source>
      <translation>Raport despre această înregistrare:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="126" />
      <source>Save the signed report</source>
      <translation>Salvează raportul semnat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="126" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="145" />
      <source>Report signed</source>
      <translation>Raport semnat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="146" />
      <source>The signed report was written to
{0}

It is not encrypted: keep it somewhere safe. Open it now?</source>
      <translation>Raportul semnat a fost scris în
{0}

Nu este criptat: păstrați-l într-un loc sigur. Îl deschideți acum?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="154" />
      <source>The report was not written</source>
      <translation>Raportul nu a fost scris</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/reports.py" line="156" />
      <source>Building and signing the report…</source>
      <translation>Se generează și se semnează raportul…</translation>
    </message>
  </context>
  <context>
    <name>retention</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1756" />
      <source>Data</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1757" />
      <source>from answer to a rights request</source>
      <translation>de la răspunsul la o cerere privind drepturile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1758" />
      <source>from closing of the account</source>
      <translation>de la închiderea contului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1759" />
      <source>from collection</source>
      <translation>de la colectare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1760" />
      <source>from end of employment</source>
      <translation>de la încetarea raportului de muncă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1761" />
      <source>from end of the contract</source>
      <translation>de la încetarea contractului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1762" />
      <source>from end of the processing</source>
      <translation>de la încheierea prelucrării</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1763" />
      <source>from last contact with the person</source>
      <translation>de la ultimul contact cu persoana</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1764" />
      <source>from withdrawal of consent</source>
      <translation>de la retragerea consimțământului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1765" />
      <source>from {trigger}</source>
      <translation>de la {trigger}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1766" />
      <source>{category}: {period}</source>
      <translation>{category}: {period}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2039" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n zi</numerusform>
        <numerusform>%n zile</numerusform>
        <numerusform>%n de zile</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2040" />
      <source>%n month(s)</source>
      <translation>
        <numerusform>%n lună</numerusform>
        <numerusform>%n luni</numerusform>
        <numerusform>%n de luni</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2041" />
      <source>%n week(s)</source>
      <translation>
        <numerusform>%n săptămână</numerusform>
        <numerusform>%n săptămâni</numerusform>
        <numerusform>%n de săptămâni</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2042" />
      <source>%n year(s)</source>
      <translation>
        <numerusform>%n an</numerusform>
        <numerusform>%n ani</numerusform>
        <numerusform>%n de ani</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>review</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1767" />
      <source> (aware {when})</source>
      <translation> (aflat la {when})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1768" />
      <source>, and {people}</source>
      <translation>, iar {people}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1769" />
      <source>, {count} to be notified but not notified yet</source>
      <translation>, {count} de notificat, dar nenotificate încă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1770" />
      <source>, {count} with the decision still pending</source>
      <translation>, {count} cu decizia încă în așteptare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1771" />
      <source>, {open} still open ({overdue} overdue)</source>
      <translation>, {open} încă deschise ({overdue} depășite)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1772" />
      <source>; and {count} more (section 2).</source>
      <translation>; și încă {count} (secțiunea 2).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1773" />
      <source>; without: {names}</source>
      <translation>; fără: {names}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1774" />
      <source>Breach “{title}” touches this activity and its clock is still running: {authority}, and {people}.</source>
      <translation>Incidentul de securitate „{title}” afectează această activitate și termenul său curge în continuare: {authority}, iar {people}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1775" />
      <source>Breach “{title}” touches this activity and its clock is still running: {authority}.</source>
      <translation>Incidentul de securitate „{title}” afectează această activitate și termenul său curge în continuare: {authority}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1776" />
      <source>No personal data breach was recorded in the period.</source>
      <translation>Nu a fost consemnată nicio încălcare a securității datelor cu caracter personal în această perioadă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1777" />
      <source>No request from a person exercising their rights was received in the period.</source>
      <translation>Nu a fost primită nicio cerere de la o persoană care își exercită drepturile în această perioadă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1778" />
      <source>Open findings: {overdue} overdue, {due_soon} due soon and {gaps} gaps in the records (details in section 3).</source>
      <translation>Constatări deschise: {overdue} depășite, {due_soon} cu termen apropiat și {gaps} lipsuri în evidențe (detalii în secțiunea 3).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1779" />
      <source>Person {id}</source>
      <translation>Persoana {id}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1780" />
      <source>Since {since}: {added} added, {changed} changed and {retired} retired or removed.</source>
      <translation>De la {since}: {added} adăugate, {changed} modificate și {retired} retrase sau eliminate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1781" />
      <source>Some breaches were notified after 72 hours: check the breach procedure (Art. 33(1)).</source>
      <translation>Unele incidente de securitate au fost notificate după 72 de ore: verificați procedura privind incidentele de securitate (art. 33 alin. (1)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1782" />
      <source>Some rights requests were answered late or are overdue: check who handles them (Art. 12(3)).</source>
      <translation>Unele cereri privind drepturile au primit răspuns cu întârziere sau au termenul depășit: verificați cine se ocupă de ele (art. 12 alin. (3)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1783" />
      <source>There are no open findings: nothing is overdue or missing.</source>
      <translation>Nu există constatări deschise: nimic nu este depășit sau lipsă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1784" />
      <source>This is the first review: later reviews will list what changed since this one.</source>
      <translation>Aceasta este prima revizuire: revizuirile ulterioare vor enumera ce s-a schimbat de la aceasta.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1785" />
      <source>the previous review</source>
      <translation>revizuirea anterioară</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1786" />
      <source>{percent}% of staff ({trained} of {staff}) have valid data-protection training{missing}.</source>
      <translation>{percent}% din personal ({trained} din {staff}) are o instruire valabilă privind protecția datelor{missing}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1787" />
      <source>“{title}” needs your attention before it is confirmed: {reason}{more}. Open it and put it right, or confirm it with a note saying why it stands as it is.</source>
      <translation>„{title}” necesită atenția dumneavoastră înainte de a fi confirmat: {reason}{more}. Deschideți-l și corectați-l sau confirmați-l cu o notă care explică de ce rămâne așa cum este.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1788" />
      <source>“{title}”{aware}: {authority}{people}</source>
      <translation>„{title}”{aware}: {authority}{people}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1789" />
      <source>…and {count} more overdue (section 3).</source>
      <translation>…și încă {count} depășite (secțiunea 3).</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2043" />
      <source> (and %n more)</source>
      <translation>
        <numerusform> (și încă %n)</numerusform>
        <numerusform> (și încă %n)</numerusform>
        <numerusform> (și încă %n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2044" />
      <source>%n breach(es) still (has|have) a clock running (Art. 33(1), 34(1)), whenever it happened: {breaches}</source>
      <translation>
        <numerusform>%n incident de securitate are încă un termen în curs (art. 33 alin. (1), art. 34 alin. (1)), indiferent când a avut loc: {breaches}</numerusform>
        <numerusform>%n incidente de securitate au încă un termen în curs (art. 33 alin. (1), art. 34 alin. (1)), indiferent când au avut loc: {breaches}</numerusform>
        <numerusform>%n de incidente de securitate au încă un termen în curs (art. 33 alin. (1), art. 34 alin. (1)), indiferent când au avut loc: {breaches}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2045" />
      <source>%n personal data breach(es) in the period: {notified} notified to the authority ({on_time} within 72 hours, {late} late), {not_needed} not notified by a recorded decision (unlikely to result in a risk, or a client's breach that the client notifies){to_notify}{undecided}.</source>
      <translation>
        <numerusform>%n încălcare a securității datelor cu caracter personal în această perioadă: {notified} notificate autorității ({on_time} în termen de 72 de ore, {late} cu întârziere), {not_needed} nenotificate în baza unei decizii consemnate (puțin probabil să genereze un risc sau incident al unui client pe care îl notifică clientul){to_notify}{undecided}.</numerusform>
        <numerusform>%n încălcări ale securității datelor cu caracter personal în această perioadă: {notified} notificate autorității ({on_time} în termen de 72 de ore, {late} cu întârziere), {not_needed} nenotificate în baza unei decizii consemnate (puțin probabil să genereze un risc sau incident al unui client pe care îl notifică clientul){to_notify}{undecided}.</numerusform>
        <numerusform>%n de încălcări ale securității datelor cu caracter personal în această perioadă: {notified} notificate autorității ({on_time} în termen de 72 de ore, {late} cu întârziere), {not_needed} nenotificate în baza unei decizii consemnate (puțin probabil să genereze un risc sau incident al unui client pe care îl notifică clientul){to_notify}{undecided}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2046" />
      <source>%n rights request(s) received: {answered} answered ({on_time} on time, {late} late), {extended} extended by two months{still_open}.</source>
      <translation>
        <numerusform>%n cerere privind drepturile primită: {answered} cu răspuns ({on_time} la timp, {late} cu întârziere), {extended} prelungite cu două luni{still_open}.</numerusform>
        <numerusform>%n cereri privind drepturile primite: {answered} cu răspuns ({on_time} la timp, {late} cu întârziere), {extended} prelungite cu două luni{still_open}.</numerusform>
        <numerusform>%n de cereri privind drepturile primite: {answered} cu răspuns ({on_time} la timp, {late} cu întârziere), {extended} prelungite cu două luni{still_open}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2047" />
      <source>Train the %n member(s) of staff without valid training (Art. 32(4)).</source>
      <translation>
        <numerusform>Instruiți %n membru al personalului care nu are o instruire valabilă (art. 32 alin. (4)).</numerusform>
        <numerusform>Instruiți cei %n membri ai personalului care nu au o instruire valabilă (art. 32 alin. (4)).</numerusform>
        <numerusform>Instruiți cei %n de membri ai personalului care nu au o instruire valabilă (art. 32 alin. (4)).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2048" />
      <source>We reviewed %n record(s) that describe our ongoing processing: {confirmed} confirmed unchanged, {updated} updated and {retired} retired.</source>
      <translation>
        <numerusform>Am revizuit %n înregistrare care descrie prelucrările noastre în curs: {confirmed} confirmate fără modificări, {updated} actualizate și {retired} retrase.</numerusform>
        <numerusform>Am revizuit %n înregistrări care descriu prelucrările noastre în curs: {confirmed} confirmate fără modificări, {updated} actualizate și {retired} retrase.</numerusform>
        <numerusform>Am revizuit %n de înregistrări care descriu prelucrările noastre în curs: {confirmed} confirmate fără modificări, {updated} actualizate și {retired} retrase.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>review_packs</name>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="23" />
      <source>Writing the review</source>
      <translation>Se scrie revizuirea</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="24" />
      <source>Writing the record of processing activities</source>
      <translation>Se scrie evidența activităților de prelucrare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="25" />
      <source>Writing the spreadsheet</source>
      <translation>Se scrie foaia de calcul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="25" />
      <source>Done</source>
      <translation>Făcut</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="36" />
      <source>Save the review pack</source>
      <translation>Salvează pachetul revizuirii</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="37" />
      <source>Review pack (*.zip)</source>
      <translation>Pachetul revizuirii (*.zip)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="45" />
      <source>The review pack was saved as
{0}

It holds the signed review, the signed record of processing activities and the full spreadsheet, with a manifest of their SHA-256 hashes. It is not encrypted: keep it somewhere safe.</source>
      <translation>Pachetul revizuirii a fost salvat ca
{0}

Conține revizuirea semnată, evidența semnată a activităților de prelucrare și foaia de calcul completă, cu un manifest al amprentelor SHA-256 ale acestora. Nu este criptat: păstrați-l într-un loc sigur.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="75" />
      <source>Closing the review</source>
      <translation>Se închide revizuirea</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="82" />
      <source>Review closed</source>
      <translation>Revizuire închisă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="83" />
      <source>The review is closed and signed.</source>
      <translation>Revizuirea este închisă și semnată.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="89" />
      <source>The review was not closed</source>
      <translation>Revizuirea nu a fost închisă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="91" />
      <source>Closing the review and signing the pack…</source>
      <translation>Se închide revizuirea și se semnează pachetul…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="109" />
      <source>No pack yet</source>
      <translation>Niciun pachet încă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="110" />
      <source>{0} is still in progress: its pack is made when it is closed.</source>
      <translation>{0} este încă în curs: pachetul său se creează la închidere.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="118" />
      <source>Saving the review pack</source>
      <translation>Se salvează pachetul revizuirii</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="123" />
      <source>The pack was not saved</source>
      <translation>Pachetul nu a fost salvat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="125" />
      <source>Saving the review pack…</source>
      <translation>Se salvează pachetul revizuirii…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/review/packs.py" line="126" />
      <source>Pack saved</source>
      <translation>Pachet salvat</translation>
    </message>
  </context>
  <context>
    <name>setup</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1790" />
      <source>Your name</source>
      <translation>Numele dumneavoastră</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1791" />
      <source>{country}'s public holidays are the same everywhere, so no region is needed; leave out {region}.</source>
      <translation>Sărbătorile legale din {country} sunt aceleași peste tot, deci nu este necesară o regiune; omiteți {region}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1792" />
      <source>{region} is not a region of {country} with its own public holidays. Use one of: {regions}.</source>
      <translation>{region} nu este o regiune din {country} cu sărbători legale proprii. Folosiți una dintre: {regions}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1793" />
      <source>{text} is not a country Atlas knows. Give its two-letter code (e.g. RO for Romania, DE for Germany, GB for the United Kingdom).</source>
      <translation>{text} nu este o țară cunoscută de Atlas. Indicați codul său din două litere (de ex. RO pentru România, DE pentru Germania, GB pentru Regatul Unit).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1794" />
      <source>{what} cannot be empty: it is written in the audit trail and on sign-offs.</source>
      <translation>{what} nu poate fi gol: este scris în jurnalul de audit și pe aprobări.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1795" />
      <source>{what} contains a control character; type it again as plain text.</source>
      <translation>{what} conține un caracter de control; tastați-l din nou ca text simplu.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1796" />
      <source>{what} is {length} characters long; use at most {most}.</source>
      <translation>{what} are {length} caractere; folosiți cel mult {most}.</translation>
    </message>
  </context>
  <context>
    <name>spec</name>
    <message>
      <location filename="../../build/spec_strings.py" line="1" />
      <source>+ 0</source>
      <translation>+ 0</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="2" />
      <source>+ 0.25</source>
      <translation>+ 0,25</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="3" />
      <source>+ 0.5</source>
      <translation>+ 0,5</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="4" />
      <source>1 minimal, 2 significant, 3 serious, 4 severe or permanent.</source>
      <translation>1 minimă, 2 semnificativă, 3 gravă, 4 severă sau permanentă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="5" />
      <source>1 remote, 2 possible, 3 likely, 4 almost certain.</source>
      <translation>1 improbabilă, 2 posibilă, 3 probabilă, 4 aproape sigură.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="6" />
      <source>12 means at least once a year.</source>
      <translation>12 înseamnă cel puțin o dată pe an.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="7" />
      <source>12 means once a year.</source>
      <translation>12 înseamnă o dată pe an.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="8" />
      <source>1–4, with the measures in place.</source>
      <translation>1–4, cu măsurile aplicate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="9" />
      <source>8 weeks after sending (14 if extended), moved past weekends and the public holidays of the country you set (Organisation → Dates and deadlines).</source>
      <translation>La 8 săptămâni de la trimitere (14 dacă termenul este prelungit), amânat peste weekenduri și sărbătorile legale ale țării setate (Organizație → Date și termene).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="10" />
      <source>A client's: we process it on their behalf (processor)</source>
      <translation>Ale unui client: le prelucrăm în numele acestuia (persoană împuternicită)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="11" />
      <source>A core activity</source>
      <translation>O activitate principală</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="12" />
      <source>A data protection impact assessment for processing likely to result in a high risk.</source>
      <translation>O evaluare a impactului asupra protecției datelor pentru o prelucrare susceptibilă să genereze un risc ridicat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="13" />
      <source>A law requires you to do it (tax, labour, accounting law…).</source>
      <translation>O lege vă obligă să o faceți (legislația fiscală, a muncii, contabilă…).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="14" />
      <source>A ministry, council, public school or hospital, or another body under public law. Courts acting as courts are not counted.</source>
      <translation>Un minister, un consiliu local, o școală sau un spital public ori alt organism de drept public. Instanțele care acționează în exercițiul funcției lor judiciare nu sunt incluse.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="15" />
      <source>A phone number for data-protection matters.</source>
      <translation>Un număr de telefon pentru chestiuni legate de protecția datelor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="16" />
      <source>A request from someone to see, correct, erase, move or stop the use of their data.</source>
      <translation>O cerere prin care cineva dorește să își vadă, să își corecteze, să își șteargă sau să își transfere datele ori să oprească utilizarea lor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="17" />
      <source>A security incident that led to personal data being lost, destroyed, altered, disclosed or accessed without authorisation. Every breach is recorded, notified or not (Art. 33(5)).</source>
      <translation>Un incident de securitate care a dus la pierderea, distrugerea, modificarea sau divulgarea datelor cu caracter personal ori la accesul neautorizat la acestea. Fiecare încălcare este consemnată, fie că a fost notificată, fie că nu (art. 33 alin. (5)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="18" />
      <source>A service provider that handles personal data for you (payroll, hosting, email, payments…).</source>
      <translation>Un furnizor de servicii care prelucrează date cu caracter personal pentru dumneavoastră (salarizare, găzduire, e-mail, plăți…).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="19" />
      <source>A short name, e.g. Laptop stolen from car.</source>
      <translation>Un nume scurt, de ex. Laptop furat din mașină.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="20" />
      <source>A short name, e.g. Payroll.</source>
      <translation>Un nume scurt, de ex. Salarizare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="21" />
      <source>A task in the public interest or official authority given to you by law.</source>
      <translation>O sarcină de interes public sau exercitarea autorității publice cu care sunteți învestit prin lege.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="22" />
      <source>About telling them</source>
      <translation>Despre informarea persoanelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="23" />
      <source>About the automated decisions</source>
      <translation>Despre deciziile automatizate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="24" />
      <source>Accepted</source>
      <translation>Acceptat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="25" />
      <source>Access control: only those who need it</source>
      <translation>Controlul accesului: doar cei care au nevoie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="26" />
      <source>Access logging</source>
      <translation>Jurnalizarea accesului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="27" />
      <source>Access to their data</source>
      <translation>Accesul la propriile date</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="28" />
      <source>Active</source>
      <translation>Activ</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="29" />
      <source>Activities affected</source>
      <translation>Activități afectate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="30" />
      <source>Activities concerned</source>
      <translation>Activități vizate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="31" />
      <source>Activities served</source>
      <translation>Activități deservite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="32" />
      <source>Activities that use this processor.</source>
      <translation>Activitățile care folosesc această persoană împuternicită.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="33" />
      <source>Activity</source>
      <translation>Activitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="34" />
      <source>Acts only on our documented instructions, transfers included</source>
      <translation>Acționează doar pe baza instrucțiunilor noastre documentate, inclusiv în privința transferurilor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="35" />
      <source>Added</source>
      <translation>Adăugat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="36" />
      <source>Address</source>
      <translation>Adresă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="37" />
      <source>Address, email or phone of the representative.</source>
      <translation>Adresa, e-mailul sau telefonul reprezentantului.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="38" />
      <source>Adequacy decision</source>
      <translation>Decizie privind caracterul adecvat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="39" />
      <source>Advice and views</source>
      <translation>Avize și opinii</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="40" />
      <source>Advice given by</source>
      <translation>Aviz dat de</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="41" />
      <source>Advice of the DPO or person responsible</source>
      <translation>Avizul DPO sau al persoanei responsabile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="42" />
      <source>An email address people and the authority can reach you at.</source>
      <translation>O adresă de e-mail la care vă pot contacta persoanele și autoritatea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="43" />
      <source>An up-to-date backup restored it</source>
      <translation>O copie de rezervă actualizată le-a restaurat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="44" />
      <source>Answer due</source>
      <translation>Termen de răspuns</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="45" />
      <source>Answer received on</source>
      <translation>Răspuns primit la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="46" />
      <source>Answer sent on</source>
      <translation>Răspuns trimis la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="47" />
      <source>Answer to a rights request</source>
      <translation>Răspunsul la o cerere privind drepturile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="48" />
      <source>Answered</source>
      <translation>Cu răspuns</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="49" />
      <source>Answering messages sent through the website or by email</source>
      <translation>Răspunsul la mesajele trimise prin site sau prin e-mail</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="50" />
      <source>Any registration or case number the authority gave you.</source>
      <translation>Orice număr de înregistrare sau de dosar primit de la autoritate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="51" />
      <source>Anything else worth keeping, e.g. how identity was checked.</source>
      <translation>Orice altă informație utilă, de ex. cum a fost verificată identitatea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="52" />
      <source>Anything else worth keeping.</source>
      <translation>Orice altă informație utilă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="53" />
      <source>Anything the checklist does not say.</source>
      <translation>Tot ce nu reiese din lista de verificare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="54" />
      <source>Anything the number does not say, e.g. “until the permit expires” or the law that sets it.</source>
      <translation>Tot ce nu reiese din număr, de ex. „până la expirarea autorizației” sau legea care o stabilește.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="55" />
      <source>Approved</source>
      <translation>Aprobat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="56" />
      <source>Approved by</source>
      <translation>Aprobat de</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="57" />
      <source>Approved certification</source>
      <translation>Certificare aprobată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="58" />
      <source>Approved code of conduct</source>
      <translation>Cod de conduită aprobat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="59" />
      <source>Approved on</source>
      <translation>Aprobat la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="60" />
      <source>Approximate number of people.</source>
      <translation>Numărul aproximativ de persoane.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="61" />
      <source>Approximate number of records.</source>
      <translation>Numărul aproximativ de înregistrări.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="62" />
      <source>Archiving, research or statistics</source>
      <translation>Arhivare, cercetare sau statistică</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="63" />
      <source>Art. 9(2) condition</source>
      <translation>Condiție de la art. 9 alin. (2)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="64" />
      <source>Assessed risk to people</source>
      <translation>Riscul evaluat pentru persoane</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="65" />
      <source>Assessment</source>
      <translation>Evaluare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="66" />
      <source>Atlas checks it once the activity is retired with the date it ended.</source>
      <translation>Atlas verifică acest lucru după ce activitatea este retrasă, cu data la care s-a încheiat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="67" />
      <source>Atlas checks the consent records of this activity.</source>
      <translation>Atlas verifică înregistrările de consimțământ pentru această activitate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="68" />
      <source>Atlas checks the rights requests of this activity.</source>
      <translation>Atlas verifică cererile privind drepturile persoanelor vizate pentru această activitate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="69" />
      <source>Auditors and accountants</source>
      <translation>Auditori și contabili</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="70" />
      <source>Authority extended its deadline</source>
      <translation>Autoritatea și-a prelungit termenul</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="71" />
      <source>Authority's answer</source>
      <translation>Răspunsul autorității</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="72" />
      <source>Authority's contact</source>
      <translation>Contactul autorității</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="73" />
      <source>Authority's reference</source>
      <translation>Referința autorității</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="74" />
      <source>Automated decisions</source>
      <translation>Decizii automatizate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="75" />
      <source>Automated decisions with legal or similarly significant effect</source>
      <translation>Decizii automatizate cu efecte juridice sau cu efecte similare semnificative</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="76" />
      <source>Availability: lost or destroyed, even temporarily</source>
      <translation>Disponibilitate: pierdute sau distruse, chiar și temporar</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="77" />
      <source>Awaiting sign-off</source>
      <translation>În așteptarea aprobării</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="78" />
      <source>Backups and restore tested</source>
      <translation>Copii de rezervă și restaurare testată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="79" />
      <source>Balancing test (LIA)</source>
      <translation>Test de echilibrare (LIA)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="80" />
      <source>Bank and financial details</source>
      <translation>Date bancare și financiare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="81" />
      <source>Banks</source>
      <translation>Bănci</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="82" />
      <source>Became aware at</source>
      <translation>Luare la cunoștință la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="83" />
      <source>Becoming aware plus 72 hours.</source>
      <translation>Momentul luării la cunoștință plus 72 de ore.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="84" />
      <source>Becoming aware plus the hours above.</source>
      <translation>Momentul luării la cunoștință plus orele de mai sus.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="85" />
      <source>Behavioural data: location, traffic, habits, preferences</source>
      <translation>Date comportamentale: localizare, trafic, obiceiuri, preferințe</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="86" />
      <source>Below the age of digital consent: the parent or guardian who gave or authorised consent.</source>
      <translation>Sub vârsta consimțământului digital: părintele sau tutorele care a dat sau a autorizat consimțământul.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="87" />
      <source>Binding corporate rules</source>
      <translation>Reguli corporatiste obligatorii</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="88" />
      <source>Biometric data used to identify someone</source>
      <translation>Date biometrice folosite pentru identificarea unei persoane</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="89" />
      <source>Breach</source>
      <translation>Incident de securitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="90" />
      <source>Breaches</source>
      <translation>Incidente</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="91" />
      <source>Briefly, then restored without difficulty (e.g. from a backup)</source>
      <translation>Pentru scurt timp, apoi restaurate fără dificultate (de ex. dintr-o copie de rezervă)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="92" />
      <source>Business function</source>
      <translation>Departament</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="93" />
      <source>CCTV</source>
      <translation>Supraveghere video (CCTV)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="94" />
      <source>Cameras protecting the premises</source>
      <translation>Camere care protejează sediul</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="95" />
      <source>Cannot be ruled out</source>
      <translation>Nu poate fi exclusă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="96" />
      <source>Categories of data subjects</source>
      <translation>Categorii de persoane vizate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="97" />
      <source>Categories of data subjects, e.g. Employees, Customers.</source>
      <translation>Categorii de persoane vizate, de ex. Angajați, Clienți.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="98" />
      <source>Categories of personal data</source>
      <translation>Categorii de date cu caracter personal</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="99" />
      <source>Categories of personal data concerned.</source>
      <translation>Categoriile de date cu caracter personal în cauză.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="100" />
      <source>Categories of personal data, e.g. Contact details, Bank details.</source>
      <translation>Categorii de date cu caracter personal, de ex. Date de contact, Date bancare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="101" />
      <source>Categories of recipients</source>
      <translation>Categorii de destinatari</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="102" />
      <source>Cause</source>
      <translation>Cauză</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="103" />
      <source>Cause family (EDPB Guidelines 01/2021)</source>
      <translation>Tipul cauzei (Ghidurile CEPD 01/2021)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="104" />
      <source>Cause not recorded</source>
      <translation>Cauză neconsemnată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="105" />
      <source>Certificate number or where the proof is kept.</source>
      <translation>Numărul certificatului sau locul unde este păstrată dovada.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="106" />
      <source>Change</source>
      <translation>Modificare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="107" />
      <source>Changed</source>
      <translation>Modificat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="108" />
      <source>Changed and possibly used wrongly; the correct data can be restored</source>
      <translation>Modificate și posibil folosite greșit; datele corecte pot fi restaurate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="109" />
      <source>Changed and possibly used wrongly; the correct data cannot be restored</source>
      <translation>Modificate și posibil folosite greșit; datele corecte nu pot fi restaurate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="110" />
      <source>Changed, but put right with no sign that the wrong data was used</source>
      <translation>Modificate, dar corectate, fără semne că datele greșite au fost folosite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="111" />
      <source>Changes notified</source>
      <translation>Modificări notificate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="112" />
      <source>Children</source>
      <translation>Copii</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="113" />
      <source>Children or vulnerable people affected</source>
      <translation>Copii sau persoane vulnerabile afectate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="114" />
      <source>Clauses authorised by the authority</source>
      <translation>Clauze autorizate de autoritate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="115" />
      <source>Clauses in the DPA</source>
      <translation>Clauze din contractul de prelucrare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="116" />
      <source>Client (controller)</source>
      <translation>Client (operator)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="117" />
      <source>Client told at</source>
      <translation>Client informat la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="118" />
      <source>Client's contact</source>
      <translation>Contactul clientului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="119" />
      <source>Clients</source>
      <translation>Clienți</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="120" />
      <source>Closed</source>
      <translation>Închis</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="121" />
      <source>Closing of the account</source>
      <translation>Închiderea contului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="122" />
      <source>Collected through the person's employer</source>
      <translation>Colectat prin angajatorul persoanei</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="123" />
      <source>Collection: when the data was collected</source>
      <translation>Colectare: momentul colectării datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="124" />
      <source>Completed on</source>
      <translation>Finalizată la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="125" />
      <source>Completed on plus the validity.</source>
      <translation>Data finalizării plus perioada de valabilitate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="126" />
      <source>Condition for special-category data (Art. 9(2))</source>
      <translation>Condiție pentru categoriile speciale de date (art. 9 alin. (2))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="127" />
      <source>Confidentiality, integrity and/or availability.</source>
      <translation>Confidențialitate, integritate și/sau disponibilitate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="128" />
      <source>Confidentiality: disclosed or accessed without authorisation</source>
      <translation>Confidențialitate: divulgate sau accesate fără autorizare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="129" />
      <source>Confirmed unchanged</source>
      <translation>Confirmat fără modificări</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="130" />
      <source>Consent</source>
      <translation>Consimțământ</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="131" />
      <source>Consent record</source>
      <translation>Înregistrare de consimțământ</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="132" />
      <source>Consent records</source>
      <translation>Înregistrări de consimțământ</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="133" />
      <source>Consents</source>
      <translation>Consimțăminte</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="134" />
      <source>Consider a DPIA: one criterion met; record why not</source>
      <translation>Luați în considerare o EIPD: un criteriu îndeplinit; consemnați de ce nu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="135" />
      <source>Consult the authority first (residual risk high)</source>
      <translation>Consultați mai întâi autoritatea (risc rezidual ridicat)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="136" />
      <source>Consultation sent on</source>
      <translation>Consultare trimisă la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="137" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="138" />
      <source>Contact details</source>
      <translation>Date de contact</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="139" />
      <source>Contact point</source>
      <translation>Punct de contact</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="140" />
      <source>Contained</source>
      <translation>Izolat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="141" />
      <source>Containment</source>
      <translation>Izolare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="142" />
      <source>Content of messages and calls</source>
      <translation>Conținutul mesajelor și al apelurilor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="143" />
      <source>Contract</source>
      <translation>Contract</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="144" />
      <source>Contract (DPA)</source>
      <translation>Contractul de prelucrare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="145" />
      <source>Contract ended</source>
      <translation>Contract încetat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="146" />
      <source>Contractors and freelancers</source>
      <translation>Colaboratori și liber-profesioniști</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="147" />
      <source>Controller</source>
      <translation>Operator</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="148" />
      <source>Controller: we decide why and how</source>
      <translation>Operator: noi decidem de ce și cum</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="149" />
      <source>Controllers established in Greece notify through the authority's portal (taxisnet login).</source>
      <translation>Operatorii stabiliți în Grecia notifică prin portalul autorității (autentificare taxisnet).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="150" />
      <source>Controllers we act for</source>
      <translation>Operatorii pentru care acționăm</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="151" />
      <source>Correction (rectification)</source>
      <translation>Corectare (rectificare)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="152" />
      <source>Could others see the data?</source>
      <translation>Au putut alții vedea datele?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="153" />
      <source>Counted from</source>
      <translation>Calculat de la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="154" />
      <source>Country</source>
      <translation>Țara</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="155" />
      <source>Course</source>
      <translation>Curs</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="156" />
      <source>Courts and police, on legal request</source>
      <translation>Instanțe și poliție, la cerere legală</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="157" />
      <source>Criminal-offence data</source>
      <translation>Date privind condamnări penale și infracțiuni</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="158" />
      <source>Criterion</source>
      <translation>Criteriu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="159" />
      <source>Current staff</source>
      <translation>Personal actual</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="160" />
      <source>Current staff are included in training coverage.</source>
      <translation>Personalul actual este inclus în acoperirea instruirii.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="161" />
      <source>Customers</source>
      <translation>Clienți</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="162" />
      <source>Customers and invoicing</source>
      <translation>Clienți și facturare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="163" />
      <source>Cyber incident</source>
      <translation>Incident cibernetic</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="164" />
      <source>DPA document</source>
      <translation>Documentul contractului de prelucrare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="165" />
      <source>DPA signed on</source>
      <translation>Contract de prelucrare semnat la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="166" />
      <source>DPIA</source>
      <translation>EIPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="167" />
      <source>DPIA required by law: one of the cases of Art. 35(3)</source>
      <translation>EIPD obligatorie prin lege: unul dintre cazurile de la art. 35 alin. (3)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="168" />
      <source>DPIA required: two or more criteria met</source>
      <translation>EIPD necesară: două sau mai multe criterii îndeplinite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="169" />
      <source>DPIA screening</source>
      <translation>Evaluare preliminară EIPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="170" />
      <source>DPIA screening criteria (EDPB WP248 rev.01)</source>
      <translation>Criterii de evaluare preliminară EIPD (CEPD WP248 rev.01)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="171" />
      <source>DPIA screening criteria met</source>
      <translation>Criterii de evaluare preliminară EIPD îndeplinite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="172" />
      <source>DPIAs</source>
      <translation>EIPD-uri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="173" />
      <source>DPIAs (Art. 35)</source>
      <translation>EIPD-uri (art. 35)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="174" />
      <source>DPIAs carried out for this activity.</source>
      <translation>EIPD-urile efectuate pentru această activitate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="175" />
      <source>DPO</source>
      <translation>DPO</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="176" />
      <source>DPO's contact</source>
      <translation>Contactul DPO</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="177" />
      <source>Data</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="178" />
      <source>Data about vulnerable people</source>
      <translation>Date despre persoane vulnerabile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="179" />
      <source>Data exfiltration attack (hacking)</source>
      <translation>Atac de exfiltrare a datelor (hacking)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="180" />
      <source>Data involved</source>
      <translation>Date implicate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="181" />
      <source>Data portability</source>
      <translation>Portabilitatea datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="182" />
      <source>Data processed on a large scale</source>
      <translation>Date prelucrate pe scară largă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="183" />
      <source>Data protection contact</source>
      <translation>Contact pentru protecția datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="184" />
      <source>Data-protection training completed by staff; refreshers expire.</source>
      <translation>Instruirile în protecția datelor finalizate de personal; cursurile de reîmprospătare expiră.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="185" />
      <source>Date and time of the event.</source>
      <translation>Data și ora evenimentului.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="186" />
      <source>Dates and deadlines</source>
      <translation>Date și termene</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="187" />
      <source>Days, weeks, months or years.</source>
      <translation>Zile, săptămâni, luni sau ani.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="188" />
      <source>Deadline</source>
      <translation>Termen</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="189" />
      <source>Deadlines and dates are shown in this time zone, e.g. Europe/Bucharest.</source>
      <translation>Termenele și datele sunt afișate în acest fus orar, de ex. Europe/Bucharest.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="190" />
      <source>Deadlines skip this country's public holidays. Until you set it, they skip weekends only.</source>
      <translation>Termenele sar peste sărbătorile legale ale acestei țări. Până când o setați, sar doar peste weekenduri.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="191" />
      <source>Decision</source>
      <translation>Decizie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="192" />
      <source>Decisions made solely by a computer with legal or similarly significant effects.</source>
      <translation>Decizii luate exclusiv de un computer, cu efecte juridice sau cu efecte similare semnificative.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="193" />
      <source>Deleted on</source>
      <translation>Șters la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="194" />
      <source>Deletes or returns all data at the end, as we choose</source>
      <translation>Șterge sau returnează toate datele la final, după cum alegem noi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="195" />
      <source>Derogation: compelling legitimate interests (not repetitive, few people)</source>
      <translation>Derogare: interese legitime imperioase (nerepetitiv, puține persoane)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="196" />
      <source>Derogation: contract in the person's interest</source>
      <translation>Derogare: contract în interesul persoanei</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="197" />
      <source>Derogation: explicit consent to the transfer</source>
      <translation>Derogare: consimțământ explicit pentru transfer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="198" />
      <source>Derogation: important public interest</source>
      <translation>Derogare: interes public important</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="199" />
      <source>Derogation: legal claims</source>
      <translation>Derogare: acțiuni în instanță</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="200" />
      <source>Derogation: necessary for a contract with the person</source>
      <translation>Derogare: necesar pentru un contract cu persoana</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="201" />
      <source>Derogation: public register</source>
      <translation>Derogare: registru public</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="202" />
      <source>Derogation: vital interests</source>
      <translation>Derogare: interese vitale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="203" />
      <source>Description</source>
      <translation>Descriere</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="204" />
      <source>Description of the processing</source>
      <translation>Descrierea prelucrării</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="205" />
      <source>Directly: e.g. a full name with an address, an ID number or a photo</source>
      <translation>Direct: de ex. un nume complet cu adresă, un număr de identificare sau o fotografie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="206" />
      <source>Discovered at</source>
      <translation>Descoperit la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="207" />
      <source>Do not proceed</source>
      <translation>Nu se continuă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="208" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="209" />
      <source>Done as asked</source>
      <translation>Soluționată conform cererii</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="210" />
      <source>Done on purpose</source>
      <translation>Intenționat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="211" />
      <source>Draft</source>
      <translation>Ciornă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="212" />
      <source>Driving licence data</source>
      <translation>Date din permisul de conducere</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="213" />
      <source>Due on</source>
      <translation>Termen la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="214" />
      <source>EU representative</source>
      <translation>Reprezentant în UE</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="215" />
      <source>Each WP248 criterion, met or not, with a note.</source>
      <translation>Fiecare criteriu WP248, îndeplinit sau nu, cu o notă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="216" />
      <source>Each notice of a new or replaced sub-processor, with your decision.</source>
      <translation>Fiecare notificare privind o altă persoană împuternicită nouă sau înlocuită, cu decizia dumneavoastră.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="217" />
      <source>Each purpose with its lawful basis.</source>
      <translation>Fiecare scop, cu temeiul său juridic.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="218" />
      <source>Each risk to people, before and after the measures.</source>
      <translation>Fiecare risc pentru persoane, înainte și după măsuri.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="219" />
      <source>Each transfer to a country outside the EEA or an international organisation.</source>
      <translation>Fiecare transfer către o țară din afara SEE sau către o organizație internațională.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="220" />
      <source>Education, CVs and training certificates</source>
      <translation>Studii, CV-uri și certificate de instruire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="221" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="222" />
      <source>Emailing the newsletter and offers</source>
      <translation>Trimiterea prin e-mail a newsletterului și a ofertelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="223" />
      <source>Employees</source>
      <translation>Angajați</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="224" />
      <source>Employees, children, patients, the elderly…</source>
      <translation>Angajați, copii, pacienți, vârstnici…</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="225" />
      <source>Employment records (contract, pay, appraisals)</source>
      <translation>Dosare de angajare (contract, salariu, evaluări)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="226" />
      <source>Employment, social security and social protection law</source>
      <translation>Dreptul muncii, al securității sociale și al protecției sociale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="227" />
      <source>Encryption (devices, backups, connections)</source>
      <translation>Criptare (dispozitive, copii de rezervă, conexiuni)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="228" />
      <source>End of employment</source>
      <translation>Încetarea raportului de muncă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="229" />
      <source>End of the contract</source>
      <translation>Încetarea contractului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="230" />
      <source>End of the processing</source>
      <translation>Încetarea prelucrării</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="231" />
      <source>Ended on</source>
      <translation>Încheiată la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="232" />
      <source>Erasure ('right to be forgotten')</source>
      <translation>Ștergere („dreptul de a fi uitat”)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="233" />
      <source>Evaluating people's behaviour or traits automatically.</source>
      <translation>Evaluarea automată a comportamentului sau a trăsăturilor persoanelor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="234" />
      <source>Evaluation or scoring</source>
      <translation>Evaluare sau atribuire de punctaje</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="235" />
      <source>Everyone who handles personal data for you, so that their training can be followed.</source>
      <translation>Toate persoanele care prelucrează date cu caracter personal pentru dumneavoastră, astfel încât instruirea lor să poată fi urmărită.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="236" />
      <source>Evidence</source>
      <translation>Dovadă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="237" />
      <source>Exemption from telling the people affected (Art. 34(3))</source>
      <translation>Excepție de la informarea persoanelor afectate (art. 34 alin. (3))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="238" />
      <source>Exemption relied on</source>
      <translation>Excepția invocată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="239" />
      <source>Expires on</source>
      <translation>Expiră la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="240" />
      <source>Explicit consent</source>
      <translation>Consimțământ explicit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="241" />
      <source>Exposed, with no sign that anyone saw or used it</source>
      <translation>Expuse, fără semne că cineva le-a văzut sau folosit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="242" />
      <source>Extended by two months</source>
      <translation>Prelungit cu două luni</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="243" />
      <source>External recipients</source>
      <translation>Destinatari externi</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="244" />
      <source>Fairly easily: e.g. a name with a town, or an account number</source>
      <translation>Destul de ușor: de ex. un nume împreună cu un oraș sau un număr de cont</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="245" />
      <source>File name, link or folder of the policy text.</source>
      <translation>Numele fișierului, linkul sau dosarul textului politicii.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="246" />
      <source>Final report</source>
      <translation>Raport final</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="247" />
      <source>Finance and accounting</source>
      <translation>Financiar și contabilitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="248" />
      <source>Financial data: income, transactions, bank or card details, ID documents</source>
      <translation>Date financiare: venituri, tranzacții, date bancare sau de card, acte de identitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="249" />
      <source>Follow-up</source>
      <translation>Raport ulterior</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="250" />
      <source>Follows the sub-processor rules (authorisation, notice, same obligations)</source>
      <translation>Respectă regulile privind alte persoane împuternicite (autorizare, notificare, aceleași obligații)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="251" />
      <source>For a client (Art. 33(2))</source>
      <translation>Pentru un client (art. 33 alin. (2))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="252" />
      <source>For a joint controller: the others' names and contact details.</source>
      <translation>Pentru un operator asociat: numele și datele de contact ale celorlalți.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="253" />
      <source>For a processing that has ended: when this data was deleted.</source>
      <translation>Pentru o prelucrare care s-a încheiat: când au fost șterse aceste date.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="254" />
      <source>For a processor: each client you process for.</source>
      <translation>Pentru o persoană împuternicită: fiecare client pentru care prelucrați date.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="255" />
      <source>For a retired activity: when the processing stopped. Retention counted from the end of the processing starts here.</source>
      <translation>Pentru o activitate retrasă: când s-a oprit prelucrarea. Perioada de stocare calculată de la încetarea prelucrării începe de aici.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="256" />
      <source>For a while: restored only after days or with real effort</source>
      <translation>Pentru o vreme: restaurate doar după câteva zile sau cu efort real</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="257" />
      <source>For attacks (ransomware, hacking): whether data left your systems.</source>
      <translation>Pentru atacuri (ransomware, hacking): dacă datele au ieșit din sistemele dumneavoastră.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="258" />
      <source>For complex or numerous requests; tell the person within the first month, with reasons.</source>
      <translation>Pentru cereri complexe sau numeroase; informați persoana în prima lună, cu motivele.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="259" />
      <source>For good: some of it cannot be recovered</source>
      <translation>Definitiv: o parte din ele nu mai pot fi recuperate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="260" />
      <source>Form ID, log line or email kept as proof.</source>
      <translation>ID-ul formularului, rândul din jurnal sau e-mailul păstrat ca dovadă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="261" />
      <source>Former staff</source>
      <translation>Foști angajați</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="262" />
      <source>Found in an audit</source>
      <translation>Descoperit la un audit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="263" />
      <source>From the data alone, or with data the recipient can easily find. Not answered counts as “directly”.</source>
      <translation>Doar din date sau cu date pe care destinatarul le poate găsi ușor. Lipsa unui răspuns contează ca „direct”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="264" />
      <source>Full name.</source>
      <translation>Numele complet.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="265" />
      <source>General</source>
      <translation>General</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="266" />
      <source>Genetic data</source>
      <translation>Date genetice</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="267" />
      <source>Given at</source>
      <translation>Dat la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="268" />
      <source>Given by</source>
      <translation>Susținut de</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="269" />
      <source>Given for an online service</source>
      <translation>Dat pentru un serviciu online</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="270" />
      <source>Given or authorised by</source>
      <translation>Dat sau autorizat de</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="271" />
      <source>Gives us information and allows audits</source>
      <translation>Ne furnizează informații și permite audituri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="272" />
      <source>HR</source>
      <translation>Resurse umane</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="273" />
      <source>Handles special-category data</source>
      <translation>Prelucrează categorii speciale de date</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="274" />
      <source>Happened from</source>
      <translation>S-a produs de la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="275" />
      <source>Happened until</source>
      <translation>S-a produs până la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="276" />
      <source>Hardly: it would take a great deal of effort to know who they are</source>
      <translation>Greu: ar fi nevoie de un efort foarte mare pentru a afla cine sunt</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="277" />
      <source>Head count. Under 250, the record of processing may be optional (Art. 30(5)); Atlas tells you whether it is.</source>
      <translation>Numărul de angajați. Sub 250, evidența activităților de prelucrare poate fi opțională (art. 30 alin. (5)); Atlas vă spune dacă este.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="278" />
      <source>Health data</source>
      <translation>Date privind sănătatea</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="279" />
      <source>Health, biometric or other Art. 9 data, or criminal data.</source>
      <translation>Date privind sănătatea, date biometrice sau alte date de la art. 9 ori date privind infracțiunile.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="280" />
      <source>Helps us answer data-subject requests</source>
      <translation>Ne ajută să răspundem cererilor persoanelor vizate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="281" />
      <source>Helps us with security, breaches, DPIAs and consultation (Art. 32–36)</source>
      <translation>Ne ajută cu securitatea, încălcările, EIPD-urile și consultarea (art. 32–36)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="282" />
      <source>High</source>
      <translation>Ridicat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="283" />
      <source>High means the authority must be consulted before processing.</source>
      <translation>Ridicat înseamnă că autoritatea trebuie consultată înainte de prelucrare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="284" />
      <source>High risk: notify the authority and the people affected</source>
      <translation>Risc ridicat: notificați autoritatea și persoanele afectate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="285" />
      <source>High: significant consequences, overcome with serious difficulty</source>
      <translation>Ridicată: consecințe semnificative, depășite cu dificultăți serioase</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="286" />
      <source>Highest risk after measures</source>
      <translation>Cel mai mare risc după măsuri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="287" />
      <source>Hours to tell the client</source>
      <translation>Ore pentru informarea clientului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="288" />
      <source>How</source>
      <translation>Cum</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="289" />
      <source>How consent was given</source>
      <translation>Cum a fost dat consimțământul</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="290" />
      <source>How consent was given.</source>
      <translation>Cum a fost dat consimțământul.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="291" />
      <source>How easily people can be identified</source>
      <translation>Cât de ușor pot fi identificate persoanele</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="292" />
      <source>How it was checked</source>
      <translation>Cum a fost verificat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="293" />
      <source>How it was discovered</source>
      <translation>Cum a fost descoperit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="294" />
      <source>How long before a refresher is due; 12 is common.</source>
      <translation>Cât timp până la o instruire de reîmprospătare; 12 este obișnuit.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="295" />
      <source>How long each category of data is kept.</source>
      <translation>Cât timp este păstrată fiecare categorie de date.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="296" />
      <source>How long, as a number, e.g. 6 (with the unit: years).</source>
      <translation>Cât timp, ca număr, de ex. 6 (cu unitatea: ani).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="297" />
      <source>How many people, as a rule, constantly handle personal data by computer. Some countries make a DPO compulsory above a number (Germany: 20, § 38 BDSG).</source>
      <translation>Câte persoane, de regulă, prelucrează permanent date cu caracter personal pe computer. Unele țări impun un DPO peste un anumit număr (Germania: 20, § 38 BDSG).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="298" />
      <source>How people were told</source>
      <translation>Cum au fost informate persoanele</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="299" />
      <source>How they were told</source>
      <translation>Cum au fost informate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="300" />
      <source>How to reach that person.</source>
      <translation>Cum poate fi contactată acea persoană.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="301" />
      <source>How to reach the DPO.</source>
      <translation>Cum poate fi contactat DPO.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="302" />
      <source>How to reply to them.</source>
      <translation>Cum li se poate răspunde.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="303" />
      <source>ID card or passport numbers</source>
      <translation>Numere de carte de identitate sau de pașaport</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="304" />
      <source>IT support</source>
      <translation>Asistență IT</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="305" />
      <source>Identification data (name, date of birth)</source>
      <translation>Date de identificare (nume, data nașterii)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="306" />
      <source>Identity verified on</source>
      <translation>Identitate verificată la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="307" />
      <source>If they process outside the EEA: what makes it lawful.</source>
      <translation>Dacă prelucrează în afara SEE: ce face prelucrarea legală.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="308" />
      <source>If you process the data for a client, the client (the controller) notifies the authority; you must tell the client without undue delay.</source>
      <translation>Dacă prelucrați datele pentru un client, clientul (operatorul) notifică autoritatea; dumneavoastră trebuie să informați clientul fără întârzieri nejustificate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="309" />
      <source>If you rely on legitimate interests: what the interest is.</source>
      <translation>Dacă vă bazați pe interese legitime: care este interesul.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="310" />
      <source>Impact on people</source>
      <translation>Impactul asupra persoanelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="311" />
      <source>In Germany the data protection authority of the federal state (Land) where your organisation is established is competent. The Federal Commissioner (BfDI) is competent only for federal public bodies and for telecommunications and postal service providers.</source>
      <translation>În Germania este competentă autoritatea pentru protecția datelor din landul în care este stabilită organizația dumneavoastră. Comisarul federal (BfDI) este competent doar pentru organismele publice federale și pentru furnizorii de servicii de telecomunicații și poștale.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="312" />
      <source>In person</source>
      <translation>Personal</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="313" />
      <source>In progress</source>
      <translation>În curs</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="314" />
      <source>In the app</source>
      <translation>În aplicație</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="315" />
      <source>In this case, the data reveals</source>
      <translation>În acest caz, datele dezvăluie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="316" />
      <source>In words</source>
      <translation>În cuvinte</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="317" />
      <source>Individual notice is disproportionate: a public communication is used instead</source>
      <translation>Informarea individuală este disproporționată: se folosește în schimb o comunicare publică</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="318" />
      <source>Information may be given in phases.</source>
      <translation>Informațiile pot fi furnizate în etape.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="319" />
      <source>Information shown</source>
      <translation>Informarea prezentată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="320" />
      <source>Initial report</source>
      <translation>Raport inițial</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="321" />
      <source>Initial, follow-up or final.</source>
      <translation>Inițial, ulterior sau final.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="322" />
      <source>Innovative use or new technology</source>
      <translation>Utilizare inovatoare sau tehnologie nouă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="323" />
      <source>Instead of telling them, if one of the three exemptions applies.</source>
      <translation>În locul informării lor, dacă se aplică una dintre cele trei excepții.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="324" />
      <source>Insurance data</source>
      <translation>Date privind asigurările</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="325" />
      <source>Insurers</source>
      <translation>Asigurători</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="326" />
      <source>Integrity: altered without authorisation</source>
      <translation>Integritate: modificate fără autorizare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="327" />
      <source>Internal human error or misuse</source>
      <translation>Eroare umană internă sau utilizare abuzivă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="328" />
      <source>Internal recipients</source>
      <translation>Destinatari interni</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="329" />
      <source>Its breach-notification address or portal.</source>
      <translation>Adresa sau portalul său pentru notificarea încălcărilor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="330" />
      <source>Its staff are bound to confidentiality</source>
      <translation>Personalul său este obligat să păstreze confidențialitatea</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="331" />
      <source>Its written advice.</source>
      <translation>Avizul său scris.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="332" />
      <source>Job applicants</source>
      <translation>Candidați la angajare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="333" />
      <source>Job applications, CVs and interviews; a talent pool</source>
      <translation>Candidaturi, CV-uri și interviuri; o bază de candidați</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="334" />
      <source>Job title or role, e.g. Dispatcher.</source>
      <translation>Funcția sau rolul, de ex. Dispecer.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="335" />
      <source>Joint controller: we decide together with others</source>
      <translation>Operator asociat: decidem împreună cu alții</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="336" />
      <source>Joint controllers</source>
      <translation>Operatori asociați</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="337" />
      <source>Keep ended contracts for the record.</source>
      <translation>Păstrați contractele încetate pentru evidență.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="338" />
      <source>Kept for</source>
      <translation>Păstrat timp de</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="339" />
      <source>Kind of data</source>
      <translation>Tipul datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="340" />
      <source>Kind of data (ENISA: data processing context)</source>
      <translation>Tipul datelor (ENISA: contextul prelucrării datelor)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="341" />
      <source>Labour inspectorate</source>
      <translation>Inspectoratul teritorial de muncă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="342" />
      <source>Last contact with the person</source>
      <translation>Ultimul contact cu persoana</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="343" />
      <source>Last review (or approval) plus the review cycle.</source>
      <translation>Ultima revizuire (sau aprobarea) plus ciclul de revizuire.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="344" />
      <source>Last review (or sign-off) plus 12 months.</source>
      <translation>Ultima revizuire (sau aprobarea) plus 12 luni.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="345" />
      <source>Last review plus the interval.</source>
      <translation>Ultima revizuire plus intervalul.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="346" />
      <source>Last reviewed</source>
      <translation>Ultima revizuire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="347" />
      <source>Last reviewed on</source>
      <translation>Ultima revizuire la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="348" />
      <source>Last reviewed plus the review interval.</source>
      <translation>Ultima revizuire plus intervalul de revizuire.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="349" />
      <source>Last security review</source>
      <translation>Ultima verificare de securitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="350" />
      <source>Later measures mean the high risk is no longer likely</source>
      <translation>Măsurile ulterioare fac ca riscul ridicat să nu mai fie probabil</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="351" />
      <source>Lawful basis</source>
      <translation>Temei juridic</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="352" />
      <source>Lawful basis (Art. 6(1))</source>
      <translation>Temei juridic (art. 6 alin. (1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="353" />
      <source>Left</source>
      <translation>Plecat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="354" />
      <source>Legal authority for it</source>
      <translation>Temeiul legal pentru aceasta</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="355" />
      <source>Legal claims or courts</source>
      <translation>Acțiuni în justiție sau instanțe</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="356" />
      <source>Legal obligation</source>
      <translation>Obligație legală</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="357" />
      <source>Legitimate interest</source>
      <translation>Interes legitim</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="358" />
      <source>Legitimate interests</source>
      <translation>Interese legitime</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="359" />
      <source>Less than usual: e.g. it was already public, or too little to learn anything</source>
      <translation>Mai puțin decât de obicei: de ex. erau deja publice sau prea puține pentru a afla ceva</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="360" />
      <source>Letter</source>
      <translation>Scrisoare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="361" />
      <source>Level</source>
      <translation>Nivel</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="362" />
      <source>Level after measures</source>
      <translation>Nivel după măsuri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="363" />
      <source>Likelihood (1–4)</source>
      <translation>Probabilitate (1–4)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="364" />
      <source>Likelihood after measures</source>
      <translation>Probabilitate după măsuri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="365" />
      <source>Likelihood × severity.</source>
      <translation>Probabilitate × gravitate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="366" />
      <source>Likely consequences</source>
      <translation>Consecințe probabile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="367" />
      <source>Links</source>
      <translation>Legături</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="368" />
      <source>Location data</source>
      <translation>Date de localizare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="369" />
      <source>Locations</source>
      <translation>Locații</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="370" />
      <source>Locked premises and cabinets</source>
      <translation>Spații și dulapuri încuiate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="371" />
      <source>Lost or stolen device or paper documents</source>
      <translation>Dispozitiv sau documente pe hârtie pierdute ori furate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="372" />
      <source>Low</source>
      <translation>Scăzut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="373" />
      <source>Low: at most a few inconveniences</source>
      <translation>Scăzută: cel mult câteva neplăceri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="374" />
      <source>Lowers the kind of data by one step.</source>
      <translation>Coboară tipul datelor cu o treaptă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="375" />
      <source>Made manifestly public by the person</source>
      <translation>Făcute publice în mod manifest de persoana vizată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="376" />
      <source>Management</source>
      <translation>Conducere</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="377" />
      <source>Many people, much data, a long time or a wide area: e.g. a hospital's patients, a city's travellers (WP243 § 2.1.3). A single doctor or lawyer is not large scale (Recital 91).</source>
      <translation>Multe persoane, multe date, o perioadă lungă sau o zonă extinsă: de ex. pacienții unui spital, călătorii dintr-un oraș (WP243 § 2.1.3). Un singur medic sau avocat nu înseamnă scară largă (considerentul 91).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="378" />
      <source>Matching or combining datasets</source>
      <translation>Corelarea sau combinarea seturilor de date</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="379" />
      <source>Measures</source>
      <translation>Măsuri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="380" />
      <source>Measures taken or proposed</source>
      <translation>Măsuri luate sau propuse</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="381" />
      <source>Mechanism</source>
      <translation>Mecanism</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="382" />
      <source>Medium</source>
      <translation>Mediu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="383" />
      <source>Medium: significant inconveniences, overcome with some difficulty</source>
      <translation>Medie: neplăceri semnificative, depășite cu unele dificultăți</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="384" />
      <source>Members of a not-for-profit body</source>
      <translation>Membri ai unui organism fără scop lucrativ</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="385" />
      <source>Met</source>
      <translation>Îndeplinit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="386" />
      <source>Mispostal (sent to the wrong person)</source>
      <translation>Expediere greșită (trimis persoanei greșite)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="387" />
      <source>Monitors a publicly accessible area</source>
      <translation>Monitorizează o zonă accesibilă publicului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="388" />
      <source>More than usual: e.g. a list of patients' names, or signs of money trouble</source>
      <translation>Mai mult decât de obicei: de ex. o listă cu numele unor pacienți sau semne de probleme financiare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="389" />
      <source>Must be within the first month.</source>
      <translation>Trebuie să fie în prima lună.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="390" />
      <source>Name</source>
      <translation>Nume</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="391" />
      <source>Name of the Data Protection Officer.</source>
      <translation>Numele responsabilului cu protecția datelor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="392" />
      <source>Name of the course or session.</source>
      <translation>Numele cursului sau al sesiunii.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="393" />
      <source>Necessity and proportionality</source>
      <translation>Necesitate și proporționalitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="394" />
      <source>Needed to perform a contract with the person, or to prepare one at their request.</source>
      <translation>Necesar pentru executarea unui contract cu persoana sau pentru încheierea unuia la cererea acesteia.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="395" />
      <source>Needed to protect someone's life.</source>
      <translation>Necesar pentru a proteja viața cuiva.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="396" />
      <source>Needed when availability was affected.</source>
      <translation>Necesar atunci când a fost afectată disponibilitatea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="397" />
      <source>Needed when integrity was affected.</source>
      <translation>Necesar atunci când a fost afectată integritatea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="398" />
      <source>Newsletter</source>
      <translation>Newsletter</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="399" />
      <source>Newsletter subscribers</source>
      <translation>Abonați la newsletter</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="400" />
      <source>Next review</source>
      <translation>Următoarea revizuire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="401" />
      <source>Next review due</source>
      <translation>Termenul următoarei revizuiri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="402" />
      <source>No</source>
      <translation>Nu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="403" />
      <source>No DPIA needed: no criterion met</source>
      <translation>Nu este necesară o EIPD: niciun criteriu îndeplinit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="404" />
      <source>No DPIA: two or more criteria met, but the reason a DPIA is not needed is recorded</source>
      <translation>Fără EIPD: două sau mai multe criterii îndeplinite, dar este consemnat motivul pentru care o EIPD nu este necesară</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="405" />
      <source>No: nobody outside could see it (e.g. ransomware, exfiltration ruled out)</source>
      <translation>Nu: nimeni din afară nu le-a putut vedea (de ex. ransomware, exfiltrare exclusă)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="406" />
      <source>Non-essential cookies, e.g. visitor statistics</source>
      <translation>Cookie-uri neesențiale, de ex. statistici despre vizitatori</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="407" />
      <source>Not decided yet</source>
      <translation>Nedecis încă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="408" />
      <source>Not reviewed yet</source>
      <translation>Nerevizuit încă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="409" />
      <source>Not to be subject to an automated decision</source>
      <translation>Dreptul de a nu face obiectul unei decizii automatizate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="410" />
      <source>Note</source>
      <translation>Notă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="411" />
      <source>Notes</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="412" />
      <source>Notice received</source>
      <translation>Notificare primită</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="413" />
      <source>Notifications are made electronically through biznes.gov.pl or ePUAP, or by post.</source>
      <translation>Notificările se fac electronic prin biznes.gov.pl sau ePUAP ori prin poștă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="414" />
      <source>Notifications go through the authority's electronic form and portal; emailed forms are not processed.</source>
      <translation>Notificările se fac prin formularul electronic și portalul autorității; formularele trimise prin e-mail nu sunt procesate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="415" />
      <source>Notified at</source>
      <translation>Notificat la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="416" />
      <source>Notify the authority?</source>
      <translation>Notificați autoritatea?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="417" />
      <source>Notify through Altinn; you need the Altinn role to submit for your organisation.</source>
      <translation>Notificați prin Altinn; aveți nevoie de rolul Altinn pentru a depune în numele organizației dumneavoastră.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="418" />
      <source>Notify through Virk.dk; without a Danish business login, by email to dt@datatilsynet.dk.</source>
      <translation>Notificați prin Virk.dk; fără un cont de autentificare de firmă danez, prin e-mail la dt@datatilsynet.dk.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="419" />
      <source>Notifying the authority</source>
      <translation>Notificarea autorității</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="420" />
      <source>Number of employees</source>
      <translation>Număr de angajați</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="421" />
      <source>Object by</source>
      <translation>Opoziție până la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="422" />
      <source>Objected</source>
      <translation>Opoziție exprimată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="423" />
      <source>Objection</source>
      <translation>Opoziție</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="424" />
      <source>On a large scale</source>
      <translation>Pe scară largă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="425" />
      <source>One month from receipt (three if extended), moved past weekends and the public holidays of the country you set (Organisation → Dates and deadlines); with none set, weekends only.</source>
      <translation>O lună de la primire (trei dacă termenul este prelungit), amânat peste weekenduri și sărbătorile legale ale țării setate (Organizație → Date și termene); dacă nu este setată nicio țară, doar peste weekenduri.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="426" />
      <source>One of the nine WP248 criteria.</source>
      <translation>Unul dintre cele nouă criterii WP248.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="427" />
      <source>One or more Art. 6(1) bases for this purpose.</source>
      <translation>Unul sau mai multe temeiuri de la art. 6 alin. (1) pentru acest scop.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="428" />
      <source>Online identifiers (IP address, cookies, account IDs)</source>
      <translation>Identificatori online (adresă IP, cookie-uri, ID-uri de cont)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="429" />
      <source>Only approved policies apply.</source>
      <translation>Se aplică doar politicile aprobate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="430" />
      <source>Only if you are outside the EU but serve people in it: your representative in the EU.</source>
      <translation>Doar dacă vă aflați în afara UE, dar oferiți servicii persoanelor din UE: reprezentantul dumneavoastră în UE.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="431" />
      <source>Only if you disagree with the assessed risk: choose your level and write why below.</source>
      <translation>Doar dacă nu sunteți de acord cu riscul evaluat: alegeți nivelul dumneavoastră și scrieți mai jos de ce.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="432" />
      <source>Only occasional</source>
      <translation>Doar ocazional</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="433" />
      <source>Only with suitable safeguards documented and the authority informed.</source>
      <translation>Numai cu garanții adecvate documentate și cu informarea autorității.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="434" />
      <source>Open while you investigate.</source>
      <translation>Deschis cât timp investigați.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="435" />
      <source>Open: investigating</source>
      <translation>Deschis: în investigare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="436" />
      <source>Optional region code for regional holidays (e.g. BY for Bavaria).</source>
      <translation>Cod de regiune opțional pentru sărbătorile regionale (de ex. BY pentru Bavaria).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="437" />
      <source>Ordering from and paying suppliers; their contact persons</source>
      <translation>Comenzi către furnizori și plata acestora; persoanele lor de contact</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="438" />
      <source>Orders, delivery, invoices, payments and reminders</source>
      <translation>Comenzi, livrări, facturi, plăți și somații de plată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="439" />
      <source>Organisation</source>
      <translation>Organizație</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="440" />
      <source>Organisation name</source>
      <translation>Numele organizației</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="441" />
      <source>Organisations outside you that receive it.</source>
      <translation>Organizațiile din afara dumneavoastră care le primesc.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="442" />
      <source>Other</source>
      <translation>Altele</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="443" />
      <source>Other processing affected</source>
      <translation>Alte prelucrări afectate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="444" />
      <source>Our decision</source>
      <translation>Decizia noastră</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="445" />
      <source>Our main business handles sensitive data on a large scale</source>
      <translation>Activitatea noastră principală implică date sensibile pe scară largă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="446" />
      <source>Our main business monitors people on a large scale</source>
      <translation>Activitatea noastră principală monitorizează persoane pe scară largă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="447" />
      <source>Our processors (service providers)</source>
      <translation>Persoanele noastre împuternicite (furnizori de servicii)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="448" />
      <source>Our reference with the authority</source>
      <translation>Referința noastră la autoritate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="449" />
      <source>Our role</source>
      <translation>Rolul nostru</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="450" />
      <source>Ours: we decide why and how the data is used (controller)</source>
      <translation>Ale noastre: noi decidem de ce și cum sunt folosite datele (operator)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="451" />
      <source>Outcome</source>
      <translation>Rezultat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="452" />
      <source>Owner</source>
      <translation>Responsabil</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="453" />
      <source>Part of what the office exists to do, not a support function such as payroll or IT (WP243 § 2.1.2).</source>
      <translation>Parte din rațiunea de a exista a biroului, nu o funcție de suport precum salarizarea sau IT-ul (WP243 § 2.1.2).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="454" />
      <source>Partly done</source>
      <translation>Soluționată parțial</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="455" />
      <source>Password policy</source>
      <translation>Politică privind parolele</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="456" />
      <source>Passwords and sign-in details</source>
      <translation>Parole și date de autentificare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="457" />
      <source>Patients</source>
      <translation>Pacienți</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="458" />
      <source>Paying salaries, tax and social-security contributions</source>
      <translation>Plata salariilor, a impozitelor și a contribuțiilor sociale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="459" />
      <source>Payment card data</source>
      <translation>Date ale cardurilor de plată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="460" />
      <source>Payroll</source>
      <translation>Salarizare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="461" />
      <source>People affected (approx.)</source>
      <translation>Persoane afectate (aprox.)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="462" />
      <source>People and data</source>
      <translation>Persoane și date</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="463" />
      <source>People concerned</source>
      <translation>Persoane vizate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="464" />
      <source>People depend on our service</source>
      <translation>Persoanele depind de serviciul nostru</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="465" />
      <source>People involved, so their training can be shown.</source>
      <translation>Persoanele implicate, astfel încât instruirea lor să poată fi demonstrată.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="466" />
      <source>People told at</source>
      <translation>Persoane informate la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="467" />
      <source>People who work with personal data on computers</source>
      <translation>Persoane care lucrează cu date cu caracter personal pe computer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="468" />
      <source>Person</source>
      <translation>Persoană</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="469" />
      <source>Person responsible for data protection</source>
      <translation>Persoana responsabilă cu protecția datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="470" />
      <source>Person told of the extension on</source>
      <translation>Persoana informată despre prelungire la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="471" />
      <source>Personal data</source>
      <translation>Date cu caracter personal</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="472" />
      <source>Personnel files: contracts, working time, absences, training</source>
      <translation>Dosare de personal: contracte, timp de lucru, absențe, instruire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="473" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="474" />
      <source>Photos and video (including CCTV)</source>
      <translation>Fotografii și video (inclusiv CCTV)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="475" />
      <source>Planned</source>
      <translation>Planificat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="476" />
      <source>Policies</source>
      <translation>Politici</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="477" />
      <source>Policies (Art. 24(2))</source>
      <translation>Politici (art. 24 alin. (2))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="478" />
      <source>Policy</source>
      <translation>Politică</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="479" />
      <source>Political opinions</source>
      <translation>Opinii politice</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="480" />
      <source>Preventive or occupational medicine, health or social care</source>
      <translation>Medicină preventivă sau a muncii, asistență medicală ori socială</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="481" />
      <source>Prevents people from exercising a right or using a service or contract</source>
      <translation>Împiedică persoanele să își exercite un drept sau să folosească un serviciu ori un contract</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="482" />
      <source>Prior consultation (Art. 36)</source>
      <translation>Consultare prealabilă (art. 36)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="483" />
      <source>Proceed once the listed measures are in place</source>
      <translation>Se continuă după ce măsurile enumerate sunt aplicate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="484" />
      <source>Proceed: risks acceptable</source>
      <translation>Se continuă: riscuri acceptabile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="485" />
      <source>Processing activities</source>
      <translation>Activități de prelucrare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="486" />
      <source>Processing activities (Art. 30(1))</source>
      <translation>Activități de prelucrare (art. 30 alin. (1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="487" />
      <source>Processing activities whose data was involved.</source>
      <translation>Activitățile de prelucrare ale căror date au fost implicate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="488" />
      <source>Processing activity</source>
      <translation>Activitate de prelucrare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="489" />
      <source>Processing carried out for them</source>
      <translation>Prelucrări efectuate pentru aceștia</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="490" />
      <source>Processing that is not in your register yet: add it to the register too.</source>
      <translation>Prelucrări care nu sunt încă în registrul dumneavoastră: adăugați-le și în registru.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="491" />
      <source>Processor</source>
      <translation>Persoană împuternicită</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="492" />
      <source>Processor contract clauses (Art. 28(3))</source>
      <translation>Clauzele contractului cu persoana împuternicită (art. 28 alin. (3))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="493" />
      <source>Processor: we act for a client</source>
      <translation>Persoană împuternicită: acționăm pentru un client</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="494" />
      <source>Processors</source>
      <translation>Persoane împuternicite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="495" />
      <source>Processors (Art. 28)</source>
      <translation>Persoane împuternicite (art. 28)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="496" />
      <source>Processors used</source>
      <translation>Persoane împuternicite folosite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="497" />
      <source>Profiling</source>
      <translation>Creare de profiluri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="498" />
      <source>Profiling or predicting, e.g. credit scoring, behaviour analysis.</source>
      <translation>Creare de profiluri sau predicții, de ex. evaluarea bonității, analiza comportamentului.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="499" />
      <source>Proof that someone consented: who, to what, when, how, and what they were told.</source>
      <translation>Dovada că cineva și-a dat consimțământul: cine, pentru ce, când, cum și ce informații a primit.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="500" />
      <source>Prospects</source>
      <translation>Clienți potențiali</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="501" />
      <source>Pseudonymisation</source>
      <translation>Pseudonimizare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="502" />
      <source>Public communication</source>
      <translation>Comunicare publică</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="503" />
      <source>Public communication made at</source>
      <translation>Comunicare publică făcută la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="504" />
      <source>Public health</source>
      <translation>Sănătate publică</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="505" />
      <source>Public holidays of</source>
      <translation>Sărbătorile legale din</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="506" />
      <source>Public task</source>
      <translation>Misiune de interes public</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="507" />
      <source>Purpose</source>
      <translation>Scop</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="508" />
      <source>Purposes</source>
      <translation>Scopuri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="509" />
      <source>Purposes and lawful basis</source>
      <translation>Scopuri și temei juridic</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="510" />
      <source>Purposes relying on consent (Art. 6(1)(a), 7(1))</source>
      <translation>Scopuri bazate pe consimțământ (art. 6 alin. (1) lit. (a), art. 7 alin. (1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="511" />
      <source>Question from the authority</source>
      <translation>Întrebare din partea autorității</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="512" />
      <source>Racial or ethnic origin</source>
      <translation>Originea rasială sau etnică</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="513" />
      <source>Raises the kind of data by one step.</source>
      <translation>Ridică tipul datelor cu o treaptă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="514" />
      <source>Ransomware</source>
      <translation>Ransomware</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="515" />
      <source>Reason for refusing</source>
      <translation>Motivul refuzului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="516" />
      <source>Reason for the extension</source>
      <translation>Motivul prelungirii</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="517" />
      <source>Reasoning</source>
      <translation>Justificare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="518" />
      <source>Reasons for the delay</source>
      <translation>Motivele întârzierii</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="519" />
      <source>Received</source>
      <translation>Primită</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="520" />
      <source>Received on</source>
      <translation>Primită la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="521" />
      <source>Recipient</source>
      <translation>Destinatar</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="522" />
      <source>Recipients and processors</source>
      <translation>Destinatari și persoane împuternicite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="523" />
      <source>Records affected (approx.)</source>
      <translation>Înregistrări afectate (aprox.)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="524" />
      <source>Recruitment</source>
      <translation>Recrutare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="525" />
      <source>Refused</source>
      <translation>Refuzată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="526" />
      <source>Refused: an exemption applies</source>
      <translation>Refuzată: se aplică o excepție</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="527" />
      <source>Refused: identity could not be verified</source>
      <translation>Refuzată: identitatea nu a putut fi verificată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="528" />
      <source>Refused: manifestly unfounded or excessive</source>
      <translation>Refuzată: vădit nefondată sau excesivă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="529" />
      <source>Region</source>
      <translation>Regiune</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="530" />
      <source>Registered postal address.</source>
      <translation>Adresa poștală a sediului social.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="531" />
      <source>Regular and systematic monitoring as a core activity: e.g. tracking apps, behavioural advertising, a security company's CCTV. Atlas also infers it from your activities (WP243).</source>
      <translation>Monitorizare periodică și sistematică ca activitate principală: de ex. aplicații de urmărire, publicitate comportamentală, CCTV-ul unei firme de pază. Atlas o deduce și din activitățile dumneavoastră (WP243).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="532" />
      <source>Regular testing of the measures</source>
      <translation>Testarea periodică a măsurilor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="533" />
      <source>Religious or philosophical beliefs</source>
      <translation>Convingeri religioase sau filozofice</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="534" />
      <source>Report</source>
      <translation>Raport</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="535" />
      <source>Reported by a customer or the person affected</source>
      <translation>Semnalat de un client sau de persoana afectată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="536" />
      <source>Reported by our processor</source>
      <translation>Semnalat de persoana noastră împuternicită</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="537" />
      <source>Reported by staff</source>
      <translation>Semnalat de personal</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="538" />
      <source>Reports sent</source>
      <translation>Rapoarte trimise</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="539" />
      <source>Representative (Art. 27)</source>
      <translation>Reprezentant (art. 27)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="540" />
      <source>Representative's contact</source>
      <translation>Contactul reprezentantului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="541" />
      <source>Request</source>
      <translation>Cerere</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="542" />
      <source>Requester</source>
      <translation>Solicitant</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="543" />
      <source>Required when notifying after 72 hours.</source>
      <translation>Obligatoriu la notificarea după 72 de ore.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="544" />
      <source>Required when refusing: tell them why and that they can complain.</source>
      <translation>Obligatoriu la refuz: spuneți-le de ce și că pot depune o plângere.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="545" />
      <source>Required when you choose your own level; it is kept in the record and the audit trail.</source>
      <translation>Obligatoriu când alegeți propriul nivel; este păstrat în înregistrare și în jurnalul de audit.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="546" />
      <source>Response</source>
      <translation>Reacție</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="547" />
      <source>Restriction of processing</source>
      <translation>Restricționarea prelucrării</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="548" />
      <source>Retention</source>
      <translation>Stocare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="549" />
      <source>Retired</source>
      <translation>Retras</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="550" />
      <source>Retired activities stay in the history.</source>
      <translation>Activitățile retrase rămân în istoric.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="551" />
      <source>Retired or removed</source>
      <translation>Retrase sau eliminate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="552" />
      <source>Retired: the processing assessed has stopped</source>
      <translation>Retrasă: prelucrarea evaluată a încetat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="553" />
      <source>Review</source>
      <translation>Revizuire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="554" />
      <source>Review every (months)</source>
      <translation>Revizuire la fiecare (luni)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="555" />
      <source>Right exercised (Art. 15–22)</source>
      <translation>Dreptul exercitat (art. 15–22)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="556" />
      <source>Right not recorded</source>
      <translation>Drept neconsemnat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="557" />
      <source>Rights and automated decisions</source>
      <translation>Drepturi și decizii automatizate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="558" />
      <source>Rights available</source>
      <translation>Drepturi disponibile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="559" />
      <source>Rights request</source>
      <translation>Cerere privind drepturile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="560" />
      <source>Rights requests</source>
      <translation>Cereri privind drepturile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="561" />
      <source>Risk</source>
      <translation>Risc</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="562" />
      <source>Risk assessment</source>
      <translation>Evaluarea riscului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="563" />
      <source>Risk level (likelihood × severity)</source>
      <translation>Nivelul riscului (probabilitate × gravitate)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="564" />
      <source>Risk to people</source>
      <translation>Riscul pentru persoane</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="565" />
      <source>Risk to people (Art. 33/34)</source>
      <translation>Riscul pentru persoane (art. 33/34)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="566" />
      <source>Risk: notify the authority</source>
      <translation>Risc: notificați autoritatea</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="567" />
      <source>Risks</source>
      <translation>Riscuri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="568" />
      <source>Risks and measures</source>
      <translation>Riscuri și măsuri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="569" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="570" />
      <source>Ruled out, e.g. by logs or a forensic analysis</source>
      <translation>Exclusă, de ex. pe baza jurnalelor sau a unei analize criminalistice</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="571" />
      <source>Safeguard document</source>
      <translation>Document privind garanțiile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="572" />
      <source>Same obligations passed down</source>
      <translation>Aceleași obligații transmise mai departe</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="573" />
      <source>Scores 1 on the ENISA scale.</source>
      <translation>Valorează 1 pe scala ENISA.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="574" />
      <source>Scores 2 on the ENISA scale.</source>
      <translation>Valorează 2 pe scala ENISA.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="575" />
      <source>Scores 3 on the ENISA scale.</source>
      <translation>Valorează 3 pe scala ENISA.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="576" />
      <source>Scores 4 on the ENISA scale.</source>
      <translation>Valorează 4 pe scala ENISA.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="577" />
      <source>Screening</source>
      <translation>Evaluare preliminară</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="578" />
      <source>Screening (WP248)</source>
      <translation>Evaluare preliminară (WP248)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="579" />
      <source>Screening result</source>
      <translation>Rezultatul evaluării preliminare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="580" />
      <source>Screening result (WP248)</source>
      <translation>Rezultatul evaluării preliminare (WP248)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="581" />
      <source>Secure disposal of paper and devices</source>
      <translation>Eliminarea sigură a documentelor pe hârtie și a dispozitivelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="582" />
      <source>Security alert or monitoring</source>
      <translation>Alertă de securitate sau monitorizare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="583" />
      <source>Security and systems</source>
      <translation>Securitate și sisteme</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="584" />
      <source>Security measures</source>
      <translation>Măsuri de securitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="585" />
      <source>Security measures (Art. 32)</source>
      <translation>Măsuri de securitate (art. 32)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="586" />
      <source>Security, in words</source>
      <translation>Securitatea, în cuvinte</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="587" />
      <source>Seen by a known, small number of recipients</source>
      <translation>Văzute de un număr mic, cunoscut, de destinatari</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="588" />
      <source>Seen or taken by unknown people, or published</source>
      <translation>Văzute sau luate de persoane necunoscute ori publicate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="589" />
      <source>Send the Garante's notification model by certified email (PEC) with the subject “NOTIFICA VIOLAZIONE DATI PERSONALI”, signed digitally or by hand.</source>
      <translation>Trimiteți modelul de notificare al Garante prin e-mail certificat (PEC) cu subiectul „NOTIFICA VIOLAZIONE DATI PERSONALI”, semnat digital sau olograf.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="590" />
      <source>Sensitive data: health, other special categories (Art. 9) or criminal data (Art. 10)</source>
      <translation>Date sensibile: sănătate, alte categorii speciale (art. 9) sau date privind infracțiunile (art. 10)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="591" />
      <source>Sensitive or highly personal data</source>
      <translation>Date sensibile sau cu caracter foarte personal</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="592" />
      <source>Sent at</source>
      <translation>Trimis la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="593" />
      <source>Service</source>
      <translation>Serviciu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="594" />
      <source>Service providers that process it for you.</source>
      <translation>Furnizorii de servicii care le prelucrează pentru dumneavoastră.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="595" />
      <source>Severity (1–4)</source>
      <translation>Gravitate (1–4)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="596" />
      <source>Severity (ENISA)</source>
      <translation>Gravitate (ENISA)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="597" />
      <source>Severity after measures</source>
      <translation>Gravitate după măsuri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="598" />
      <source>Sex life or sexual orientation</source>
      <translation>Viața sexuală sau orientarea sexuală</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="599" />
      <source>Signed off</source>
      <translation>Aprobată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="600" />
      <source>Signed off by</source>
      <translation>Aprobată de</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="601" />
      <source>Signed off on</source>
      <translation>Aprobată la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="602" />
      <source>Signed paper form</source>
      <translation>Formular pe hârtie semnat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="603" />
      <source>Simple data: names, contact details, education, family, work history</source>
      <translation>Date simple: nume, date de contact, studii, familie, istoric profesional</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="604" />
      <source>Social engineering (phishing, impersonation)</source>
      <translation>Inginerie socială (phishing, uzurpare de identitate)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="605" />
      <source>Social security and pension bodies</source>
      <translation>Instituții de asigurări sociale și de pensii</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="606" />
      <source>Software and services where the data lives, e.g. Payroll app.</source>
      <translation>Programele și serviciile în care se află datele, de ex. aplicația de salarizare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="607" />
      <source>Software kept up to date; malware protection</source>
      <translation>Programe actualizate; protecție împotriva programelor malware</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="608" />
      <source>Something you do with personal data for one purpose, e.g. payroll or the newsletter.</source>
      <translation>Ceva ce faceți cu date cu caracter personal pentru un anumit scop, de ex. salarizarea sau newsletterul.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="609" />
      <source>Source of the data</source>
      <translation>Sursa datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="610" />
      <source>Special categories of data (Art. 9(1))</source>
      <translation>Categorii speciale de date (art. 9 alin. (1))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="611" />
      <source>Special categories, criminal data, financial or location data, private messages.</source>
      <translation>Categorii speciale, date privind infracțiunile, date financiare sau de localizare, mesaje private.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="612" />
      <source>Special-category data</source>
      <translation>Categorii speciale de date</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="613" />
      <source>Special-category data involved</source>
      <translation>Categorii speciale de date implicate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="614" />
      <source>Special-category or criminal data as a core activity: e.g. a clinic, a background-check agency. Atlas also infers it from your activities (WP243).</source>
      <translation>Categorii speciale de date sau date privind infracțiunile, ca activitate principală: de ex. o clinică, o agenție de verificare a antecedentelor. Atlas o deduce și din activitățile dumneavoastră (WP243).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="615" />
      <source>Staff</source>
      <translation>Personal</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="616" />
      <source>Staff confidentiality agreements</source>
      <translation>Acorduri de confidențialitate cu personalul</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="617" />
      <source>Staff involved</source>
      <translation>Personal implicat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="618" />
      <source>Staff records</source>
      <translation>Evidența personalului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="619" />
      <source>Staff training</source>
      <translation>Instruirea personalului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="620" />
      <source>Standard contractual clauses</source>
      <translation>Clauze contractuale standard</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="621" />
      <source>Status</source>
      <translation>Stare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="622" />
      <source>Sub-processor</source>
      <translation>Altă persoană împuternicită</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="623" />
      <source>Sub-processors</source>
      <translation>Alte persoane împuternicite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="624" />
      <source>Substantial public interest, under law</source>
      <translation>Interes public important, în temeiul legii</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="625" />
      <source>Supervisory authority</source>
      <translation>Autoritate de supraveghere</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="626" />
      <source>Supplier and partner contacts</source>
      <translation>Persoane de contact ale furnizorilor și partenerilor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="627" />
      <source>Suppliers</source>
      <translation>Furnizori</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="628" />
      <source>Systematic monitoring</source>
      <translation>Monitorizare sistematică</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="629" />
      <source>Systems</source>
      <translation>Sisteme</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="630" />
      <source>Takes the Art. 32 security measures</source>
      <translation>Aplică măsurile de securitate de la art. 32</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="631" />
      <source>Tax authority</source>
      <translation>Autoritatea fiscală</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="632" />
      <source>Teams inside the office who see it.</source>
      <translation>Echipele din birou care le văd.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="633" />
      <source>Tell the client by</source>
      <translation>Informați clientul până la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="634" />
      <source>Telling the people affected</source>
      <translation>Informarea persoanelor afectate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="635" />
      <source>The Commission decided the country protects data adequately.</source>
      <translation>Comisia a decis că țara asigură un nivel adecvat de protecție a datelor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="636" />
      <source>The ICO's helpline (Monday to Friday, 9am to 5pm) records the breach by phone; outside those hours, report online.</source>
      <translation>Linia de asistență a ICO (de luni până vineri, între 9:00 și 17:00) înregistrează incidentul telefonic; în afara acestui program, raportați online.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="637" />
      <source>The activity stops: it stays in the history as Retired and leaves the Art. 30 record.</source>
      <translation>Activitatea încetează: rămâne în istoric cu starea „Retras” și iese din evidența prevăzută la art. 30.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="638" />
      <source>The authority may take 6 more weeks for complex cases; it must tell you so, with its reasons, within one month of receiving your request.</source>
      <translation>Autoritatea poate lua încă 6 săptămâni pentru cazurile complexe; trebuie să vă informeze despre aceasta, cu motivele, în termen de o lună de la primirea cererii dumneavoastră.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="639" />
      <source>The case number you were given.</source>
      <translation>Numărul de dosar primit.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="640" />
      <source>The categories of processing you do for this client.</source>
      <translation>Categoriile de prelucrări pe care le efectuați pentru acest client.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="641" />
      <source>The client whose data it was.</source>
      <translation>Clientul căruia îi aparțineau datele.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="642" />
      <source>The client you process for.</source>
      <translation>Clientul pentru care prelucrați date.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="643" />
      <source>The company's name.</source>
      <translation>Numele companiei.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="644" />
      <source>The contract has ended: the processor is kept as Contract ended.</source>
      <translation>Contractul a încetat: persoana împuternicită este păstrată cu starea „Contract încetat”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="645" />
      <source>The data protection authority of the German federal state (Land) you are established in</source>
      <translation>Autoritatea pentru protecția datelor din landul german în care sunteți stabilit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="646" />
      <source>The data protection authority you report to, e.g. ANSPDCP in Romania.</source>
      <translation>Autoritatea pentru protecția datelor căreia îi raportați, de ex. ANSPDCP în România.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="647" />
      <source>The data were unintelligible to others (e.g. encrypted, key safe)</source>
      <translation>Datele erau neinteligibile pentru alții (de ex. criptate, cheie în siguranță)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="648" />
      <source>The day it arrived. The month starts here.</source>
      <translation>Ziua în care a sosit. Luna începe de aici.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="649" />
      <source>The day it was completed.</source>
      <translation>Ziua în care a fost finalizată.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="650" />
      <source>The day management accepted the outcome.</source>
      <translation>Ziua în care conducerea a acceptat rezultatul.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="651" />
      <source>The decision the assessment leads to.</source>
      <translation>Decizia la care duce evaluarea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="652" />
      <source>The event the period starts from. Choose one of the list so Atlas can check it, or write your own.</source>
      <translation>Evenimentul de la care începe perioada. Alegeți unul din listă pentru ca Atlas să îl poată verifica sau scrieți propriul eveniment.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="653" />
      <source>The family of incident.</source>
      <translation>Tipul de incident.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="654" />
      <source>The last day to object, from the contract.</source>
      <translation>Ultima zi pentru a vă opune, conform contractului.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="655" />
      <source>The law that allows it.</source>
      <translation>Legea care o permite.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="656" />
      <source>The logic involved and the safeguards (human review, contesting).</source>
      <translation>Logica implicată și garanțiile (intervenție umană, contestare).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="657" />
      <source>The manager who accepts the outcome.</source>
      <translation>Managerul care acceptă rezultatul.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="658" />
      <source>The measures that protect this data.</source>
      <translation>Măsurile care protejează aceste date.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="659" />
      <source>The most revealing kind of data involved. Left empty, Atlas works it out from “Data involved” and “Special-category data involved”.</source>
      <translation>Cel mai revelator tip de date implicat. Dacă rămâne gol, Atlas îl deduce din „Date implicate” și „Categorii speciale de date implicate”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="660" />
      <source>The name of the DPO or person responsible.</source>
      <translation>Numele DPO sau al persoanei responsabile.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="661" />
      <source>The nature of the breach, in plain words.</source>
      <translation>Natura încălcării, în cuvinte simple.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="662" />
      <source>The new information given.</source>
      <translation>Noile informații furnizate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="663" />
      <source>The notification must be in Bulgarian.</source>
      <translation>Notificarea trebuie redactată în limba bulgară.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="664" />
      <source>The operations, the purposes and any legitimate interest, systematically.</source>
      <translation>Operațiunile, scopurile și orice interes legitim, în mod sistematic.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="665" />
      <source>The part of the office that runs it, e.g. HR, Finance, Sales.</source>
      <translation>Partea din birou care se ocupă de ea, de ex. Resurse umane, Financiar, Vânzări.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="666" />
      <source>The person agreed to this specific use.</source>
      <translation>Persoana a fost de acord cu această utilizare anume.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="667" />
      <source>The person is a child</source>
      <translation>Persoana este un copil</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="668" />
      <source>The person's age when they consented, if you know it.</source>
      <translation>Vârsta persoanei la momentul consimțământului, dacă o cunoașteți.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="669" />
      <source>The policy no longer applies: it is kept as Retired.</source>
      <translation>Politica nu se mai aplică: este păstrată cu starea „Retras”.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="670" />
      <source>The processing activity assessed.</source>
      <translation>Activitatea de prelucrare evaluată.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="671" />
      <source>The processing activity relying on this consent.</source>
      <translation>Activitatea de prelucrare care se bazează pe acest consimțământ.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="672" />
      <source>The processing assessed has stopped: the DPIA is kept as Retired (Art. 35(11)).</source>
      <translation>Prelucrarea evaluată a încetat: EIPD este păstrată cu starea „Retrasă” (art. 35 alin. (11)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="673" />
      <source>The processing the request is about.</source>
      <translation>Prelucrarea la care se referă cererea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="674" />
      <source>The processor confirmed the sub-processor signed the same data-protection terms.</source>
      <translation>Persoana împuternicită a confirmat că cealaltă persoană împuternicită a semnat aceleași clauze privind protecția datelor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="675" />
      <source>The reasonable effort made to verify it, e.g. a confirmation email to the parent.</source>
      <translation>Efortul rezonabil depus pentru verificare, de ex. un e-mail de confirmare trimis părintelui.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="676" />
      <source>The residual risk.</source>
      <translation>Riscul rezidual.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="677" />
      <source>The rights people can exercise for this processing (they depend on the basis).</source>
      <translation>Drepturile pe care persoanele le pot exercita pentru această prelucrare (depind de temei).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="678" />
      <source>The third country the data goes to.</source>
      <translation>Țara terță în care ajung datele.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="679" />
      <source>The time your contract with the client sets. The GDPR says “without undue delay” and the client's own 72 hours may already be running, so Atlas counts 24 hours when this is empty (a conservative reading of EDPB Guidelines 9/2022).</source>
      <translation>Termenul stabilit de contractul dumneavoastră cu clientul. RGPD spune „fără întârzieri nejustificate”, iar cele 72 de ore ale clientului pot să fi început deja, așa că Atlas socotește 24 de ore dacă acest câmp este gol (o interpretare prudentă a Ghidurilor CEPD 9/2022).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="680" />
      <source>The version of the privacy notice or consent text they saw.</source>
      <translation>Versiunea notei de informare sau a textului de consimțământ pe care l-au văzut.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="681" />
      <source>Their age</source>
      <translation>Vârsta persoanei</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="682" />
      <source>Their contact</source>
      <translation>Contactul acesteia</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="683" />
      <source>Their contact details (and their representative or DPO).</source>
      <translation>Datele lor de contact (și ale reprezentantului sau DPO-ului lor).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="684" />
      <source>Their contact for data protection.</source>
      <translation>Contactul lor pentru protecția datelor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="685" />
      <source>They weigh heavily in the risk.</source>
      <translation>Acestea cântăresc mult în evaluarea riscului.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="686" />
      <source>Tick any sensitive data involved; each needs an Art. 9(2) condition.</source>
      <translation>Bifați toate datele sensibile implicate; fiecare necesită o condiție de la art. 9 alin. (2).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="687" />
      <source>Tick box on a web form</source>
      <translation>Casetă bifată într-un formular web</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="688" />
      <source>Tick each WP248 criterion that applies. Two or more: a DPIA is required.</source>
      <translation>Bifați fiecare criteriu WP248 care se aplică. Două sau mai multe: o EIPD este necesară.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="689" />
      <source>Tick each clause the agreement contains; all eight are required.</source>
      <translation>Bifați fiecare clauză pe care o conține contractul; toate cele opt sunt obligatorii.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="690" />
      <source>Tick if a recent backup let you restore the data quickly, with nothing lost.</source>
      <translation>Bifați dacă o copie de rezervă recentă v-a permis să restaurați rapid datele, fără pierderi.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="691" />
      <source>Tick if consent was given to use an online service offered directly to the person (an app, a website account, an online shop or newsletter): the rules for children's consent apply.</source>
      <translation>Bifați dacă consimțământul a fost dat pentru a folosi un serviciu online oferit direct persoanei (o aplicație, un cont pe un site, un magazin online sau un newsletter): se aplică regulile privind consimțământul copiilor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="692" />
      <source>Tick if even a short loss of the data harms people, e.g. a clinic's patient files or a care service's schedules.</source>
      <translation>Bifați dacă chiar și o pierdere scurtă a datelor afectează persoanele, de ex. dosarele pacienților unei clinici sau programările unui serviciu de îngrijire.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="693" />
      <source>Tick if it came through computers or networks.</source>
      <translation>Bifați dacă a venit prin computere sau rețele.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="694" />
      <source>Tick if it happens only now and then (e.g. a one-off event), not as part of the routine.</source>
      <translation>Bifați dacă are loc doar din când în când (de ex. un eveniment unic), nu ca parte a activității obișnuite.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="695" />
      <source>Tick if someone caused it deliberately: an attack, a theft, an insider taking data.</source>
      <translation>Bifați dacă cineva a provocat-o în mod deliberat: un atac, un furt, o persoană din interior care a luat date.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="696" />
      <source>Tick if the only people who got the data are trusted (e.g. bound to confidentiality) and confirmed in writing that they deleted it without using it.</source>
      <translation>Bifați dacă singurele persoane care au primit datele sunt de încredere (de ex. obligate la confidențialitate) și au confirmat în scris că le-au șters fără să le folosească.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="697" />
      <source>Tick if they handle health, biometric or other Art. 9 data: their training is then checked.</source>
      <translation>Bifați dacă prelucrează date privind sănătatea, date biometrice sau alte date de la art. 9: instruirea lor este atunci verificată.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="698" />
      <source>Tick if they were under 18 when they consented and you do not know their exact age.</source>
      <translation>Bifați dacă avea sub 18 ani la momentul consimțământului și nu îi cunoașteți vârsta exactă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="699" />
      <source>Tick if you process criminal convictions or offences (e.g. criminal record checks).</source>
      <translation>Bifați dacă prelucrați date privind condamnări penale sau infracțiuni (de ex. verificarea cazierului judiciar).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="700" />
      <source>Tick only if the data was encrypted with a state-of-the-art method and the key stayed safe, or passwords were stored with a strong salted hash.</source>
      <translation>Bifați doar dacă datele au fost criptate cu o metodă de ultimă generație și cheia a rămas în siguranță sau dacă parolele au fost stocate cu un hash puternic, cu salt.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="701" />
      <source>Tick only if you appointed a DPO; most small offices need not.</source>
      <translation>Bifați doar dacă ați desemnat un DPO; majoritatea birourilor mici nu trebuie să facă acest lucru.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="702" />
      <source>Time zone</source>
      <translation>Fus orar</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="703" />
      <source>Timeline</source>
      <translation>Cronologie</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="704" />
      <source>Timestamped events, from discovery to closure.</source>
      <translation>Evenimente cu dată și oră, de la descoperire până la închidere.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="705" />
      <source>Title</source>
      <translation>Titlu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="706" />
      <source>Told by a third party, the media or the police</source>
      <translation>Aflat de la o terță parte, din presă sau de la poliție</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="707" />
      <source>Trade-union membership</source>
      <translation>Apartenența la sindicate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="708" />
      <source>Trainer or provider.</source>
      <translation>Formator sau furnizor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="709" />
      <source>Training</source>
      <translation>Instruire</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="710" />
      <source>Training records of this person.</source>
      <translation>Instruirile acestei persoane.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="711" />
      <source>Transfer mechanism</source>
      <translation>Mecanism de transfer</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="712" />
      <source>Transfer mechanism (Chapter V)</source>
      <translation>Mecanism de transfer (capitolul V)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="713" />
      <source>Transfers</source>
      <translation>Transferuri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="714" />
      <source>Transfers outside the EEA</source>
      <translation>Transferuri în afara SEE</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="715" />
      <source>Trusted recipient confirmed deletion</source>
      <translation>Destinatarul de încredere a confirmat ștergerea</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="716" />
      <source>Two or more criteria: DPIA required.</source>
      <translation>Două sau mai multe criterii: EIPD necesară.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="717" />
      <source>Two-factor sign-in</source>
      <translation>Autentificare în doi pași</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="718" />
      <source>Under the Swiss FADP (Art. 24) a breach is reported only when it is likely to result in a high risk, as soon as possible; the GDPR's 72 hours apply where the GDPR applies to you.</source>
      <translation>Conform FADP elvețian (art. 24), un incident de securitate se raportează doar atunci când este susceptibil să genereze un risc ridicat, cât mai curând posibil; cele 72 de ore din RGPD se aplică atunci când RGPD vi se aplică.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="719" />
      <source>Unit</source>
      <translation>Unitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="720" />
      <source>Unlikely to result in a risk: document only</source>
      <translation>Puțin probabil să genereze un risc: doar se documentează</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="721" />
      <source>Unreadable to whoever got it</source>
      <translation>Ilizibile pentru cine le-a obținut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="722" />
      <source>Updated</source>
      <translation>Actualizat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="723" />
      <source>Usage and behaviour data</source>
      <translation>Date de utilizare și comportament</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="724" />
      <source>Valid for (months)</source>
      <translation>Valabilă (luni)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="725" />
      <source>Verifying identity</source>
      <translation>Verificarea identității</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="726" />
      <source>Version</source>
      <translation>Versiune</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="727" />
      <source>Very high: significant or even irreversible consequences</source>
      <translation>Foarte ridicată: consecințe semnificative sau chiar ireversibile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="728" />
      <source>Views of the people concerned</source>
      <translation>Opiniile persoanelor vizate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="729" />
      <source>Visitors to the premises</source>
      <translation>Vizitatori ai sediului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="730" />
      <source>Vital interests</source>
      <translation>Interese vitale</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="731" />
      <source>Vital interests of someone unable to consent</source>
      <translation>Interesele vitale ale unei persoane care nu își poate da consimțământul</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="732" />
      <source>Vulnerable adults</source>
      <translation>Adulți vulnerabili</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="733" />
      <source>WP248 rev.01 names such cases, e.g. a single doctor's patient files (Recital 91).</source>
      <translation>WP248 rev.01 menționează astfel de cazuri, de ex. dosarele pacienților unui singur medic (considerentul 91).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="734" />
      <source>Was data copied out (exfiltrated)?</source>
      <translation>Au fost copiate date în exterior (exfiltrate)?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="735" />
      <source>Was data copied out?</source>
      <translation>Au fost copiate date în exterior?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="736" />
      <source>Was the data changed?</source>
      <translation>Au fost modificate datele?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="737" />
      <source>Was the data lost or out of reach?</source>
      <translation>Au fost datele pierdute sau inaccesibile?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="738" />
      <source>We are a public authority or body</source>
      <translation>Suntem o autoritate sau un organism public</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="739" />
      <source>We have a Data Protection Officer</source>
      <translation>Avem un responsabil cu protecția datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="740" />
      <source>We hold no data on them</source>
      <translation>Nu deținem date despre persoana respectivă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="741" />
      <source>Website contact form</source>
      <translation>Formularul de contact de pe site</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="742" />
      <source>Website cookies and analytics</source>
      <translation>Cookie-uri și statistici pe site</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="743" />
      <source>Website visitors</source>
      <translation>Vizitatori ai site-ului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="744" />
      <source>What allows you to process the special-category data.</source>
      <translation>Ce vă permite să prelucrați categoriile speciale de date.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="745" />
      <source>What could go wrong, e.g. Unauthorised access to chats.</source>
      <translation>Ce ar putea merge prost, de ex. acces neautorizat la conversații.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="746" />
      <source>What could happen to the people affected.</source>
      <translation>Ce li s-ar putea întâmpla persoanelor afectate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="747" />
      <source>What happened</source>
      <translation>Ce s-a întâmplat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="748" />
      <source>What happens, in a few sentences.</source>
      <translation>Ce se întâmplă, în câteva propoziții.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="749" />
      <source>What it does.</source>
      <translation>Ce face.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="750" />
      <source>What it said</source>
      <translation>Ce a cuprins</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="751" />
      <source>What it would mean for the people concerned.</source>
      <translation>Ce ar însemna pentru persoanele vizate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="752" />
      <source>What limits the harm and stops it happening again.</source>
      <translation>Ce limitează prejudiciul și împiedică repetarea incidentului.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="753" />
      <source>What makes the request complex.</source>
      <translation>Ce face cererea să fie complexă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="754" />
      <source>What makes the transfer lawful.</source>
      <translation>Ce face transferul legal.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="755" />
      <source>What reduces the risk.</source>
      <translation>Ce reduce riscul.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="756" />
      <source>What such data usually reveals</source>
      <translation>Ce dezvăluie de obicei astfel de date</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="757" />
      <source>What the answers above lead to, with the EDPB's factors applied.</source>
      <translation>Rezultatul răspunsurilor de mai sus, cu aplicarea factorilor CEPD.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="758" />
      <source>What the law asks of you</source>
      <translation>Ce vă cere legea</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="759" />
      <source>What they advised, and whether it was followed.</source>
      <translation>Ce au recomandat și dacă recomandarea a fost urmată.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="760" />
      <source>What they agreed to, e.g. Monthly newsletter.</source>
      <translation>La ce au consimțit, de ex. Newsletter lunar.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="761" />
      <source>What they do for you, e.g. Payroll.</source>
      <translation>Ce fac pentru dumneavoastră, de ex. Salarizare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="762" />
      <source>What was affected</source>
      <translation>Ce a fost afectat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="763" />
      <source>What was done to stop it.</source>
      <translation>Ce s-a făcut pentru a-l opri.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="764" />
      <source>What was said, or why the exemption applies.</source>
      <translation>Ce s-a comunicat sau de ce se aplică excepția.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="765" />
      <source>What you asked them or their representatives, and what they said.</source>
      <translation>Ce i-ați întrebat pe ei sau pe reprezentanții lor și ce au răspuns.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="766" />
      <source>What you did.</source>
      <translation>Ce ați făcut.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="767" />
      <source>When</source>
      <translation>Când</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="768" />
      <source>When it ended, if known.</source>
      <translation>Când s-a încheiat, dacă se știe.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="769" />
      <source>When it was approved.</source>
      <translation>Când a fost aprobată.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="770" />
      <source>When it was last re-checked.</source>
      <translation>Când a fost reverificată ultima dată.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="771" />
      <source>When it was last reviewed (leave empty if not since approval).</source>
      <translation>Când a fost revizuită ultima dată (lăsați gol dacă nu a mai fost revizuită de la aprobare).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="772" />
      <source>When someone first noticed it.</source>
      <translation>Când a observat-o cineva prima dată.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="773" />
      <source>When the authority answered.</source>
      <translation>Când a răspuns autoritatea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="774" />
      <source>When the breach started (best estimate).</source>
      <translation>Când a început încălcarea (cea mai bună estimare).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="775" />
      <source>When the data processing agreement was signed.</source>
      <translation>Când a fost semnat contractul de prelucrare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="776" />
      <source>When the people affected were told (required for a high risk).</source>
      <translation>Când au fost informate persoanele afectate (obligatoriu pentru un risc ridicat).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="777" />
      <source>When the processor told you of the change.</source>
      <translation>Când v-a informat persoana împuternicită despre modificare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="778" />
      <source>When they consented.</source>
      <translation>Când și-au dat consimțământul.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="779" />
      <source>When they withdrew, if they did.</source>
      <translation>Când și-au retras consimțământul, dacă l-au retras.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="780" />
      <source>When this entry was last checked.</source>
      <translation>Când a fost verificată ultima dată această înregistrare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="781" />
      <source>When this report was sent.</source>
      <translation>Când a fost trimis acest raport.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="782" />
      <source>When you confirmed who they are (ask only for what you need).</source>
      <translation>Când ați confirmat cine sunt (cereți doar ce vă este necesar).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="783" />
      <source>When you last checked their guarantees (certificates, questionnaire).</source>
      <translation>Când le-ați verificat ultima dată garanțiile (certificate, chestionar).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="784" />
      <source>When you notified the authority.</source>
      <translation>Când ați notificat autoritatea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="785" />
      <source>When you replied.</source>
      <translation>Când ați răspuns.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="786" />
      <source>When you sent the DPIA to the authority.</source>
      <translation>Când ați trimis EIPD autorității.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="787" />
      <source>When you told the client.</source>
      <translation>Când ați informat clientul.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="788" />
      <source>When you were reasonably certain personal data was affected. The 72 hours start here.</source>
      <translation>Momentul în care ați avut o certitudine rezonabilă că au fost afectate date cu caracter personal. Cele 72 de ore încep de aici.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="789" />
      <source>Where it processes the data.</source>
      <translation>Unde prelucrează datele.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="790" />
      <source>Where it was published</source>
      <translation>Unde a fost publicată</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="791" />
      <source>Where the assessment stands.</source>
      <translation>Stadiul evaluării.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="792" />
      <source>Where the clauses are kept.</source>
      <translation>Unde sunt păstrate clauzele.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="793" />
      <source>Where the clauses or safeguards are kept.</source>
      <translation>Unde sunt păstrate clauzele sau garanțiile.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="794" />
      <source>Where the data comes from, if not from the people themselves.</source>
      <translation>De unde provin datele, dacă nu de la persoanele în cauză.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="795" />
      <source>Where the data is, e.g. Office server, EU cloud.</source>
      <translation>Unde se află datele, de ex. serverul biroului, cloud în UE.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="796" />
      <source>Where the request stands.</source>
      <translation>Stadiul cererii.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="797" />
      <source>Where the signed agreement is kept.</source>
      <translation>Unde este păstrat contractul semnat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="798" />
      <source>Where they process the data.</source>
      <translation>Unde prelucrează datele.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="799" />
      <source>Where you are established.</source>
      <translation>Unde sunteți stabilit.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="800" />
      <source>Where your legitimate-interests assessment is kept.</source>
      <translation>Unde este păstrată evaluarea intereselor legitime.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="801" />
      <source>Whether the circumstances make the data reveal more or less than such data usually does.</source>
      <translation>Dacă circumstanțele fac ca datele să dezvăluie mai mult sau mai puțin decât dezvăluie de obicei astfel de date.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="802" />
      <source>Whether the processing meets it.</source>
      <translation>Dacă prelucrarea îl îndeplinește.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="803" />
      <source>Whether you accepted or objected.</source>
      <translation>Dacă ați acceptat sau v-ați opus.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="804" />
      <source>Whether you decide the purpose (controller), decide it with others (joint controller) or act for a client (processor).</source>
      <translation>Dacă dumneavoastră decideți scopul (operator), îl decideți împreună cu alții (operator asociat) sau acționați pentru un client (persoană împuternicită).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="805" />
      <source>Which data, e.g. Payroll records.</source>
      <translation>Ce date, de ex. State de plată.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="806" />
      <source>Which right they exercise.</source>
      <translation>Ce drept exercită.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="807" />
      <source>Which sub-processor is added or replaced.</source>
      <translation>Ce altă persoană împuternicită este adăugată sau înlocuită.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="808" />
      <source>Who asked.</source>
      <translation>Cine a solicitat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="809" />
      <source>Who could see or take the data. Needed when confidentiality was affected.</source>
      <translation>Cine a putut vedea sau lua datele. Necesar atunci când a fost afectată confidențialitatea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="810" />
      <source>Who gave consent (name, email or customer number).</source>
      <translation>Cine și-a dat consimțământul (nume, e-mail sau număr de client).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="811" />
      <source>Who in management approved it.</source>
      <translation>Cine din conducere a aprobat-o.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="812" />
      <source>Who in the office answers for it.</source>
      <translation>Cine din birou răspunde de ea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="813" />
      <source>Who keeps it up to date.</source>
      <translation>Cine o actualizează.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="814" />
      <source>Who or what noticed it.</source>
      <translation>Cine sau ce a observat-o.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="815" />
      <source>Who receives the data there.</source>
      <translation>Cine primește datele acolo.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="816" />
      <source>Who the authority can ask for more information.</source>
      <translation>Pe cine poate întreba autoritatea pentru mai multe informații.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="817" />
      <source>Who the processor engages in turn.</source>
      <translation>Pe cine angajează, la rândul ei, persoana împuternicită.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="818" />
      <source>Who the processor engages.</source>
      <translation>Pe cine angajează persoana împuternicită.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="819" />
      <source>Who to tell at the client, e.g. their DPO's email.</source>
      <translation>Pe cine să informați la client, de ex. e-mailul DPO-ului acestuia.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="820" />
      <source>Who was trained.</source>
      <translation>Cine a fost instruit.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="821" />
      <source>Who you are: the record of processing starts with the controller's name and contact details.</source>
      <translation>Cine sunteți: evidența activităților de prelucrare începe cu numele și datele de contact ale operatorului.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="822" />
      <source>Whose data it was</source>
      <translation>Ale cui erau datele</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="823" />
      <source>Why no DPIA</source>
      <translation>De ce nu este necesară o EIPD</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="824" />
      <source>Why the processing is needed and no more data than necessary is used.</source>
      <translation>De ce este necesară prelucrarea și de ce nu se folosesc mai multe date decât este necesar.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="825" />
      <source>Why this level, in your words. Required when you do not notify the authority.</source>
      <translation>De ce acest nivel, în cuvintele dumneavoastră. Obligatoriu dacă nu notificați autoritatea.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="826" />
      <source>Why you disagree</source>
      <translation>De ce nu sunteți de acord</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="827" />
      <source>Why you process the data, e.g. Paying salaries.</source>
      <translation>De ce prelucrați datele, de ex. Plata salariilor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="828" />
      <source>Why, in a sentence.</source>
      <translation>De ce, într-o propoziție.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="829" />
      <source>With one criterion met, record why no DPIA is needed. With two or more, a DPIA is expected; only in a case like WP248's own examples (e.g. a single doctor's patient files, Recital 91) write here why the risk is not high. It cannot lift a DPIA that Art. 35(3) requires.</source>
      <translation>Cu un criteriu îndeplinit, consemnați de ce nu este necesară o EIPD. Cu două sau mai multe, o EIPD este așteptată; doar într-un caz asemănător exemplelor din WP248 (de ex. dosarele pacienților unui singur medic, considerentul 91) scrieți aici de ce riscul nu este ridicat. Nu poate înlătura o EIPD impusă de art. 35 alin. (3).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="830" />
      <source>With some effort: e.g. a common first name, no other detail</source>
      <translation>Cu un oarecare efort: de ex. un prenume comun, fără alte detalii</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="831" />
      <source>With the Art. 34(3)(c) exemption: when the public communication was made. It replaces the individual letters; it does not remove the duty.</source>
      <translation>Cu excepția de la art. 34 alin. (3) lit. (c): când a fost făcută comunicarea publică. Aceasta înlocuiește scrisorile individuale; nu elimină obligația.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="832" />
      <source>Withdrawal of consent</source>
      <translation>Retragerea consimțământului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="833" />
      <source>Withdrawn at</source>
      <translation>Retras la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="834" />
      <source>Withdrawn by the person</source>
      <translation>Retrasă de persoană</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="835" />
      <source>Withdrawn consents</source>
      <translation>Consimțăminte retrase</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="836" />
      <source>Without a DPO: who answers for data protection (often the manager).</source>
      <translation>Fără DPO: cine răspunde de protecția datelor (adesea managerul).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="837" />
      <source>Work email.</source>
      <translation>E-mail de serviciu.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="838" />
      <source>Worked out from the answers above: kind of data × identification + circumstances.</source>
      <translation>Calculat din răspunsurile de mai sus: tipul datelor × identificare + circumstanțe.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="839" />
      <source>Worked out from the criteria ticked.</source>
      <translation>Calculat din criteriile bifate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="840" />
      <source>Yes</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="841" />
      <source>Yes unless the breach is unlikely to result in a risk to people.</source>
      <translation>Da, cu excepția cazului în care este puțin probabil ca încălcarea să genereze un risc pentru persoane.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="842" />
      <source>Yes: copied out, offered for sale or published</source>
      <translation>Da: copiate în exterior, scoase la vânzare sau publicate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="843" />
      <source>You no longer rely on consent for this purpose: the consent records are kept as proof (Art. 7(1)), and the purpose is not reviewed again unless new consent is collected for it.</source>
      <translation>Nu vă mai bazați pe consimțământ pentru acest scop: înregistrările de consimțământ sunt păstrate ca dovadă (art. 7 alin. (1)), iar scopul nu mai este revizuit decât dacă se colectează un nou consimțământ pentru el.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="844" />
      <source>Your data-protection policies, approved by management and reviewed at least once a year.</source>
      <translation>Politicile dumneavoastră privind protecția datelor, aprobate de conducere și revizuite cel puțin o dată pe an.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="845" />
      <source>Your or a third party's legitimate interest, weighed against the person's rights in a balancing test (LIA).</source>
      <translation>Interesul legitim al dumneavoastră sau al unei terțe părți, cântărit față de drepturile persoanei printr-un test de echilibrare (LIA).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="846" />
      <source>Your organisation's legal name.</source>
      <translation>Denumirea legală a organizației dumneavoastră.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="847" />
      <source>Your own assessment</source>
      <translation>Propria dumneavoastră evaluare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="848" />
      <source>Your own assessment if you gave one, else the assessed risk. It decides who must be told.</source>
      <translation>Propria dumneavoastră evaluare, dacă ați dat una, altfel riscul evaluat. Aceasta decide cine trebuie informat.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="849" />
      <source>days</source>
      <translation>zile</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="850" />
      <source>e.g. 2.1.</source>
      <translation>de ex. 2.1.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="851" />
      <source>e.g. A notice on our website's home page and in the local newspaper.</source>
      <translation>de ex. Un anunț pe pagina principală a site-ului nostru și în ziarul local.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="852" />
      <source>e.g. CCTV of a street, a shop floor or a car park.</source>
      <translation>de ex. CCTV pe o stradă, într-un magazin sau într-o parcare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="853" />
      <source>e.g. CCTV, tracking employees' devices or locations.</source>
      <translation>de ex. CCTV, urmărirea dispozitivelor sau a locației angajaților.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="854" />
      <source>e.g. Chat moderation DPIA.</source>
      <translation>de ex. EIPD pentru moderarea conversațiilor.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="855" />
      <source>e.g. Customers, Employees, Children.</source>
      <translation>de ex. Clienți, Angajați, Copii.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="856" />
      <source>e.g. Data protection policy, Retention policy.</source>
      <translation>de ex. Politica de protecție a datelor, Politica de stocare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="857" />
      <source>e.g. Email, Letter.</source>
      <translation>de ex. E-mail, Scrisoare.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="858" />
      <source>e.g. Laptop reported missing; passwords reset.</source>
      <translation>de ex. Laptop raportat ca lipsă; parole resetate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="859" />
      <source>e.g. biometrics, AI, connected devices.</source>
      <translation>de ex. biometrie, IA, dispozitive conectate.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="860" />
      <source>from different sources, beyond what people expect.</source>
      <translation>din surse diferite, dincolo de ce se așteaptă persoanele.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="861" />
      <source>months</source>
      <translation>luni</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="862" />
      <source>moved past {0}</source>
      <translation>ținând cont de {0}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="863" />
      <source>weekends and public holidays of {0}</source>
      <translation>weekenduri și sărbătorile legale din {0}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="864" />
      <source>weekends and public holidays of {0} ({1})</source>
      <translation>weekenduri și sărbătorile legale din {0} ({1})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="865" />
      <source>weekends only — set your country</source>
      <translation>weekenduri, fără sărbători — setați țara</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="866" />
      <source>weeks</source>
      <translation>săptămâni</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="867" />
      <source>years</source>
      <translation>ani</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="868" />
      <source>× 0.25</source>
      <translation>× 0,25</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="869" />
      <source>× 0.5</source>
      <translation>× 0,5</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="870" />
      <source>× 0.75</source>
      <translation>× 0,75</translation>
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
      <translation>Adresă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1798" />
      <source>Art 30 record</source>
      <translation>Evidența art. 30</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1799" />
      <source>Art 30(2) processor record</source>
      <translation>Evidența ca persoană împuternicită, art. 30 alin. (2)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1800" />
      <source>Art. 30 record</source>
      <translation>Evidența art. 30</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1801" />
      <source>Article</source>
      <translation>Articol</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1802" />
      <source>Article 6 lawful basis for processing personal data</source>
      <translation>Temeiul juridic conform articolului 6 pentru prelucrarea datelor cu caracter personal</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1803" />
      <source>Article 9 basis for processing special category data</source>
      <translation>Temeiul conform articolului 9 pentru prelucrarea categoriilor speciale de date</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1804" />
      <source>Audit trail entries</source>
      <translation>Intrări în jurnalul de audit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1805" />
      <source>Audit-chain head</source>
      <translation>Capătul lanțului de audit</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1806" />
      <source>Business function</source>
      <translation>Departament</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1807" />
      <source>Categories of individuals</source>
      <translation>Categorii de persoane vizate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1808" />
      <source>Categories of personal data</source>
      <translation>Categorii de date cu caracter personal</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1809" />
      <source>Categories of processing carried out for them (Art. 30(2)(b))</source>
      <translation>Categoriile de prelucrări efectuate pentru aceștia (art. 30 alin. (2) lit. (b))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1810" />
      <source>Categories of recipients</source>
      <translation>Categorii de destinatari</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1811" />
      <source>Contents</source>
      <translation>Cuprins</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1812" />
      <source>Controller (Art. 30(1)(a))</source>
      <translation>Operator (art. 30 alin. (1) lit. (a))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1813" />
      <source>Controller we act for (Art. 30(2)(a))</source>
      <translation>Operatorul în numele căruia acționăm (art. 30 alin. (2) lit. (a))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1814" />
      <source>Controller's contact, representative or DPO (Art. 30(2)(a))</source>
      <translation>Datele de contact ale operatorului, reprezentantul sau DPO (art. 30 alin. (2) lit. (a))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1815" />
      <source>Country</source>
      <translation>Țara</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1816" />
      <source>Cover</source>
      <translation>Copertă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1817" />
      <source>Criminal-offence data (Art. 10) and the legal authority for it</source>
      <translation>Date privind infracțiunile (art. 10) și autorizarea legală pentru acestea</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1818" />
      <source>DPA: {reference}</source>
      <translation>Contract de prelucrare: {reference}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1819" />
      <source>Dark red: required by Art. 30(1) (marked *). Grey: worked out by Atlas, not imported. Hover over a heading for what to enter and the article that asks for it.</source>
      <translation>Roșu închis: obligatoriu conform art. 30 alin. (1) (marcat cu *). Gri: calculat de Atlas, nu se importă. Treceți cu mouse-ul peste un antet pentru a vedea ce trebuie completat și articolul care o cere.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1820" />
      <source>Data Protection Impact Assessment progress</source>
      <translation>Stadiul evaluării impactului asupra protecției datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1821" />
      <source>Data Protection Impact Assessment required?</source>
      <translation>Este necesară o evaluare a impactului asupra protecției datelor?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1822" />
      <source>Data protection officer (Art. 37)</source>
      <translation>Responsabil cu protecția datelor (art. 37)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1823" />
      <source>Dates and times</source>
      <translation>Date și ore</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1824" />
      <source>Deadlines are {calendar} (Art. 12(3)).</source>
      <translation>Termenele sunt {calendar} (art. 12 alin. (3)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1825" />
      <source>Done</source>
      <translation>Făcut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1826" />
      <source>Due ({zone} time)</source>
      <translation>Termen (ora {zone})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1827" />
      <source>Due dates</source>
      <translation>Termene</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1828" />
      <source>Due soon</source>
      <translation>Termen apropiat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1829" />
      <source>Each cell: when the person's latest training in that course expires. Red: expired; amber: within {days} days; green: valid (Art. 32(4), 39(1)(b)).</source>
      <translation>Fiecare celulă: data la care expiră cea mai recentă instruire a persoanei la acel curs. Roșu: expirată; portocaliu: în {days} zile; verde: valabilă (art. 32 alin. (4), art. 39 alin. (1) lit. (b)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1830" />
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1831" />
      <source>Every time in this workbook is the wall-clock time in {zone}: spreadsheets store no time zone. A time the clocks repeat (when they go back) is written as text with its UTC offset.</source>
      <translation>Toate orele din acest registru de lucru sunt ora locală din {zone}: foile de calcul nu stochează fusul orar. O oră care se repetă la schimbarea orei (când ceasurile se dau înapoi) este scrisă ca text, cu decalajul față de UTC.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1832" />
      <source>Existence of automated decision-making, including profiling (if applicable)</source>
      <translation>Existența procesului decizional automatizat, inclusiv crearea de profiluri (dacă este cazul)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1833" />
      <source>Exported by Atlas Desktop {version} on {when}.</source>
      <translation>Exportat de Atlas Desktop {version} la {when}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1834" />
      <source>External: {recipients}</source>
      <translation>Externi: {recipients}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1835" />
      <source>Findings</source>
      <translation>Constatări</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1836" />
      <source>Gap</source>
      <translation>Lipsă</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1837" />
      <source>General description of technical and organisational security measures (if possible)</source>
      <translation>Descrierea generală a măsurilor tehnice și organizatorice de securitate (dacă este posibil)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1838" />
      <source>Generated at</source>
      <translation>Generat la</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1839" />
      <source>Handles special-category data</source>
      <translation>Prelucrează categorii speciale de date</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1840" />
      <source>Headings</source>
      <translation>Antete</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1841" />
      <source>If not, the reasons why</source>
      <translation>Dacă nu, motivele</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1842" />
      <source>Internal: {recipients}</source>
      <translation>Interni: {recipients}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1843" />
      <source>Is personal data retained and erased in accordance with the policy document?</source>
      <translation>Datele cu caracter personal sunt păstrate și șterse în conformitate cu documentul de politică?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1844" />
      <source>Keep the (#number) of the record.</source>
      <translation>Păstrați (#numărul) înregistrării.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1845" />
      <source>Legitimate interests for the processing (if applicable)</source>
      <translation>Interesele legitime pentru prelucrare (dacă este cazul)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1846" />
      <source>Link to contract with processor</source>
      <translation>Link către contractul cu persoana împuternicită</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1847" />
      <source>Link to record of consent</source>
      <translation>Link către evidența consimțământului</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1848" />
      <source>Link to record of legitimate interests assessment (if applicable)</source>
      <translation>Link către evidența evaluării intereselor legitime (dacă este cazul)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1849" />
      <source>Link to record of personal data breach</source>
      <translation>Link către evidența încălcării securității datelor cu caracter personal</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1850" />
      <source>Link to retention and erasure policy document</source>
      <translation>Link către documentul de politică privind stocarea și ștergerea</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1851" />
      <source>Link to the Data Protection Impact Assessment</source>
      <translation>Link către evaluarea impactului asupra protecției datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1852" />
      <source>Lists</source>
      <translation>Liste</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1853" />
      <source>Location of personal data</source>
      <translation>Locul datelor cu caracter personal</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1854" />
      <source>Name</source>
      <translation>Nume</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1855" />
      <source>Name and contact details of joint controller (if applicable)</source>
      <translation>Numele și datele de contact ale operatorului asociat (dacă este cazul)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1856" />
      <source>Names of third countries or international organisations that personal data are transferred to (if applicable)</source>
      <translation>Denumirile țărilor terțe sau organizațiilor internaționale către care sunt transferate datele cu caracter personal (dacă este cazul)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1857" />
      <source>No</source>
      <translation>Nu</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1858" />
      <source>No DPO appointed</source>
      <translation>Niciun DPO desemnat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1859" />
      <source>No activity is recorded where the office acts as a processor.</source>
      <translation>Nu este consemnată nicio activitate în care biroul acționează ca persoană împuternicită.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1860" />
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1861" />
      <source>No. (always 1)</source>
      <translation>Nr. (întotdeauna 1)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1862" />
      <source>None appointed</source>
      <translation>Niciunul desemnat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1863" />
      <source>Not encrypted</source>
      <translation>Necriptat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1864" />
      <source>Not one of the choices</source>
      <translation>Nu este una dintre opțiuni</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1865" />
      <source>Nothing to do: no deadline is near and no gap was found.</source>
      <translation>Nimic de făcut: niciun termen nu este apropiat și nu s-a găsit nicio lipsă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1866" />
      <source>Optional columns of the ICO template</source>
      <translation>Coloane opționale ale șablonului ICO</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1867" />
      <source>Overdue</source>
      <translation>Depășite</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1868" />
      <source>Person</source>
      <translation>Persoană</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1869" />
      <source>Person responsible for data protection</source>
      <translation>Persoana responsabilă cu protecția datelor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1870" />
      <source>Personal data breach?</source>
      <translation>Încălcare a securității datelor cu caracter personal?</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1871" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1872" />
      <source>Processing activity</source>
      <translation>Activitate de prelucrare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1873" />
      <source>Processor: {who}. Our representative and DPO are on the {cover} sheet (Art. 30(2)(a)).</source>
      <translation>Persoana împuternicită: {who}. Reprezentantul și DPO-ul nostru figurează pe foaia {cover} (art. 30 alin. (2) lit. (a)).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1874" />
      <source>Processors we use for it</source>
      <translation>Persoane împuternicite folosite pentru aceasta</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1875" />
      <source>Profiling</source>
      <translation>Creare de profiluri</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1876" />
      <source>Purpose of processing</source>
      <translation>Scopul prelucrării</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1877" />
      <source>Read-only view of {what}, made by Atlas from the register. Atlas does not import this sheet, so a change made here would be lost: edit {where}, then import the workbook. The sheet is protected against accidental changes (no password is needed to lift it).</source>
      <translation>Vizualizare doar pentru citire, generată de Atlas din registru: {what}. Atlas nu importă această foaie, deci o modificare făcută aici s-ar pierde: modificați {where}, apoi importați registrul de lucru. Foaia este protejată împotriva modificărilor accidentale (nu este necesară nicio parolă pentru a elimina protecția).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1879" />
      <source>Records of processing activities — {organisation}</source>
      <translation>Evidențele activităților de prelucrare — {organisation}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1880" />
      <source>Register</source>
      <translation>Registru</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1881" />
      <source>Representative in the EU (Art. 27)</source>
      <translation>Reprezentant în UE (art. 27)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1882" />
      <source>Required by Art. 30(1) GDPR (* in the ICO template's required part)</source>
      <translation>Obligatoriu conform art. 30 alin. (1) RGPD (* în partea obligatorie a șablonului ICO)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1883" />
      <source>Retention schedule (if possible)</source>
      <translation>Calendarul de stocare (dacă este posibil)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1884" />
      <source>Rights available to individuals</source>
      <translation>Drepturile de care dispun persoanele vizate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1885" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1886" />
      <source>Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)</source>
      <translation>Garanții pentru transferurile excepționale de date cu caracter personal către țări terțe sau organizații internaționale (dacă este cazul)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1887" />
      <source>Safeguards for the transfers (Art. 30(2)(c))</source>
      <translation>Garanții pentru transferuri (art. 30 alin. (2) lit. (c))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1888" />
      <source>Saving the workbook…</source>
      <translation>Se salvează registrul de lucru…</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1889" />
      <source>Security measures (Art. 30(2)(d))</source>
      <translation>Măsuri de securitate (art. 30 alin. (2) lit. (d))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1890" />
      <source>Several entries: separate them with "; ".</source>
      <translation>Mai multe valori: separați-le cu "; ".</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1891" />
      <source>Several records: separate them with "; ". Keep the (#number).</source>
      <translation>Mai multe înregistrări: separați-le cu "; ". Păstrați (#numărul).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1892" />
      <source>Severity</source>
      <translation>Gravitate</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1893" />
      <source>Shown for reference; not imported.</source>
      <translation>Afișat ca referință; nu se importă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1894" />
      <source>Shown for reference; set it on the {record} instead.</source>
      <translation>Afișat ca referință; setați-l în schimb în {record}.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1895" />
      <source>Staff × courses with expiry dates: {people}, {courses}</source>
      <translation>Personal × cursuri cu date de expirare: {people}, {courses}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1896" />
      <source>Status</source>
      <translation>Stare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1897" />
      <source>Supervisory authority</source>
      <translation>Autoritate de supraveghere</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1898" />
      <source>Systems: {systems}</source>
      <translation>Sisteme: {systems}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1899" />
      <source>The number of the {record} (column A of the {sheet} sheet) this row belongs to.</source>
      <translation>Numărul înregistrării {record} (coloana A a foii {sheet}) căreia îi aparține acest rând.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1900" />
      <source>The record's number in Atlas. Leave it empty for a new record.</source>
      <translation>Numărul înregistrării în Atlas. Lăsați-l gol pentru o înregistrare nouă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1901" />
      <source>The source of the personal data (if applicable)</source>
      <translation>Sursa datelor cu caracter personal (dacă este cazul)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1902" />
      <source>This export</source>
      <translation>Acest export</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1903" />
      <source>This file is not encrypted. Keep it somewhere safe and delete it when it is no longer needed.</source>
      <translation>Acest fișier nu este criptat. Păstrați-l într-un loc sigur și ștergeți-l când nu mai este necesar.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1904" />
      <source>To check the register later</source>
      <translation>Pentru a verifica registrul ulterior</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1905" />
      <source>Training matrix</source>
      <translation>Matricea instruirilor</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1906" />
      <source>Transfers to third countries (Art. 30(2)(c))</source>
      <translation>Transferuri către țări terțe (art. 30 alin. (2) lit. (c))</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1907" />
      <source>What `atlas check` found: {counts}</source>
      <translation>Ce a găsit `atlas check`: {counts}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1908" />
      <source>What to do</source>
      <translation>Ce trebuie făcut</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1909" />
      <source>Worked out by Atlas; changes here are not imported.</source>
      <translation>Calculat de Atlas; modificările făcute aici nu se importă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1910" />
      <source>Writing {sheet}…</source>
      <translation>Se scrie {sheet}…</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1911" />
      <source>Yes</source>
      <translation>Da</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1912" />
      <source>Yes: automated decisions with legal or similar effect</source>
      <translation>Da: decizii automatizate cu efecte juridice sau similare</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1913" />
      <source>no DPA on file</source>
      <translation>niciun contract de prelucrare la dosar</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1914" />
      <source>no mechanism recorded</source>
      <translation>niciun mecanism consemnat</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1915" />
      <source>the activities on the sheet '{activities}'</source>
      <translation>activitățile de pe foaia „{activities}”</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1916" />
      <source>the activities on the sheet '{activities}' and their clients on the sheet '{clients}'</source>
      <translation>activitățile de pe foaia „{activities}” și clienții lor de pe foaia „{clients}”</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1917" />
      <source>the record kept as a processor (Art. 30(2) GDPR)</source>
      <translation>evidența ținută ca persoană împuternicită (art. 30 alin. (2) RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1918" />
      <source>the record of processing activities (Art. 30(1) GDPR)</source>
      <translation>evidențele activităților de prelucrare (art. 30 alin. (1) RGPD)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1919" />
      <source>{category} (special category)</source>
      <translation>{category} (categorie specială)</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1920" />
      <source>{column}: pick one of the choices in the list.</source>
      <translation>{column}: alegeți una dintre opțiunile din listă.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1921" />
      <source>{label} ({zone} time)</source>
      <translation>{label} (ora {zone})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1922" />
      <source>{overdue} overdue, {soon} due soon, {gaps}</source>
      <translation>{overdue} depășite, {soon} cu termen apropiat, {gaps}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1923" />
      <source>{record} No. *</source>
      <translation>Nr. {record} *</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1924" />
      <source>{sheet}, row {row}, column {column}: {reason}</source>
      <translation>{sheet}, rândul {row}, coloana {column}: {reason}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1925" />
      <source>{sheet}, row {row}: {reason}</source>
      <translation>{sheet}, rândul {row}: {reason}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1926" />
      <source>{sheet}: a view for reading (not imported).</source>
      <translation>{sheet}: o vizualizare pentru citire (nu se importă).</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1927" />
      <source>{sheet}: this sheet was changed, but it is a read-only view that Atlas does not import, so those changes were NOT read. Make them by editing {where}, and import again.</source>
      <translation>{sheet}: această foaie a fost modificată, dar este o vizualizare doar pentru citire pe care Atlas nu o importă, deci modificările respective NU au fost citite. Faceți-le modificând {where} și importați din nou.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1928" />
      <source>{term} ({article}). Yes or No.</source>
      <translation>{term} ({article}). Da sau Nu.</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1929" />
      <source>{title} ({sheet} sheet, No. {number})</source>
      <translation>{title} (foaia {sheet}, nr. {number})</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1930" />
      <source>{value} is not one of: {allowed}</source>
      <translation>{value} nu este una dintre valorile: {allowed}</translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1931" />
      <source>{value} is not {yes} or {no}</source>
      <translation>{value} nu este {yes} sau {no}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2049" />
      <source>%n consent record(s) ({sheet} sheet)</source>
      <translation>
        <numerusform>%n înregistrare de consimțământ (foaia {sheet})</numerusform>
        <numerusform>%n înregistrări de consimțământ (foaia {sheet})</numerusform>
        <numerusform>%n de înregistrări de consimțământ (foaia {sheet})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2050" />
      <source>%n course(s)</source>
      <translation>
        <numerusform>%n curs</numerusform>
        <numerusform>%n cursuri</numerusform>
        <numerusform>%n de cursuri</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2051" />
      <source>%n gap(s)</source>
      <translation>
        <numerusform>%n lipsă</numerusform>
        <numerusform>%n lipsuri</numerusform>
        <numerusform>%n de lipsuri</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2052" />
      <source>%n people</source>
      <translation>
        <numerusform>%n persoană</numerusform>
        <numerusform>%n persoane</numerusform>
        <numerusform>%n de persoane</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2053" />
      <source>%n row(s) with problems (was|were) left out.</source>
      <translation>
        <numerusform>%n rând cu probleme a fost omis.</numerusform>
        <numerusform>%n rânduri cu probleme au fost omise.</numerusform>
        <numerusform>%n de rânduri cu probleme au fost omise.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2054" />
      <source>The record kept as processor for clients: %n row(s), one per client and activity (Art. 30(2))</source>
      <translation>
        <numerusform>Evidența ținută ca persoană împuternicită pentru clienți: %n rând, câte unul pentru fiecare client și activitate (art. 30 alin. (2))</numerusform>
        <numerusform>Evidența ținută ca persoană împuternicită pentru clienți: %n rânduri, câte unul pentru fiecare client și activitate (art. 30 alin. (2))</numerusform>
        <numerusform>Evidența ținută ca persoană împuternicită pentru clienți: %n de rânduri, câte unul pentru fiecare client și activitate (art. 30 alin. (2))</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2055" />
      <source>The record of processing activities as controller in the CNIL's model register, in French: %n activit(y|ies) (Art. 30(1))</source>
      <translation>
        <numerusform>Evidențele activităților de prelucrare ca operator, în modelul de registru al CNIL, în limba franceză: %n activitate (art. 30 alin. (1))</numerusform>
        <numerusform>Evidențele activităților de prelucrare ca operator, în modelul de registru al CNIL, în limba franceză: %n activități (art. 30 alin. (1))</numerusform>
        <numerusform>Evidențele activităților de prelucrare ca operator, în modelul de registru al CNIL, în limba franceză: %n de activități (art. 30 alin. (1))</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2056" />
      <source>The record of processing activities as controller, in the UK ICO template's column order: %n activit(y|ies) (Art. 30(1))</source>
      <translation>
        <numerusform>Evidențele activităților de prelucrare ca operator, în ordinea coloanelor din șablonul ICO din Regatul Unit: %n activitate (art. 30 alin. (1))</numerusform>
        <numerusform>Evidențele activităților de prelucrare ca operator, în ordinea coloanelor din șablonul ICO din Regatul Unit: %n activități (art. 30 alin. (1))</numerusform>
        <numerusform>Evidențele activităților de prelucrare ca operator, în ordinea coloanelor din șablonul ICO din Regatul Unit: %n de activități (art. 30 alin. (1))</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2057" />
      <source>{register}: %n record(s) ({article})</source>
      <translation>
        <numerusform>{register}: %n înregistrare ({article})</numerusform>
        <numerusform>{register}: %n înregistrări ({article})</numerusform>
        <numerusform>{register}: %n de înregistrări ({article})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../build/spec_strings.py" line="2058" />
      <source>{table} of each {record}: %n row(s)</source>
      <translation>
        <numerusform>{table} pentru fiecare {record}: %n rând</numerusform>
        <numerusform>{table} pentru fiecare {record}: %n rânduri</numerusform>
        <numerusform>{table} pentru fiecare {record}: %n de rânduri</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../build/spec_strings.py" line="1878" />
      <source>Record</source>
      <translation>Înregistrare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="175" />
      <source>Problem</source>
      <translation>Problemă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="72" />
      <source>Export spreadsheet</source>
      <translation>Exportă foaia de calcul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="73" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Registru de lucru Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="86" />
      <source>Spreadsheet exported</source>
      <translation>Foaia de calcul a fost exportată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="87" />
      <source>The workbook was written to
{0}

It is not encrypted: keep it somewhere safe and delete it when you no longer need it.</source>
      <translation>Registrul de lucru a fost scris în
{0}

Nu este criptat: păstrați-l într-un loc sigur și ștergeți-l când nu mai aveți nevoie de el.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="92" />
      <source>The spreadsheet was not exported</source>
      <translation>Foaia de calcul nu a fost exportată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="94" />
      <source>Exporting the spreadsheet…</source>
      <translation>Se exportă foaia de calcul…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="104" />
      <source>Import spreadsheet</source>
      <translation>Importă foaia de calcul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="105" />
      <source>Excel workbook (*.xlsx);;All files (*)</source>
      <translation>Registru de lucru Excel (*.xlsx);;Toate fișierele (*)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="116" />
      <source>Importing the spreadsheet…</source>
      <translation>Se importă foaia de calcul…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="118" />
      <source>Nothing was imported</source>
      <translation>Nu a fost importat nimic</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="122" />
      <source>{0} added, {1} changed.</source>
      <translation>Adăugate: {0}, modificate: {1}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="125" />
      <source>Spreadsheet imported</source>
      <translation>Foaia de calcul a fost importată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="126" />
      <source>Each change is recorded in the audit trail as an import.</source>
      <translation>Fiecare modificare este consemnată în jurnalul de audit ca import.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="134" />
      <source>Checking the spreadsheet…</source>
      <translation>Se verifică foaia de calcul…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="135" />
      <source>The spreadsheet cannot be imported</source>
      <translation>Foaia de calcul nu poate fi importată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="153" />
      <source>Import preview</source>
      <translation>Previzualizare import</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="157" />
      <source>{0}: {1}.</source>
      <translation>{0}: {1}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="158" />
      <source>Records to add: {0}. To change: {1}. Unchanged: {2}.</source>
      <translation>Înregistrări de adăugat: {0}. De modificat: {1}. Nemodificate: {2}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="160" />
      <source>Rows with problems: {0}. Nothing is imported unless you choose to leave those rows out.</source>
      <translation>Rânduri cu probleme: {0}. Nu se importă nimic decât dacă alegeți să omiteți acele rânduri.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="163" />
      <source>Nothing to import: the register already holds what the file says.</source>
      <translation>Nimic de importat: registrul conține deja ce spune fișierul.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="169" />
      <source>Action</source>
      <translation>Acțiune</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="169" />
      <source>Where</source>
      <translation>Unde</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="169" />
      <source>Fields</source>
      <translation>Câmpuri</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="170" />
      <source>Add</source>
      <translation>Adaugă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="170" />
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="171" />
      <source>{0}, row {1}</source>
      <translation>{0}, rândul {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="171" />
      <source>Change</source>
      <translation>Modificare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="175" />
      <source>Sheet</source>
      <translation>Foaie</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="175" />
      <source>Row</source>
      <translation>Rând</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="175" />
      <source>Column</source>
      <translation>Coloană</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="178" />
      <source>Changes ({0})</source>
      <translation>Modificări ({0})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="179" />
      <source>Problems ({0})</source>
      <translation>Probleme ({0})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="184" />
      <source>Not read ({0})</source>
      <translation>Necitite ({0})</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="190" />
      <source>Import</source>
      <translation>Importă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/spreadsheets.py" line="191" />
      <source>Import valid rows only</source>
      <translation>Importă doar rândurile valide</translation>
    </message>
  </context>
  <context>
    <name>DamageDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="97" />
      <source>Status</source>
      <translation>Stare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="75" />
      <source>The key file is damaged</source>
      <translation>Fișierul cheie este deteriorat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="75" />
      <source>The register is damaged</source>
      <translation>Registrul este deteriorat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="78" />
      <source>The key file of “{0}” is damaged</source>
      <translation>Fișierul cheie al registrului „{0}” este deteriorat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="79" />
      <source>“{0}” is damaged</source>
      <translation>„{0}” este deteriorat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="84" />
      <source>Heading</source>
      <translation>Titlu</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="87" />
      <source>What happened</source>
      <translation>Ce s-a întâmplat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="109" />
      <source>Part of the file can no longer be read back as it was written. This happens after a disk or power fault, or when the file was copied while it was in use. Nothing more was changed, and restoring a backup gets the register back as it was then.</source>
      <translation>O parte din fișier nu mai poate fi citită așa cum a fost scrisă. Acest lucru se întâmplă după o defecțiune a discului sau a alimentării cu energie sau atunci când fișierul a fost copiat în timp ce era în uz. Nimic altceva nu a fost modificat, iar restaurarea unei copii de rezervă readuce registrul la starea de atunci.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="118" />
      <source>Nothing in it can be read any more.</source>
      <translation>Nimic din el nu mai poate fi citit.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="121" />
      <source>Everything still reads in full: the damage is in its lookup structures, so some lists, searches or saves fail.</source>
      <translation>Totul se mai poate citi integral: deteriorarea este în structurile sale de căutare, așa că unele liste, căutări sau salvări eșuează.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="126" />
      <source>Cannot be read in full</source>
      <translation>Nu poate fi citit integral</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="127" />
      <source>nothing</source>
      <translation>nimic</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="128" />
      <source>Still reads in full</source>
      <translation>Se mai poate citi integral</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="129" />
      <source>Cannot be read in full:</source>
      <translation>Nu poate fi citit integral:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="130" />
      <source>Still reads in full:</source>
      <translation>Se mai poate citi integral:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="136" />
      <source>The latest verified backup is {0}, made {1}.</source>
      <translation>Cea mai recentă copie de rezervă verificată este {0}, creată la {1}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="137" />
      <source>The latest backup is {0}, made {1}; it could not be checked now, so restoring checks it first.</source>
      <translation>Cea mai recentă copie de rezervă este {0}, creată la {1}; nu a putut fi verificată acum, așa că restaurarea o verifică mai întâi.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="140" />
      <source>Choose a backup of this register: only its key file is taken, so the register keeps everything saved since. It then opens with the passphrase that was in use when that backup was made. Backups are kept in {0}.</source>
      <translation>Alegeți o copie de rezervă a acestui registru: se preia doar fișierul cheie al acesteia, astfel încât registrul păstrează tot ce s-a salvat de atunci. Registrul se deschide apoi cu fraza de acces care era în uz când a fost făcută acea copie de rezervă. Copiile de rezervă sunt păstrate în {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="144" />
      <source>The backup to restore is {0}.</source>
      <translation>Copia de rezervă de restaurat este {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="146" />
      <source>No backup of it that verifies was found in {0}. If you keep backups elsewhere, choose one.</source>
      <translation>Nu a fost găsită în {0} nicio copie de rezervă a acestuia care să treacă verificarea. Dacă păstrați copii de rezervă în altă parte, alegeți una.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="149" />
      <source>Backup</source>
      <translation>Copie de rezervă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="160" />
      <source>&amp;Restore backup…</source>
      <translation>&amp;Restaurează copia de rezervă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="161" />
      <source>Put the latest verified backup in place of the damaged register (the damaged file is kept as a copy first).</source>
      <translation>Pune cea mai recentă copie de rezervă verificată în locul registrului deteriorat (fișierul deteriorat este păstrat mai întâi ca o copie).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="164" />
      <source>Choose &amp;another backup…</source>
      <translation>Alege &amp;altă copie de rezervă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="166" />
      <source>Restore the &amp;key file from a backup…</source>
      <translation>Restaurează fișierul &amp;cheie dintr-o copie de rezervă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="176" />
      <source>&amp;Close</source>
      <translation>Î&amp;nchide</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="199" />
      <source>Atlas backups (*.atlasbak)</source>
      <translation>Copii de rezervă Atlas (*.atlasbak)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="204" />
      <source>Choose a backup to restore</source>
      <translation>Alegeți o copie de rezervă de restaurat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="215" />
      <source>Restore backup</source>
      <translation>Restaurare copie de rezervă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="216" />
      <source>Replace “{0}” with the backup {1}? The damaged register is kept as a copy in {2} first.</source>
      <translation>Înlocuiți „{0}” cu copia de rezervă {1}? Registrul deteriorat este păstrat mai întâi ca o copie în {2}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="217" />
      <source>Restore</source>
      <translation>Restaurează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="224" />
      <source>Checking and restoring the backup…</source>
      <translation>Se verifică și se restaurează copia de rezervă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="227" />
      <source>Restoring the backup…</source>
      <translation>Se restaurează copia de rezervă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="236" />
      <source>Choose the backup to take the key file from</source>
      <translation>Alegeți copia de rezervă din care să fie preluat fișierul cheie</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="242" />
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="245" />
      <source>Restoring the key file…</source>
      <translation>Se restaurează fișierul cheie…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_dialog.py" line="261" />
      <source>Nothing was restored</source>
      <translation>Nu a fost restaurat nimic</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_watch.py" line="68" />
      <source>Checking what still reads…</source>
      <translation>Se verifică ce se mai poate citi…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/damage_watch.py" line="94" />
      <source>Backup restored</source>
      <translation>Copie de rezervă restaurată</translation>
    </message>
  </context>
  <context>
    <name>TeamSignInDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="166" />
      <source>Status</source>
      <translation>Stare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="137" />
      <source>&amp;Hide</source>
      <translation>&amp;Ascunde</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="125" />
      <source>Your name</source>
      <translation>Numele dumneavoastră</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="92" />
      <source>Heading</source>
      <translation>Titlu</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="137" />
      <source>&amp;Show</source>
      <translation>&amp;Afișează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="35" />
      <source>The server cannot be reached</source>
      <translation>Serverul nu poate fi contactat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="37" />
      <source>Not signed in</source>
      <translation>Neconectat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="39" />
      <source>This team register needs another version of Atlas Desktop</source>
      <translation>Acest registru de echipă necesită o altă versiune a Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="41" />
      <source>There is no team register there</source>
      <translation>Acolo nu există niciun registru de echipă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_opening.py" line="42" />
      <source>The team register could not be opened</source>
      <translation>Registrul de echipă nu a putut fi deschis</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="138" />
      <source>Show the password</source>
      <translation>Afișează parola</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="73" />
      <location filename="../../atlas_desktop/gui/team_signin.py" line="269" />
      <source>This connection file cannot be used</source>
      <translation>Acest fișier de conexiune nu poate fi folosit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="81" />
      <location filename="../../atlas_desktop/gui/team_signin.py" line="87" />
      <source>Atlas Desktop is locked</source>
      <translation>Atlas Desktop este blocat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="81" />
      <source>Open a team register</source>
      <translation>Deschide un registru de echipă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="87" />
      <source>Sign in to a team register</source>
      <translation>Conectare la un registru de echipă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="95" />
      <source>The outbox on this computer was locked to keep it private. Enter your team password to carry on where you left off.</source>
      <translation>Căsuța de ieșire de pe acest computer a fost blocată pentru a o proteja de priviri indiscrete. Introduceți parola de echipă pentru a continua de unde ați rămas.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="98" />
      <source>The team register was locked to keep it private. Enter your password to sign in again and carry on where you left off; open windows keep what you typed.</source>
      <translation>Registrul de echipă a fost blocat pentru a-l proteja de priviri indiscrete. Introduceți parola pentru a vă conecta din nou și a continua de unde ați rămas; ferestrele deschise păstrează ce ați tastat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="101" />
      <source>A team register is shared by your office on a server. Each person signs in with their own name and password, which a manager of the register gave them.</source>
      <translation>Un registru de echipă este partajat de biroul dumneavoastră pe un server. Fiecare persoană se conectează cu propriul nume și propria parolă, primite de la un manager al registrului.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="110" />
      <source>Team register</source>
      <translation>Registru de echipă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="116" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="116" />
      <source>The server's name or address, e.g. server.office.lan or 192.168.1.20. Whoever runs the server can tell you.</source>
      <translation>Numele sau adresa serverului, de ex. server.office.lan sau 192.168.1.20. Cine administrează serverul vă poate spune.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="121" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="122" />
      <source>The server's port. PostgreSQL uses 5432 unless it was set up otherwise.</source>
      <translation>Portul serverului. PostgreSQL folosește 5432, dacă nu a fost configurat altfel.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="123" />
      <source>Database</source>
      <translation>Bază de date</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="123" />
      <source>The name of the team register's database on the server, e.g. office.</source>
      <translation>Numele bazei de date a registrului de echipă de pe server, de ex. office.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="125" />
      <source>Your sign-in name for this register, e.g. maria.pop. Every change you make is recorded under it.</source>
      <translation>Numele dumneavoastră de conectare pentru acest registru, de ex. maria.pop. Fiecare modificare pe care o faceți este consemnată sub acest nume.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="127" />
      <source>&amp;Server:</source>
      <translation>&amp;Server:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="127" />
      <source>P&amp;ort:</source>
      <translation>P&amp;ort:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="128" />
      <source>&amp;Database:</source>
      <translation>&amp;Bază de date:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="128" />
      <source>Your &amp;name:</source>
      <translation>&amp;Numele dumneavoastră:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="135" />
      <source>Password</source>
      <translation>Parolă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="135" />
      <source>Your own password for this team register. It is never kept on this computer.</source>
      <translation>Parola dumneavoastră proprie pentru acest registru de echipă. Nu este păstrată niciodată pe acest computer.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="138" />
      <source>Hide the password</source>
      <translation>Ascunde parola</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="139" />
      <source>&amp;Password:</source>
      <translation>&amp;Parolă:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="145" />
      <source>Open a &amp;connection file…</source>
      <translation>Deschide un fișier de &amp;conexiune…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="146" />
      <location filename="../../atlas_desktop/gui/team_signin.py" line="260" />
      <source>Open a connection file</source>
      <translation>Deschide un fișier de conexiune</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="147" />
      <source>A .atlas-team file a manager gave you fills in the server, database and your name. It never holds a password.</source>
      <translation>Un fișier .atlas-team primit de la un manager completează serverul, baza de date și numele dumneavoastră. Nu conține niciodată o parolă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="171" />
      <source>&amp;Unlock</source>
      <translation>&amp;Deblochează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="171" />
      <source>Sign &amp;in</source>
      <translation>Conec&amp;tare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="176" />
      <source>&amp;Quit</source>
      <translation>&amp;Ieșire</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="177" />
      <source>Quit Atlas Desktop</source>
      <translation>Ieșire din Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="213" />
      <source>Outbox for {0}, signed in as {1}</source>
      <translation>Căsuță de ieșire pentru {0}, conectat ca {1}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="213" />
      <source>{1} @ {0}</source>
      <translation>{1} @ {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="216" />
      <source>Connection file: {0}</source>
      <translation>Fișier de conexiune: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="261" />
      <source>Team connection files (*{0});;All files (*)</source>
      <translation>Fișiere de conexiune la echipă (*{0});;Toate fișierele (*)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="283" />
      <source>the server</source>
      <translation>serverul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="284" />
      <source>the database</source>
      <translation>baza de date</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="285" />
      <source>your name</source>
      <translation>numele dumneavoastră</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="287" />
      <source>Type {0}</source>
      <translation>Introduceți {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="287" />
      <source>Ask whoever manages the team register if you do not know it, or open the connection file they gave you.</source>
      <translation>Întrebați persoana care administrează registrul de echipă dacă nu îl știți sau deschideți fișierul de conexiune primit de la aceasta.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="293" />
      <source>Type your password</source>
      <translation>Introduceți parola</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="308" />
      <source>Opening the outbox…</source>
      <translation>Se deschide căsuța de ieșire…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="312" />
      <source>Signing in to {0}…</source>
      <translation>Se conectează la {0}…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="323" />
      <source>Opening the outbox on this computer…</source>
      <translation>Se deschide căsuța de ieșire de pe acest computer…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_signin.py" line="346" />
      <source>{0} Your windows keep what you typed: try again when the network is back.</source>
      <translation>{0} Ferestrele dumneavoastră păstrează ce ați tastat: încercați din nou când rețeaua revine.</translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="170" />
      <source>Status</source>
      <translation>Stare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="199" />
      <source>Passphrase</source>
      <translation>Frază de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="197" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Frază de acces:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="36" />
      <source>&amp;Hide</source>
      <translation>&amp;Ascunde</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="37" />
      <source>Hide the passphrase</source>
      <translation>Ascunde fraza de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="25" />
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="37" />
      <source>Show the passphrase</source>
      <translation>Afișează fraza de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="215" />
      <source>Recovery key</source>
      <translation>Cheie de recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="160" />
      <source>Problem</source>
      <translation>Problemă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="126" />
      <source>Register file</source>
      <translation>Fișierul registrului</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="44" />
      <source>The key file is damaged</source>
      <translation>Fișierul cheie este deteriorat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="112" />
      <source>Heading</source>
      <translation>Titlu</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="135" />
      <source>Use the recovery key instead</source>
      <translation>Folosește în schimb cheia de recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="34" />
      <source>Enter the recovery key</source>
      <translation>Introduceți cheia de recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/passphrase_field.py" line="36" />
      <source>&amp;Show</source>
      <translation>&amp;Afișează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="34" />
      <source>Enter the passphrase</source>
      <translation>Introduceți fraza de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="122" />
      <source>File: {0}</source>
      <translation>Fișier: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="102" />
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="107" />
      <source>Atlas Desktop is locked</source>
      <translation>Atlas Desktop este blocat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="175" />
      <source>&amp;Unlock</source>
      <translation>&amp;Deblochează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="179" />
      <source>&amp;Quit</source>
      <translation>&amp;Ieșire</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="180" />
      <source>Quit Atlas Desktop</source>
      <translation>Ieșire din Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="97" />
      <source>Checking whether this computer remembers this register…</source>
      <translation>Se verifică dacă acest computer ține minte acest registru…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="102" />
      <source>Unlock register</source>
      <translation>Deblocare registru</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="107" />
      <source>Unlock “{0}”</source>
      <translation>Deblochează „{0}”</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="115" />
      <source>The register “{0}” was locked to keep it private. Enter the passphrase to carry on where you left off.</source>
      <translation>Registrul „{0}” a fost blocat pentru a-l proteja de priviri indiscrete. Introduceți fraza de acces pentru a continua de unde ați rămas.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="118" />
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="226" />
      <source>This register is encrypted. Enter its passphrase to open it.</source>
      <translation>Acest registru este criptat. Introduceți fraza sa de acces pentru a-l deschide.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="134" />
      <source>Use the &amp;recovery key instead</source>
      <translation>Folosește în schimb cheia de &amp;recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="139" />
      <source>Re&amp;member on this computer</source>
      <translation>Ține &amp;minte pe acest computer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="140" />
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="310" />
      <source>Remember on this computer</source>
      <translation>Ține minte pe acest computer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="141" />
      <source>Keep a key in this computer's secure keyring, so this register opens without the passphrase for your user account here. Untick to forget it.</source>
      <translation>Păstrează o cheie în depozitul securizat de chei al acestui computer, astfel încât registrul să se deschidă fără fraza de acces pentru contul dumneavoastră de utilizator de aici. Debifați pentru a o uita.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="163" />
      <source>Problem details</source>
      <translation>Detaliile problemei</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="176" />
      <source>Unlock</source>
      <translation>Deblochează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="184" />
      <source>Cancel</source>
      <translation>Anulează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="210" />
      <source>Recovery &amp;key (the 14 groups of 4 on your printed copy):</source>
      <translation>&amp;Cheia de recuperare (cele 14 grupuri de câte 4 de pe copia tipărită):</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="225" />
      <source>Enter the recovery key you saved when the register was created.</source>
      <translation>Introduceți cheia de recuperare pe care ați salvat-o la crearea registrului.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="281" />
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="327" />
      <source>Unlocking the register…</source>
      <translation>Se deblochează registrul…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="311" />
      <source>The register is open, but this computer could not remember it: {0}</source>
      <translation>Registrul este deschis, dar acest computer nu l-a putut ține minte: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_dialog.py" line="326" />
      <source>Unlocking…</source>
      <translation>Se deblochează…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="32" />
      <source>This recovery key has a typo</source>
      <translation>Această cheie de recuperare conține o greșeală de tastare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="37" />
      <source>Wrong recovery key</source>
      <translation>Cheie de recuperare greșită</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="38" />
      <source>Wrong passphrase</source>
      <translation>Frază de acces greșită</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="38" />
      <source>Check Caps Lock and the keyboard layout, or use the recovery key instead.</source>
      <translation>Verificați tasta Caps Lock și aspectul tastaturii sau folosiți în schimb cheia de recuperare.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="41" />
      <source>This register was made by a newer version of Atlas Desktop</source>
      <translation>Acest registru a fost creat de o versiune mai nouă a Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="42" />
      <source>Update Atlas Desktop to open it. The register was not changed.</source>
      <translation>Actualizați Atlas Desktop pentru a-l deschide. Registrul nu a fost modificat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="46" />
      <source>This register is damaged</source>
      <translation>Acest registru este deteriorat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="47" />
      <source>Part of its file can no longer be read. The window that opened says what still reads, and restores a backup.</source>
      <translation>O parte din fișierul său nu mai poate fi citită. Fereastra care s-a deschis arată ce se mai poate citi și restaurează o copie de rezervă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="50" />
      <source>This file is not an Atlas register</source>
      <translation>Acest fișier nu este un registru Atlas</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="53" />
      <location filename="../../atlas_desktop/gui/unlock_problems.py" line="54" />
      <source>The register could not be opened</source>
      <translation>Registrul nu a putut fi deschis</translation>
    </message>
  </context>
  <context>
    <name>WelcomeWindow</name>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="174" />
      <source>Status</source>
      <translation>Stare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="77" />
      <source>Team register “{0}”
{1} @ {2}:{3}</source>
      <translation>Registru de echipă „{0}”
{1} @ {2}:{3}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="78" />
      <source>this computer</source>
      <translation>acest computer</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="96" />
      <source>Welcome to Atlas Desktop</source>
      <translation>Bun venit în Atlas Desktop</translation>
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
      <translation>Registrul RGPD al organizației dumneavoastră, păstrat criptat pe acest computer (nu se trimite nimic nicăieri) sau partajat de biroul dumneavoastră pe propriul server.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="125" />
      <source>&amp;Create a register</source>
      <translation>&amp;Creează un registru</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="126" />
      <source>Start a new, empty register for your organisation.</source>
      <translation>Începeți un registru nou, gol, pentru organizația dumneavoastră.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="128" />
      <source>&amp;Open a register…</source>
      <translation>&amp;Deschide un registru…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="129" />
      <source>Choose a register file (.atlas) on this computer or a shared drive.</source>
      <translation>Alegeți un fișier de registru (.atlas) de pe acest computer sau de pe o unitate partajată.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="131" />
      <source>Open a &amp;team register…</source>
      <translation>Deschide un registru de echi&amp;pă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="132" />
      <source>Sign in to the register your office shares on a server, with your own name and password.</source>
      <translation>Conectați-vă la registrul pe care biroul dumneavoastră îl partajează pe un server, cu propriul nume și propria parolă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="135" />
      <source>&amp;Explore the demo register</source>
      <translation>&amp;Explorează registrul demonstrativ</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="136" />
      <source>A filled-in example for an invented company. Nothing in it is real, so try anything.</source>
      <translation>Un exemplu completat pentru o firmă inventată. Nimic din el nu este real, așa că puteți încerca orice.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="143" />
      <location filename="../../atlas_desktop/gui/welcome.py" line="146" />
      <source>Recent registers</source>
      <translation>Registre recente</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="152" />
      <source>Registers you open appear here.</source>
      <translation>Registrele pe care le deschideți apar aici.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="158" />
      <source>O&amp;pen</source>
      <translation>Desc&amp;hide</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="159" />
      <source>Open the selected register</source>
      <translation>Deschide registrul selectat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="161" />
      <source>&amp;Remove from list</source>
      <translation>Elimină din &amp;listă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="162" />
      <source>Remove the selected register from the list</source>
      <translation>Elimină registrul selectat din listă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="163" />
      <source>Only forgets it here; the file itself is not touched.</source>
      <translation>Îl uită doar aici; fișierul în sine nu este atins.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="198" />
      <source>{0} is not there any more (moved, renamed or on a drive that is not connected).</source>
      <translation>{0} nu mai este acolo (a fost mutat, redenumit sau se află pe o unitate care nu este conectată).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="237" />
      <source>Open a register</source>
      <translation>Deschide un registru</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="238" />
      <source>Atlas registers (*.atlas *.atlas-team);;All files (*)</source>
      <translation>Registre Atlas (*.atlas *.atlas-team);;Toate fișierele (*)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="247" />
      <source>{0} was not found. It may have been moved or renamed, or be on a drive that is not connected.</source>
      <translation>{0} nu a fost găsit. Este posibil să fi fost mutat sau redenumit ori să se afle pe o unitate care nu este conectată.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="300" />
      <source>The demo register could not be opened: {0}</source>
      <translation>Registrul demonstrativ nu a putut fi deschis: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="302" />
      <source>Opening the demo register…</source>
      <translation>Se deschide registrul demonstrativ…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/welcome.py" line="309" />
      <source>Opening the demo register (invented data)…</source>
      <translation>Se deschide registrul demonstrativ (date inventate)…</translation>
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
      <translation>A fost salvat {0}: certificatul de semnare al {1}, valabil până la {2}.

Rapoartele PDF semnate poartă o semnătură digitală făcută cu acest certificat. Dați acest fișier celor care le primesc (un client, un auditor, autoritatea de supraveghere), astfel încât aceștia să poată verifica faptul că un raport provine într-adevăr de la dumneavoastră și nu a fost modificat după semnare. Nu conține niciun secret: îl puteți trimite fără grijă prin e-mail.

Ce fac aceștia cu el:
• În Adobe Acrobat Reader (meniuri în limba engleză): Preferences › Signatures › Identities &amp; Trusted Certificates › More… › Trusted Certificates › Import, aleg acest fișier, apoi Edit Trust și bifează „Use this certificate as a trusted root”. Semnăturile rapoartelor dumneavoastră apar apoi ca valide.
• Cu Atlas Desktop: atlas verify REPORT.pdf --cert {3}

Pentru a vă asigura că fișierul primit este al dumneavoastră, citiți-le amprenta acestuia (de exemplu la telefon):
SHA-256 {4}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="73" />
      <source>Certificate, text (*.pem)</source>
      <translation>Certificat, text (*.pem)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="73" />
      <source>Certificate for Windows (*.cer)</source>
      <translation>Certificat pentru Windows (*.cer)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="75" />
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="85" />
      <source>Export the signing certificate</source>
      <translation>Exportă certificatul de semnare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/certificate_export.py" line="87" />
      <source>Signing certificate saved</source>
      <translation>Certificatul de semnare a fost salvat</translation>
    </message>
  </context>
  <context>
    <name>CreateRegisterDialog</name>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="48" />
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="153" />
      <source>Weak</source>
      <translation>Slabă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="48" />
      <source>Fair</source>
      <translation>Acceptabilă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="48" />
      <source>Good</source>
      <translation>Bună</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="48" />
      <source>Strong</source>
      <translation>Puternică</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="74" />
      <source>Choose a passphrase</source>
      <translation>Alegeți o frază de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="75" />
      <source>Step 3 of 4. The passphrase opens the register every day.</source>
      <translation>Pasul 3 din 4. Fraza de acces deschide registrul în fiecare zi.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="77" />
      <source>&amp;Create register</source>
      <translation>&amp;Creează registrul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="79" />
      <source>Four or more unrelated words are strong and easy to remember, e.g. “lantern-orbit-pepper-canal”. Without the passphrase or the recovery key nobody can open the register, not even the makers of Atlas Desktop.</source>
      <translation>Patru sau mai multe cuvinte fără legătură între ele sunt puternice și ușor de reținut, de ex. „felinar-orbită-piper-canal”. Fără fraza de acces sau cheia de recuperare nimeni nu poate deschide registrul, nici măcar creatorii Atlas Desktop.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="86" />
      <source>Passphrase</source>
      <translation>Frază de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="87" />
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="141" />
      <source>Sh&amp;ow</source>
      <translation>&amp;Afișează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="92" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Frază de acces:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="99" />
      <source>Passphrase strength</source>
      <translation>Puterea frazei de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="106" />
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="151" />
      <source>Nothing typed yet</source>
      <translation>Nimic tastat încă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="110" />
      <source>Strength:</source>
      <translation>Putere:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="114" />
      <source>Advice on the passphrase</source>
      <translation>Sfaturi privind fraza de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="119" />
      <source>Passphrase again</source>
      <translation>Fraza de acces din nou</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="120" />
      <source>&amp;Again:</source>
      <translation>Din &amp;nou:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="125" />
      <source>Whether the passphrases match</source>
      <translation>Dacă frazele de acces coincid</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="141" />
      <source>&amp;Hide</source>
      <translation>&amp;Ascunde</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="142" />
      <source>Hide the passphrase</source>
      <translation>Ascunde fraza de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="142" />
      <source>Show the passphrase</source>
      <translation>Afișează fraza de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="170" />
      <source>✓ The two passphrases match.</source>
      <translation>✓ Cele două fraze de acces coincid.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="172" />
      <source>✗ The two passphrases are not the same yet.</source>
      <translation>✗ Cele două fraze de acces nu sunt încă la fel.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="182" />
      <source>Choose a longer one: four or more unrelated words.</source>
      <translation>Alegeți una mai lungă: patru sau mai multe cuvinte fără legătură între ele.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="185" />
      <source>The two passphrases are not the same. Type it again in both fields.</source>
      <translation>Cele două fraze de acces nu sunt la fel. Tastați-o din nou în ambele câmpuri.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="211" />
      <source>Creating the register…</source>
      <translation>Se creează registrul…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="217" />
      <source>Creating the encrypted register…</source>
      <translation>Se creează registrul criptat…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="226" />
      <source>Your recovery key</source>
      <translation>Cheia dumneavoastră de recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="227" />
      <source>Step 4 of 4. The register is created; this key is shown only now.</source>
      <translation>Pasul 4 din 4. Registrul este creat; această cheie este afișată doar acum.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="229" />
      <source>If the passphrase is ever forgotten, this key is the only way to open the register. Save it as a PDF or print it, and keep it somewhere safe, away from this computer.</source>
      <translation>Dacă fraza de acces este uitată vreodată, această cheie este singura modalitate de a deschide registrul. Salvați-o ca PDF sau tipăriți-o și păstrați-o într-un loc sigur, departe de acest computer.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="233" />
      <source>Recovery key</source>
      <translation>Cheie de recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="236" />
      <source>Save as &amp;PDF…</source>
      <translation>Salvează ca &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="237" />
      <source>Save the recovery key as a PDF</source>
      <translation>Salvează cheia de recuperare ca PDF</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="239" />
      <source>P&amp;rint…</source>
      <translation>&amp;Tipărește…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="240" />
      <source>Print the recovery key</source>
      <translation>Tipărește cheia de recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="248" />
      <source>Where the recovery key was saved</source>
      <translation>Unde a fost salvată cheia de recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="251" />
      <source>I have &amp;stored the recovery key somewhere safe</source>
      <translation>Am &amp;salvat cheia de recuperare într-un loc sigur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="252" />
      <source>I have stored the recovery key somewhere safe</source>
      <translation>Am salvat cheia de recuperare într-un loc sigur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="284" />
      <source>Create a register</source>
      <translation>Creează un registru</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="293" />
      <source>&amp;Open the register</source>
      <translation>&amp;Deschide registrul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="307" />
      <source>Leave without the recovery key?</source>
      <translation>Ieșiți fără cheia de recuperare?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_dialog.py" line="308" />
      <source>The register has been created, but its recovery key will not be shown again. If you close now and forget the passphrase, the register cannot be opened.

Close anyway?</source>
      <translation>Registrul a fost creat, dar cheia sa de recuperare nu va mai fi afișată. Dacă închideți acum și uitați fraza de acces, registrul nu mai poate fi deschis.

Închideți oricum?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="67" />
      <source>Problem</source>
      <translation>Problemă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="104" />
      <source>Your organisation and where to keep the register</source>
      <translation>Organizația dumneavoastră și unde să păstrați registrul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="105" />
      <source>Step 1 of 4. The register is one encrypted file on this computer; nothing is sent anywhere.</source>
      <translation>Pasul 1 din 4. Registrul este un singur fișier criptat pe acest computer; nu se trimite nimic nicăieri.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="111" />
      <source>Organisation name</source>
      <translation>Numele organizației</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="112" />
      <source>e.g. Harbour Dental Practice Ltd</source>
      <translation>de ex. Cabinet Stomatologic Zâmbet SRL</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="113" />
      <source>&amp;Organisation name:</source>
      <translation>Numele &amp;organizației:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="117" />
      <source>Register file</source>
      <translation>Fișierul registrului</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="118" />
      <source>&amp;Browse…</source>
      <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="119" />
      <source>Choose where to save the register</source>
      <translation>Alegeți unde să salvați registrul</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="124" />
      <source>&amp;Save as:</source>
      <translation>&amp;Salvează ca:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="127" />
      <source>Keep it in a folder that is backed up. Atlas never overwrites an existing register.</source>
      <translation>Păstrați-l într-un dosar care are copii de rezervă. Atlas nu suprascrie niciodată un registru existent.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="147" />
      <source>Save the register as</source>
      <translation>Salvează registrul ca</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="148" />
      <source>Atlas registers (*.atlas)</source>
      <translation>Registre Atlas (*.atlas)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="163" />
      <source>Enter your organisation's name.</source>
      <translation>Introduceți numele organizației dumneavoastră.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="166" />
      <source>Choose where to save the register.</source>
      <translation>Alegeți unde să salvați registrul.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="170" />
      <source>There is already a file called {0} in that folder. Choose another name or folder: Atlas never overwrites a register.</source>
      <translation>Există deja un fișier numit {0} în acel dosar. Alegeți alt nume sau alt dosar: Atlas nu suprascrie niciodată un registru.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_name.py" line="176" />
      <source>The folder {0} does not exist.</source>
      <translation>Dosarul {0} nu există.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="76" />
      <source>Your office and you</source>
      <translation>Biroul dumneavoastră și dumneavoastră</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="77" />
      <source>Step 2 of 4. Atlas uses these answers to count your deadlines and to name you in the register. You can change them later in Organisation details.</source>
      <translation>Pasul 2 din 4. Atlas folosește aceste răspunsuri pentru a calcula termenele și pentru a vă numi în registru. Le puteți modifica ulterior în „Datele organizației”.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="96" />
      <source>Type to search, e.g. Romania</source>
      <translation>Tastați pentru a căuta, de ex. România</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="97" />
      <source>&amp;Country:</source>
      <translation>Ța&amp;ra:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="97" />
      <source>Country where your organisation is established</source>
      <translation>Țara în care este stabilită organizația dumneavoastră</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="98" />
      <source>Requests from people must be answered within one month; Atlas skips this country's public holidays when it counts (Art. 12(3)).</source>
      <translation>Cererile persoanelor trebuie să primească răspuns în termen de o lună; Atlas sare peste sărbătorile legale ale acestei țări când calculează (art. 12 alin. (3)).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="101" />
      <source>&amp;Region:</source>
      <translation>Re&amp;giunea:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="101" />
      <source>Region</source>
      <translation>Regiune</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="102" />
      <source>Public holidays differ by region in this country: choose yours, or keep the national holidays only.</source>
      <translation>Sărbătorile legale diferă de la o regiune la alta în această țară: alegeți-o pe a dumneavoastră sau păstrați doar sărbătorile naționale.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="110" />
      <source>Supervisory &amp;authority:</source>
      <translation>&amp;Autoritatea de supraveghere:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="110" />
      <source>Supervisory authority</source>
      <translation>Autoritate de supraveghere</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="111" />
      <source>Its a&amp;ddress:</source>
      <translation>A&amp;dresa acesteia:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="111" />
      <source>Authority's postal address</source>
      <translation>Adresa poștală a autorității</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="112" />
      <source>Its &amp;web form:</source>
      <translation>&amp;Formularul web al acesteia:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="112" />
      <source>Authority's breach notification web form</source>
      <translation>Formularul web al autorității pentru notificarea încălcărilor securității datelor</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="113" />
      <source>Its &amp;phone:</source>
      <translation>&amp;Telefonul acesteia:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="113" />
      <source>Authority's phone</source>
      <translation>Telefonul autorității</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="118" />
      <source>A personal data breach is reported to this authority within 72 hours (Art. 33(1)); it is the authority of the country you are established in (Art. 55). Proposed from the country: check it, or correct it.</source>
      <translation>O încălcare a securității datelor cu caracter personal se notifică acestei autorități în termen de 72 de ore (art. 33 alin. (1)); este autoritatea din țara în care sunteți stabilit (art. 55). Propusă în funcție de țară: verificați-o sau corectați-o.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="123" />
      <source>e.g. Ana Popescu</source>
      <translation>de ex. Ana Popescu</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="125" />
      <source>e.g. Office manager</source>
      <translation>de ex. Administrator de birou</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="126" />
      <source>Your na&amp;me:</source>
      <translation>&amp;Numele dumneavoastră:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="126" />
      <location filename="../../atlas_desktop/gui/create_org.py" line="175" />
      <source>Your name</source>
      <translation>Numele dumneavoastră</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="127" />
      <source>Your r&amp;ole:</source>
      <translation>R&amp;olul dumneavoastră:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="127" />
      <location filename="../../atlas_desktop/gui/create_org.py" line="176" />
      <source>Your role</source>
      <translation>Rolul dumneavoastră</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="128" />
      <source>Shown in the audit trail next to each change and on sign-offs, so the office can show who did what (Art. 5(2), 30). Not your computer's login name.</source>
      <translation>Afișat în jurnalul de audit lângă fiecare modificare și pe aprobări, astfel încât biroul să poată arăta cine ce a făcut (art. 5 alin. (2), art. 30). Nu este numele de autentificare al computerului dumneavoastră.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="151" />
      <source>National holidays only</source>
      <translation>Doar sărbătorile naționale</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/create_org.py" line="185" />
      <source>Choose your country from the list (type part of its name), or leave it empty and set it later in Organisation details.</source>
      <translation>Alegeți țara din listă (tastați o parte din nume) sau lăsați câmpul gol și setați-o mai târziu în „Datele organizației”.</translation>
    </message>
  </context>
  <context>
    <name>KeyDialogs</name>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="122" />
      <source>Weak</source>
      <translation>Slabă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="105" />
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="123" />
      <source>Nothing typed yet</source>
      <translation>Nimic tastat încă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="160" />
      <source>Strength:</source>
      <translation>Putere:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="162" />
      <source>&amp;Again:</source>
      <translation>Din &amp;nou:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="189" />
      <source>✓ The two passphrases match.</source>
      <translation>✓ Cele două fraze de acces coincid.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="190" />
      <source>✗ The two passphrases are not the same yet.</source>
      <translation>✗ Cele două fraze de acces nu sunt încă la fel.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="98" />
      <source>Save as &amp;PDF…</source>
      <translation>Salvează ca &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="100" />
      <source>P&amp;rint…</source>
      <translation>&amp;Tipărește…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="108" />
      <source>Where the recovery key was saved</source>
      <translation>Unde a fost salvată cheia de recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="53" />
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="57" />
      <source>&amp;Current passphrase:</source>
      <translation>Fraza de acces a&amp;ctuală:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="53" />
      <source>Current passphrase</source>
      <translation>Fraza de acces actuală</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="54" />
      <source>I will type the &amp;recovery key instead (the passphrase is forgotten)</source>
      <translation>Voi tasta în schimb cheia de &amp;recuperare (fraza de acces este uitată)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="55" />
      <source>Use the recovery key instead</source>
      <translation>Folosește în schimb cheia de recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="57" />
      <source>Recovery &amp;key:</source>
      <translation>C&amp;heia de recuperare:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="99" />
      <source>Strength of the new passphrase</source>
      <translation>Puterea noii fraze de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="111" />
      <source>Advice on the new passphrase</source>
      <translation>Sfaturi privind noua frază de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="143" />
      <source>Change the passphrase</source>
      <translation>Schimbarea frazei de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="146" />
      <source>The passphrase opens “{0}” every day. Changing it does not touch the data (it is not re-encrypted), and the recovery key keeps working.</source>
      <translation>Fraza de acces deschide „{0}” în fiecare zi. Schimbarea ei nu atinge datele (acestea nu sunt recriptate), iar cheia de recuperare continuă să funcționeze.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="152" />
      <source>New passphrase</source>
      <translation>Frază de acces nouă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="155" />
      <source>Sho&amp;w</source>
      <translation>Afișea&amp;ză</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="155" />
      <source>Hi&amp;de</source>
      <translation>Ascun&amp;de</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="156" />
      <source>&amp;New passphrase:</source>
      <translation>Fraza de acces &amp;nouă:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="161" />
      <source>New passphrase again</source>
      <translation>Noua frază de acces din nou</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="170" />
      <source>Backups made before the change still open with the passphrase that was in use when they were made.</source>
      <translation>Copiile de rezervă făcute înainte de schimbare se deschid în continuare cu fraza de acces care era în uz când au fost făcute.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="178" />
      <source>Change &amp;passphrase</source>
      <translation>Schimbă &amp;fraza de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="207" />
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="124" />
      <source>Enter the recovery key</source>
      <translation>Introduceți cheia de recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="208" />
      <source>Enter the current passphrase</source>
      <translation>Introduceți fraza de acces actuală</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="209" />
      <source>It proves that you, not just anyone at this computer, are changing it.</source>
      <translation>Dovedește că dumneavoastră, și nu oricine se află la acest computer, o schimbați.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="211" />
      <source>Choose a stronger new passphrase</source>
      <translation>Alegeți o frază de acces nouă mai puternică</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="212" />
      <source>Four or more unrelated words are strong and easy to remember, e.g. “lantern-orbit-pepper-canal”.</source>
      <translation>Patru sau mai multe cuvinte fără legătură între ele sunt puternice și ușor de reținut, de ex. „felinar-orbită-piper-canal”.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="215" />
      <source>The two new passphrases are not the same</source>
      <translation>Cele două fraze de acces noi nu sunt la fel</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="216" />
      <source>Type the new passphrase again in both fields.</source>
      <translation>Tastați din nou noua frază de acces în ambele câmpuri.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="218" />
      <source>The new passphrase is the current one</source>
      <translation>Noua frază de acces este cea actuală</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="219" />
      <source>Choose a passphrase you have not used for this register.</source>
      <translation>Alegeți o frază de acces pe care nu ați folosit-o pentru acest registru.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="232" />
      <source>Checking the current passphrase…</source>
      <translation>Se verifică fraza de acces actuală…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="234" />
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="252" />
      <source>Changing the passphrase…</source>
      <translation>Se schimbă fraza de acces…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="240" />
      <source>The passphrase of “{0}” was changed: use the new one from the next unlock. The recovery key is unchanged and still works. Backups made before now open with the old passphrase.</source>
      <translation>Fraza de acces a registrului „{0}” a fost schimbată: folosiți-o pe cea nouă de la următoarea deblocare. Cheia de recuperare nu s-a schimbat și funcționează în continuare. Copiile de rezervă făcute până acum se deschid cu fraza de acces veche.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="247" />
      <source>The passphrase could not be changed</source>
      <translation>Fraza de acces nu a putut fi schimbată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/key_dialogs.py" line="251" />
      <source>Changing the passphrase… (this takes a few seconds)</source>
      <translation>Se schimbă fraza de acces… (durează câteva secunde)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="45" />
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="95" />
      <source>New recovery key</source>
      <translation>Cheie de recuperare nouă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="52" />
      <source>&amp;Issue a new key</source>
      <translation>&amp;Emite o cheie nouă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="65" />
      <source>A new recovery key replaces the current one. From then on only the new key opens “{0}” if the passphrase is forgotten: the old key stops working. Issue a new key when the old one is lost, or someone else may have seen it.</source>
      <translation>O cheie de recuperare nouă o înlocuiește pe cea actuală. De acum înainte, dacă fraza de acces este uitată, doar noua cheie deschide „{0}”: cheia veche nu mai funcționează. Emiteți o cheie nouă atunci când cea veche s-a pierdut sau când este posibil ca altcineva să o fi văzut.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="69" />
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="72" />
      <source>&amp;Passphrase, to confirm:</source>
      <translation>&amp;Fraza de acces, pentru confirmare:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="70" />
      <source>Confirm with the current &amp;recovery key instead</source>
      <translation>Confirmați în schimb cu &amp;cheia de recuperare actuală</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="72" />
      <source>&amp;Current recovery key:</source>
      <translation>Cheia de recuperare &amp;actuală:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="85" />
      <source>Your new recovery key</source>
      <translation>Noua dumneavoastră cheie de recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="92" />
      <source>It is shown only now. Save it as a PDF or print it, and keep it somewhere safe, away from this computer. The old recovery key no longer opens the register: destroy its copies. (Backups made before now still open with the old key, so keep them as safe as a key.)</source>
      <translation>Este afișată doar acum. Salvați-o ca PDF sau tipăriți-o și păstrați-o într-un loc sigur, departe de acest computer. Vechea cheie de recuperare nu mai deschide registrul: distrugeți copiile ei. (Copiile de rezervă făcute până acum se deschid în continuare cu cheia veche, așa că păstrați-le la fel de sigur ca pe o cheie.)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="111" />
      <source>I have &amp;stored the new recovery key somewhere safe</source>
      <translation>Am &amp;salvat noua cheie de recuperare într-un loc sigur</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="124" />
      <source>Enter the passphrase</source>
      <translation>Introduceți fraza de acces</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="125" />
      <source>It proves that you, not just anyone at this computer, are replacing the recovery key.</source>
      <translation>Confirmarea dovedește că dumneavoastră, și nu oricine se află la acest computer, înlocuiți cheia de recuperare.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="133" />
      <source>Checking the passphrase…</source>
      <translation>Se verifică fraza de acces…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="144" />
      <source>No new recovery key was issued</source>
      <translation>Nu a fost emisă nicio cheie de recuperare nouă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="148" />
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="149" />
      <source>Issuing a new recovery key…</source>
      <translation>Se emite o cheie de recuperare nouă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="162" />
      <source>&amp;Done</source>
      <translation>&amp;Gata</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="184" />
      <source>Close without the new recovery key?</source>
      <translation>Închideți fără noua cheie de recuperare?</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_key_dialog.py" line="185" />
      <source>The new recovery key will not be shown again, and the old one no longer works. If you close now and forget the passphrase, the register cannot be opened.

Close anyway?</source>
      <translation>Noua cheie de recuperare nu va mai fi afișată, iar cea veche nu mai funcționează. Dacă închideți acum și uitați fraza de acces, registrul nu mai poate fi deschis.

Închideți oricum?</translation>
    </message>
  </context>
  <context>
    <name>TeamPassword</name>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="82" />
      <source>&amp;Again:</source>
      <translation>Din &amp;nou:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="75" />
      <source>&amp;Hide</source>
      <translation>&amp;Ascunde</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="147" />
      <source>Problem</source>
      <translation>Problemă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="61" />
      <source>&amp;Type a password</source>
      <translation>&amp;Tastez o parolă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="62" />
      <source>&amp;Make one for me</source>
      <translation>&amp;Generează una pentru mine</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="63" />
      <source>Five groups of four letters and digits: strong, and easy to pass on by hand.</source>
      <translation>Cinci grupuri de câte patru litere și cifre: puternică și ușor de transmis de mână.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="73" />
      <source>New password</source>
      <translation>Parolă nouă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="75" />
      <source>S&amp;how</source>
      <translation>A&amp;fișează</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="76" />
      <source>Show the password</source>
      <translation>Afișează parola</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="77" />
      <source>New password again</source>
      <translation>Parola nouă din nou</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="78" />
      <source>Type it a second time, so a typing mistake cannot lock anyone out.</source>
      <translation>Tastați-o a doua oară, astfel încât o greșeală de tastare să nu poată bloca accesul cuiva.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="79" />
      <source>&amp;New password:</source>
      <translation>Parola &amp;nouă:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="94" />
      <source>The password made for them</source>
      <translation>Parola generată pentru persoană</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="95" />
      <source>&amp;Copy</source>
      <translation>&amp;Copiază</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="97" />
      <source>Copy it to the clipboard; it is wiped from there after 30 seconds.</source>
      <translation>O copiază în clipboard; este ștearsă de acolo după 30 de secunde.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="101" />
      <source>Shown only now: give it to them in person, and ask them to choose their own with File → Change my password…</source>
      <translation>Afișată doar acum: înmânați-o personal și cereți persoanei să își aleagă propria parolă din Fișier → Schimbă parola mea…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="125" />
      <source>Type the new password.</source>
      <translation>Tastați parola nouă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="127" />
      <source>The two passwords are not the same: type the new one again in both fields.</source>
      <translation>Cele două parole nu sunt la fel: tastați din nou parola nouă în ambele câmpuri.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="199" />
      <source>Change my password</source>
      <translation>Schimbă parola mea</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="201" />
      <source>Your new password for {0} as {1}. From now on you sign in with it; your copy of the team key is locked with it too. Choose one that is hard to guess: a few unrelated words work well.</source>
      <translation>Noua dumneavoastră parolă pentru {0} ca {1}. De acum înainte vă conectați cu ea; copia dumneavoastră a cheii echipei este blocată tot cu ea. Alegeți una greu de ghicit: câteva cuvinte fără legătură între ele funcționează bine.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="211" />
      <source>&amp;Change password</source>
      <translation>&amp;Schimbă parola</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="221" />
      <source>That is the password you have now; nothing was changed.</source>
      <translation>Aceasta este parola pe care o aveți acum; nu s-a schimbat nimic.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_password.py" line="233" />
      <source>Changing your password…</source>
      <translation>Se schimbă parola…</translation>
    </message>
  </context>
  <context>
    <name>RecoverySheet</name>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="159" />
      <source>Print the recovery key</source>
      <translation>Tipărește cheia de recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="55" />
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="108" />
      <source>Atlas Desktop recovery key</source>
      <translation>Cheie de recuperare Atlas Desktop</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="55" />
      <source>Organisation:</source>
      <translation>Organizație:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="55" />
      <source>Register file:</source>
      <translation>Fișierul registrului:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="56" />
      <source>Created:</source>
      <translation>Creat:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="57" />
      <source>This key opens the register if the passphrase is forgotten. It is the only way back in: Atlas Desktop cannot show it again.</source>
      <translation>Această cheie deschide registrul dacă fraza de acces este uitată. Este singura cale de acces înapoi: Atlas Desktop nu o poate afișa din nou.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="59" />
      <source>Keep this somewhere safe,</source>
      <translation>Păstrați această foaie într-un loc sigur,</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="60" />
      <source>away from the computer (a locked drawer or safe). Anyone who has this key and the register file can read the register.</source>
      <translation>departe de computer (un sertar încuiat sau un seif). Oricine are această cheie și fișierul registrului poate citi registrul.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="62" />
      <source>How to use it</source>
      <translation>Cum se folosește</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="62" />
      <source>In Atlas Desktop:</source>
      <translation>În Atlas Desktop:</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="63" />
      <source>open the register (“Open a register…” or its name under Recent registers). In the unlock window tick “Use the recovery key instead”, type the key and click Unlock. Capitals, spaces and dashes do not matter.</source>
      <translation>deschideți registrul („Deschide un registru…” sau numele său din „Registre recente”). În fereastra de deblocare bifați „Folosește în schimb cheia de recuperare”, tastați cheia și faceți clic pe „Deblochează”. Majusculele, spațiile și cratimele nu contează.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="66" />
      <source>To choose a new passphrase</source>
      <translation>Pentru a alege o frază de acces nouă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="67" />
      <source>in Atlas Desktop, once unlocked with this key: File › Security › Change passphrase…, and tick “I will type the recovery key instead”.</source>
      <translation>în Atlas Desktop, după deblocarea cu această cheie: Fișier › Securitate › Schimbă fraza de acces… și bifați „Voi tasta în schimb cheia de recuperare”.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="69" />
      <source>Or</source>
      <translation>Sau</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="70" />
      <source>(on the command line): type the whole key on one line into a text file, for example KEY.txt, and run</source>
      <translation>(în linia de comandă): tastați întreaga cheie pe un singur rând într-un fișier text, de exemplu KEY.txt, și rulați</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="72" />
      <source>then delete KEY.txt. This key keeps working afterwards.</source>
      <translation>apoi ștergeți KEY.txt. Această cheie continuă să funcționeze și după aceea.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="141" />
      <source>Save the recovery key as PDF</source>
      <translation>Salvează cheia de recuperare ca PDF</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="142" />
      <source>PDF files (*.pdf)</source>
      <translation>Fișiere PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="151" />
      <source>Saved to {0}. Keep a copy away from this computer too (a USB stick in a drawer, or on paper).</source>
      <translation>Salvată în {0}. Păstrați o copie și departe de acest computer (un stick USB într-un sertar sau pe hârtie).</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/recovery_sheet.py" line="163" />
      <source>Sent to the printer. Keep the sheet somewhere safe.</source>
      <translation>Trimisă la imprimantă. Păstrați foaia într-un loc sigur.</translation>
    </message>
  </context>
  <context>
    <name>SecurityMenu</name>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="142" />
      <source>Backup restored</source>
      <translation>Copie de rezervă restaurată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="28" />
      <source>File › Security › {0}</source>
      <translation>Fișier › Securitate › {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="33" />
      <source>so the passphrase may no longer open the register: set a new one now with {0} (confirming with the recovery key)</source>
      <translation>așa că este posibil ca fraza de acces să nu mai deschidă registrul: setați acum una nouă cu {0} (confirmând cu cheia de recuperare)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="34" />
      <source>Change passphrase…</source>
      <translation>Schimbă fraza de acces…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="35" />
      <source>so your recovery key may no longer open the register: issue a new one now with {0} (and keep it in place of the old one)</source>
      <translation>așa că este posibil ca cheia de recuperare să nu mai deschidă registrul: emiteți acum una nouă cu {0} (și păstrați-o în locul celei vechi)</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="36" />
      <source>New recovery key…</source>
      <translation>Cheie de recuperare nouă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="37" />
      <source>so this computer may no longer open the register without the passphrase: tick “Remember on this computer” the next time you unlock it</source>
      <translation>așa că este posibil ca acest computer să nu mai poată deschide registrul fără fraza de acces: bifați „Ține minte pe acest computer” data viitoare când îl deblocați</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="62" />
      <source>Securit&amp;y</source>
      <translation>&amp;Securitate</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="72" />
      <source>Change &amp;passphrase…</source>
      <translation>Schimbă &amp;fraza de acces…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="73" />
      <source>New &amp;recovery key…</source>
      <translation>Cheie de &amp;recuperare nouă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="74" />
      <source>Restore from &amp;backup…</source>
      <translation>Restaurează &amp;din copia de rezervă…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="76" />
      <source>Export signing &amp;certificate…</source>
      <translation>Exportă &amp;certificatul de semnare…</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="80" />
      <source>A team register is backed up and restored by whoever runs its server.</source>
      <translation>Copiile de rezervă ale unui registru de echipă sunt făcute și restaurate de cine administrează serverul acestuia.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/security_menu.py" line="106" />
      <source>Passphrase changed</source>
      <translation>Fraza de acces a fost schimbată</translation>
    </message>
  </context>
  <context>
    <name>dialogs</name>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="45" />
      <source>The file could not be written or read: {0}</source>
      <translation>Fișierul nu a putut fi scris sau citit: {0}</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="48" />
      <source>Something went wrong ({0}). Nothing was lost: the register is unchanged.</source>
      <translation>Ceva nu a funcționat ({0}). Nu s-a pierdut nimic: registrul nu a fost modificat.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="85" />
      <source>Unencrypted export</source>
      <translation>Export necriptat</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="86" />
      <source>The file you are about to write is not encrypted. Anyone who can open it can read the personal data in it. Keep it somewhere safe and delete it when you no longer need it.</source>
      <translation>Fișierul pe care urmează să îl scrieți nu este criptat. Oricine îl poate deschide poate citi datele cu caracter personal din el. Păstrați-l într-un loc sigur și ștergeți-l când nu mai aveți nevoie de el.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/dialogs.py" line="88" />
      <source>Export anyway</source>
      <translation>Exportă oricum</translation>
    </message>
  </context>
  <context>
    <name>IntegrityCheck</name>
    <message>
      <location filename="../../atlas_desktop/gui/integrity_check.py" line="26" />
      <source>…and {0} more.</source>
      <translation>…și încă {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/integrity_check.py" line="27" />
      <source>These records differ from the audit trail: they were changed outside Atlas, or the trail was cut. Nothing was changed now.

{0}

Run 'atlas doctor' for the full list, and restore a backup you trust (File › Security › Restore from backup…) if you did not expect this.</source>
      <translation>Aceste înregistrări diferă de jurnalul de audit: au fost modificate în afara Atlas sau jurnalul a fost trunchiat. Acum nu s-a modificat nimic.

{0}

Rulați „atlas doctor” pentru lista completă și restaurați o copie de rezervă în care aveți încredere (Fișier › Securitate › Restaurează din copia de rezervă…) dacă nu vă așteptați la acest lucru.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/integrity_check.py" line="38" />
      <source>Audit trail</source>
      <translation>Jurnal de audit</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/integrity_check.py" line="48" />
      <source>Records changed outside Atlas</source>
      <translation>Înregistrări modificate în afara Atlas</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/integrity_check.py" line="53" />
      <source>Checking the records against the audit trail</source>
      <translation>Se verifică înregistrările față de jurnalul de audit</translation>
    </message>
  </context>
  <context>
    <name>Restoring</name>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="35" />
      <source>&amp;Passphrase of the backup (the one in use when it was made):</source>
      <translation>&amp;Fraza de acces a copiei de rezervă (cea în uz la crearea ei):</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="38" />
      <source>Passphrase of the backup</source>
      <translation>Fraza de acces a copiei de rezervă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="41" />
      <source>This is the &amp;recovery key</source>
      <translation>Aceasta este cheia de &amp;recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="42" />
      <source>This is the recovery key</source>
      <translation>Aceasta este cheia de recuperare</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="56" />
      <source>Enter the passphrase of the backup</source>
      <translation>Introduceți fraza de acces a copiei de rezervă</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="57" />
      <source>A backup opens with the passphrase (or recovery key) that was in use when it was made.</source>
      <translation>O copie de rezervă se deschide cu fraza de acces (sau cheia de recuperare) care era în uz când a fost creată.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="66" />
      <source> The register it replaced was kept as {0}.</source>
      <translation> Registrul înlocuit a fost păstrat ca {0}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="68" />
      <source>Restored “{0}” from the backup {1}.</source>
      <translation>Registrul „{0}” a fost restaurat din copia de rezervă {1}.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="76" />
      <source>The key file of “{0}” was restored from the backup {1}; the register's data was not touched. It now opens with the passphrase and recovery key that were in use when that backup was made.</source>
      <translation>Fișierul cheie al registrului „{0}” a fost restaurat din copia de rezervă {1}; datele registrului nu au fost atinse. Registrul se deschide acum cu fraza de acces și cheia de recuperare care erau în uz când a fost creată acea copie de rezervă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/restoring.py" line="79" />
      <source> The key file it replaced was kept as {0}.</source>
      <translation> Fișierul cheie înlocuit a fost păstrat ca {0}.</translation>
    </message>
  </context>
  <context>
    <name>TeamApp</name>
    <message>
      <location filename="../../atlas_desktop/gui/team_app.py" line="72" />
      <source>A team register is backed up by whoever runs its server. Export spreadsheet writes a readable copy here.</source>
      <translation>Copiile de rezervă ale unui registru de echipă sunt făcute de cine administrează serverul acestuia. „Exportă ca foaie de calcul” scrie aici o copie lizibilă.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_app.py" line="75" />
      <source>You are signed in as a reader: you can read this register but not change it.</source>
      <translation>Sunteți conectat ca cititor: puteți citi acest registru, dar nu îl puteți modifica.</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_app.py" line="111" />
      <source>Password changed</source>
      <translation>Parola a fost schimbată</translation>
    </message>
    <message>
      <location filename="../../atlas_desktop/gui/team_app.py" line="112" />
      <source>Your password was changed, and your copy of the team key now opens with it. Sign in with the new password from now on.</source>
      <translation>Parola dumneavoastră a fost schimbată, iar copia dumneavoastră a cheii echipei se deschide acum cu ea. De acum înainte, conectați-vă cu noua parolă.</translation>
    </message>
  </context>
</TS>