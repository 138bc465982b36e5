<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="110" />
      <source>Action: %1 — case %2</source>
      <translation>Actie: %1 — zaak %2</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="115" />
      <source>Person:</source>
      <translation>Persoon:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="117" />
      <source>Parents:</source>
      <translation>Ouders/verzorgers:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="121" />
      <source>Measure:</source>
      <translation>Maatregel:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="123" />
      <source>Responsible</source>
      <translation>Verantwoordelijke</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="125" />
      <source>Due date</source>
      <translation>Uiterlijk op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="126" />
      <source>&amp;Responsible:</source>
      <translation>&amp;Verantwoordelijke:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="127" />
      <source>D&amp;ue date:</source>
      <translation>&amp;Uiterlijk op:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="139" />
      <source>phone</source>
      <translation>telefoon</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="140" />
      <source>meeting</source>
      <translation>gesprek</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="141" />
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="142" />
      <source>other</source>
      <translation>anders</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="147" />
      <source>Contacted on</source>
      <translation>Contact op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="150" />
      <source>Who was contacted:</source>
      <translation>Met wie contact:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="151" />
      <source>How:</source>
      <translation>Hoe:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="152" />
      <source>When:</source>
      <translation>Wanneer:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="153" />
      <source>Their reaction:</source>
      <translation>Reactie van de ouders:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="156" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="162" />
      <source>report (aangifte)</source>
      <translation>aangifte</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="163" />
      <source>notification (melding)</source>
      <translation>melding</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="169" />
      <source>Date:</source>
      <translation>Datum:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="170" />
      <source>Station or officer:</source>
      <translation>Bureau of agent:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="171" />
      <source>Report or registration number:</source>
      <translation>Aangifte- of registratienummer:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="172" />
      <source>Report or notification:</source>
      <translation>Aangifte of melding:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="175" />
      <source>Done on</source>
      <translation>Uitgevoerd op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="177" />
      <source>Done on:</source>
      <translation>Uitgevoerd op:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="177" />
      <source>Note:</source>
      <translation>Toelichting:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="185" />
      <source>Ended on</source>
      <translation>Beëindigd op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="187" />
      <source>Who guides:</source>
      <translation>Begeleider:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="188" />
      <source>Plan:</source>
      <translation>Plan:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="189" />
      <source>Follow-up dates:</source>
      <translation>Vervolgafspraken:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="190" />
      <source>Guidance ended:</source>
      <translation>Begeleiding beëindigd:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="204" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="206" />
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="207" />
      <source>Required when the action is not needed</source>
      <translation>Verplicht als de actie niet nodig is</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="209" />
      <source>Reason for changing recorded values</source>
      <translation>Reden om vastgelegde gegevens te wijzigen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="210" />
      <source>Only when you change what was already recorded</source>
      <translation>Alleen als u iets wijzigt dat al was vastgelegd</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="211" />
      <source>&amp;Status:</source>
      <translation>&amp;Status:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="212" />
      <source>Reason:</source>
      <translation>Reden:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="213" />
      <source>Reason for the change:</source>
      <translation>Reden van de wijziging:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="216" />
      <source>Problem</source>
      <translation>Probleem</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="282" />
      <source>Write why the action is not needed.</source>
      <translation>Schrijf op waarom de actie niet nodig is.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="283" />
      <source>You change what was already recorded: write why.</source>
      <translation>U wijzigt iets dat al was vastgelegd: schrijf op waarom.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="284" />
      <source>Someone must be responsible.</source>
      <translation>Iemand moet verantwoordelijk zijn.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="285" />
      <source>Write follow-up dates as %1, separated by commas.</source>
      <translation>Schrijf vervolgafspraken als %1, gescheiden door komma's.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="286" />
      <source>Choose how the parents were contacted.</source>
      <translation>Kies hoe contact met de ouders is opgenomen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="287" />
      <source>Fill in who was contacted.</source>
      <translation>Vul in met wie contact is geweest.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="288" />
      <source>Fill in when the parents were contacted.</source>
      <translation>Vul in wanneer de ouders zijn gesproken.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="289" />
      <source>Fill in the date of the report or notification.</source>
      <translation>Vul de datum van de aangifte of melding in.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="290" />
      <source>Choose report or notification.</source>
      <translation>Kies aangifte of melding.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="291" />
      <source>Fill in who guides the victim.</source>
      <translation>Vul in wie het slachtoffer begeleidt.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="292" />
      <source>Describe the guidance plan.</source>
      <translation>Beschrijf het begeleidingsplan.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="293" />
      <source>Fill in when the measure was carried out.</source>
      <translation>Vul in wanneer de maatregel is uitgevoerd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="296" />
      <source>Fill in: %1</source>
      <translation>Vul in: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="316" />
      <source>Follow-up actions</source>
      <translation>Vervolgacties</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="317" />
      <source>Also show finished actions</source>
      <translation>Ook afgeronde acties tonen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="319" />
      <source>&amp;My actions</source>
      <translation>&amp;Mijn acties</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="321" />
      <source>Actions whose responsible is you (%1)</source>
      <translation>Acties waarvoor u verantwoordelijk bent (%1)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="324" />
      <source>&amp;Overdue</source>
      <translation>&amp;Te laat</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="325" />
      <source>Open actions past their due date</source>
      <translation>Openstaande acties waarvan de datum voorbij is</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="326" />
      <source>This &amp;week</source>
      <translation>Deze &amp;week</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="327" />
      <source>Actions due from Monday to Sunday of this week</source>
      <translation>Acties met een datum van maandag tot en met zondag van deze week</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="329" />
      <source>Show:</source>
      <translation>Toon:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="344" />
      <source>Case</source>
      <translation>Zaak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="344" />
      <source>Action</source>
      <translation>Actie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="344" />
      <source>Person</source>
      <translation>Persoon</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="344" />
      <source>Due</source>
      <translation>Uiterlijk</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="354" />
      <source>Summary</source>
      <translation>Samenvatting</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="355" />
      <source>&amp;Record progress…</source>
      <translation>&amp;Voortgang vastleggen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="356" />
      <source>Record progress</source>
      <translation>Voortgang vastleggen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="358" />
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/actions.py" line="387" />
      <source>overdue</source>
      <translation>te laat</translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/actions.py" line="409" />
      <source>%n action(s) shown</source>
      <translation>
        <numerusform>%n actie getoond</numerusform>
        <numerusform>%n acties getoond</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/actions.py" line="410" />
      <source>%n overdue</source>
      <translation>
        <numerusform>%n te laat</numerusform>
        <numerusform>%n te laat</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/step_fields.py" line="111" />
      <source>The afwegingskader points to</source>
      <translation>Het afwegingskader wijst op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/step_fields.py" line="122" />
      <source>Answer the questions in order; the afwegingskader stops where it concludes.</source>
      <translation>Beantwoord de vragen op volgorde; het afwegingskader stopt waar het een conclusie bereikt.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/step_fields.py" line="125" />
      <source>The afwegingskader points to: %1</source>
      <translation>Het afwegingskader wijst op: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/step_fields.py" line="42" />
      <source>Known</source>
      <translation>Bekend</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/step_fields.py" line="43" />
      <source>%1 known</source>
      <translation>%1 bekend</translation>
    </message>
  </context>
  <context>
    <name>CaseEdit</name>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="103" />
      <source>Manager consulted:</source>
      <translation>Leidinggevende geraadpleegd:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="104" />
      <source>Consulted on:</source>
      <translation>Geraadpleegd op:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="105" />
      <source>&amp;Reason:</source>
      <translation>&amp;Reden:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="142" />
      <source>The category is sexual images of a minor.</source>
      <translation>De categorie is seksuele beelden van een minderjarige.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="156" />
      <source>Keeping sexual images of a minor is itself an offence. These files of the case are still stored; destroy each for good before the correction is saved.</source>
      <translation>Het bewaren van seksuele beelden van een minderjarige is zelf strafbaar. Deze bestanden van de zaak zijn nog opgeslagen; vernietig elk bestand definitief voordat de correctie wordt opgeslagen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="178" />
      <source>A correction needs a reason.</source>
      <translation>Een correctie heeft een reden nodig.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="186" />
      <source>The title cannot be empty.</source>
      <translation>De titel mag niet leeg zijn.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="187" />
      <source>The report date cannot be in the future or in another year.</source>
      <translation>De meldingsdatum kan niet in de toekomst of in een ander jaar liggen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="188" />
      <source>The incident cannot have happened after it was reported, or in the future.</source>
      <translation>Het incident kan niet na de melding of in de toekomst zijn gebeurd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="189" />
      <source>Destroy every stored file of this case first (see above).</source>
      <translation>Vernietig eerst elk opgeslagen bestand van deze zaak (zie boven).</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="58" />
      <source>Correct case %1</source>
      <translation>Zaak %1 corrigeren</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="60" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="65" />
      <source>Category</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="67" />
      <source>Platform</source>
      <translation>Platform</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="69" />
      <source>Reported on</source>
      <translation>Gemeld op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="70" />
      <source>Happened on</source>
      <translation>Gebeurd op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="73" />
      <source>Description</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="74" />
      <source>This incident concerns sexual images of a minor</source>
      <translation>Dit incident betreft seksueel beeldmateriaal van een minderjarige</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="84" />
      <source>Manager consulted (guideline 8)</source>
      <translation>Leidinggevende geraadpleegd (richtlijn 8)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="85" />
      <source>when a staff member is the author</source>
      <translation>als een medewerker de dader is</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="86" />
      <source>Consulted on</source>
      <translation>Geraadpleegd op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="88" />
      <source>Reason for the correction</source>
      <translation>Reden van de correctie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="89" />
      <source>Why is this corrected? (required)</source>
      <translation>Waarom wordt dit gecorrigeerd? (verplicht)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="92" />
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="93" />
      <source>&amp;Category:</source>
      <translation>&amp;Categorie:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="94" />
      <source>&amp;Platform:</source>
      <translation>&amp;Platform:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="95" />
      <source>Reported on:</source>
      <translation>Gemeld op:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="96" />
      <source>Happened on:</source>
      <translation>Gebeurd op:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="97" />
      <source>&amp;Description:</source>
      <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_correction.py" line="98" />
      <source>Further categories:</source>
      <translation>Verdere categorieën:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="112" />
      <source>Record a measure</source>
      <translation>Maatregel vastleggen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="116" />
      <source>Measure</source>
      <translation>Maatregel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="118" />
      <source>(no one in particular)</source>
      <translation>(niemand in het bijzonder)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="123" />
      <source>Against</source>
      <translation>Tegen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="126" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="130" />
      <source>Note</source>
      <translation>Toelichting</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="137" />
      <source>&amp;Measure:</source>
      <translation>&amp;Maatregel:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="138" />
      <source>&amp;Against:</source>
      <translation>&amp;Tegen:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="139" />
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="140" />
      <source>&amp;Note:</source>
      <translation>&amp;Toelichting:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="156" />
      <source>Record who was informed</source>
      <translation>Vastleggen wie is geïnformeerd</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="158" />
      <source>Who was informed</source>
      <translation>Wie is geïnformeerd</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="159" />
      <source>e.g. parents of class 2H1, the team, the board</source>
      <translation>bijv. ouders van klas 2H1, het team, het bestuur</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="163" />
      <source>What was communicated</source>
      <translation>Wat is gecommuniceerd</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="174" />
      <source>&amp;Who:</source>
      <translation>&amp;Wie:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="175" />
      <source>W&amp;hat:</source>
      <translation>W&amp;at:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="185" />
      <source>Fill in who was informed.</source>
      <translation>Vul in wie is geïnformeerd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="204" />
      <source>Persons in this case</source>
      <translation>Betrokkenen bij deze zaak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="206" />
      <source>Measures and communications</source>
      <translation>Maatregelen en communicatie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="213" />
      <source>Add &amp;person…</source>
      <translation>&amp;Persoon toevoegen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="214" />
      <source>Correct &amp;roles…</source>
      <translation>&amp;Rollen corrigeren…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="215" />
      <source>Re&amp;move from case…</source>
      <translation>Uit zaak &amp;verwijderen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="216" />
      <source>Correct &amp;case…</source>
      <translation>&amp;Zaak corrigeren…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="217" />
      <source>Record &amp;measure…</source>
      <translation>&amp;Maatregel vastleggen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="218" />
      <source>Record &amp;communication…</source>
      <translation>&amp;Communicatie vastleggen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="222" />
      <source>Persons and roles</source>
      <translation>Betrokkenen en rollen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="225" />
      <source>Measures and communication (guidelines 9 and 10)</source>
      <translation>Maatregelen en communicatie (richtlijnen 9 en 10)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="254" />
      <source>[removed: %1] </source>
      <translation>[verwijderd: %1] </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="265" />
      <source>Informed: %1</source>
      <translation>Geïnformeerd: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="318" />
      <source>Remove from case</source>
      <translation>Uit de zaak verwijderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="319" />
      <source>Why is %1 removed from this case? It stays visible in the history.</source>
      <translation>Waarom wordt %1 uit deze zaak verwijderd? Het blijft zichtbaar in de geschiedenis.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="68" />
      <source>Correct roles of %1</source>
      <translation>Rollen van %1 corrigeren</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_edit.py" line="99" />
      <source>Tick at least one role.</source>
      <translation>Vink minstens één rol aan.</translation>
    </message>
  </context>
  <context>
    <name>CategoryFields</name>
    <message>
      <location filename="../../udens_register/ui/category_fields.py" line="34" />
      <source>Further categories</source>
      <translation>Verdere categorieën</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/category_fields.py" line="75" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/category_fields.py" line="76" />
      <source>No</source>
      <translation>Nee</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/category_fields.py" line="77" />
      <source>Sexual images of a minor: yes</source>
      <translation>Seksuele beelden van een minderjarige: ja</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/category_fields.py" line="78" />
      <source>Sexual images of a minor: no</source>
      <translation>Seksuele beelden van een minderjarige: nee</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/category_fields.py" line="97" />
      <source>The category is sexual images of a minor.</source>
      <translation>De categorie is seksuele beelden van een minderjarige.</translation>
    </message>
  </context>
  <context>
    <name>CloseCase</name>
    <message>
      <location filename="../../udens_register/ui/case_close.py" line="135" />
      <source>Still open (a case closes once each is done, or not needed with a reason):</source>
      <translation>Nog open (een zaak sluit pas als elke actie is gedaan, of met reden niet nodig):</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_close.py" line="144" />
      <source>Write why the case is closed.</source>
      <translation>Schrijf op waarom de zaak wordt afgesloten.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/case_close.py" line="153" />
      <source>The case cannot be closed yet: %n action(s) still open (listed above).</source>
      <translation>
        <numerusform>De zaak kan nog niet worden gesloten: %n actie staat nog open (zie boven).</numerusform>
        <numerusform>De zaak kan nog niet worden gesloten: %n acties staan nog open (zie boven).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_close.py" line="163" />
      <source>The case cannot be closed yet: it concerns sexual images of a minor and still holds stored files. Destroy them for good on the Evidence tab first (keeping them is an offence).</source>
      <translation>De zaak kan nog niet worden gesloten: het gaat om seksuele beelden van een minderjarige en er zijn nog bestanden opgeslagen. Vernietig ze eerst definitief op het tabblad Bewijs (bewaren is strafbaar).</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_close.py" line="171" />
      <source>The case cannot be closed yet: record the director's review of the last case file first.</source>
      <translation>De zaak kan nog niet worden gesloten: leg eerst de beoordeling door de directie van het laatste dossier vast.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_close.py" line="60" />
      <source>%1; responsible: %2; due %3</source>
      <translation>%1; verantwoordelijk: %2; uiterlijk %3</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_close.py" line="65" />
      <source>overdue</source>
      <translation>te laat</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_close.py" line="89" />
      <source>Close case</source>
      <translation>Zaak afsluiten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_close.py" line="93" />
      <source>Open actions of this case</source>
      <translation>Open acties van deze zaak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_close.py" line="94" />
      <source>Why is this case closed? (required)</source>
      <translation>Waarom wordt deze zaak afgesloten? (verplicht)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_close.py" line="97" />
      <source>Reason for closing</source>
      <translation>Reden van afsluiten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/case_close.py" line="98" />
      <source>e.g. parents informed, guidance arranged, the post is offline</source>
      <translation>bijv. ouders geïnformeerd, begeleiding geregeld, het bericht is offline</translation>
    </message>
  </context>
  <context>
    <name>ClosingBackup</name>
    <message>
      <location filename="../../udens_register/ui/main_window/closing.py" line="42" />
      <source>Closing Udens Register</source>
      <translation>Udens Register wordt afgesloten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/closing.py" line="44" />
      <source>Making the closing backup…</source>
      <translation>De back-up bij het afsluiten wordt gemaakt…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/closing.py" line="47" />
      <source>Progress of the closing backup</source>
      <translation>Voortgang van de back-up bij het afsluiten</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../udens_register/ui/date_field.py" line="154" />
      <source>Calendar (Alt+Down)</source>
      <translation>Kalender (Alt+Omlaag)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/date_field.py" line="155" />
      <source>Open the calendar</source>
      <translation>Kalender openen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/date_field.py" line="241" />
      <source>Choose a date on or before %1.</source>
      <translation>Kies een datum op of vóór %1.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/date_field.py" line="243" />
      <source>Choose a date on or after %1.</source>
      <translation>Kies een datum op of na %1.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/date_field.py" line="245" />
      <source>Type the date and time as %1, for example %2.</source>
      <translation>Typ datum en tijd als %1, bijvoorbeeld %2.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/date_field.py" line="246" />
      <source>Type the date as %1, for example %2.</source>
      <translation>Typ de datum als %1, bijvoorbeeld %2.</translation>
    </message>
  </context>
  <context>
    <name>DecisionWizard</name>
    <message>
      <location filename="../../udens_register/ui/decision/common.py" line="56" />
      <source>Protocol, rule %1:</source>
      <translation>Protocol, regel %1:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/common.py" line="59" />
      <source>Protocol wording</source>
      <translation>Tekst van het protocol</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/common.py" line="71" />
      <source>Problem</source>
      <translation>Probleem</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="114" />
      <source>Stored files must be destroyed first</source>
      <translation>Opgeslagen bestanden moeten eerst worden vernietigd</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="119" />
      <source>Keeping sexual images of a minor is itself an offence. These files of the case are still stored; destroy each for good before the decision is recorded.</source>
      <translation>Het bewaren van seksuele beelden van een minderjarige is zelf strafbaar. Deze bestanden van de zaak zijn nog opgeslagen; vernietig elk bestand definitief voordat het besluit wordt vastgelegd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="146" />
      <source>Stored files destroyed</source>
      <translation>Opgeslagen bestanden vernietigd</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="148" />
      <source>No file of this case is stored any more.</source>
      <translation>Er is geen bestand van deze zaak meer opgeslagen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="157" />
      <source>removed from the case, still stored</source>
      <translation>uit de zaak verwijderd, nog opgeslagen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="161" />
      <source>Destroy for good…</source>
      <translation>Definitief vernietigen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="162" />
      <source>Destroy %1 for good</source>
      <translation>%1 definitief vernietigen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/decision/images_guard.py" line="170" />
      <source>Destroy all %n files for good…</source>
      <translation>
        <numerusform>Alle %n bestand definitief vernietigen…</numerusform>
        <numerusform>Alle %n bestanden definitief vernietigen…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="50" />
      <source>Destroy for good — %1</source>
      <translation>Definitief vernietigen — %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="51" />
      <source>Sexual images of a minor: may not be kept</source>
      <translation>Seksuele beelden van een minderjarige: mogen niet bewaard worden</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="52" />
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="54" />
      <source>What the file showed</source>
      <translation>Wat het bestand liet zien</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="56" />
      <source>A description without the picture, e.g. nude photo, forwarded</source>
      <translation>Een beschrijving zonder het beeld, bijv. naaktfoto, doorgestuurd</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="59" />
      <source>The file is deleted from the register for good and cannot be restored. Its SHA-256, size, platform and this description are kept.</source>
      <translation>Het bestand wordt definitief uit het register verwijderd en kan niet worden teruggehaald. De SHA-256, de grootte, het platform en deze beschrijving blijven bewaard.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="69" />
      <source>&amp;Destroy for good</source>
      <translation>&amp;Definitief vernietigen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="74" />
      <source>File:</source>
      <translation>Bestand:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="75" />
      <source>&amp;Reason:</source>
      <translation>&amp;Reden:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="76" />
      <source>&amp;What it showed:</source>
      <translation>&amp;Wat het liet zien:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="87" />
      <source>Write why the file is destroyed.</source>
      <translation>Schrijf waarom het bestand wordt vernietigd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/images_guard.py" line="88" />
      <source>Describe what the file showed: the description is kept instead.</source>
      <translation>Beschrijf wat het bestand liet zien: de beschrijving blijft in plaats daarvan bewaard.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="119" />
      <source>The protocol asks for no action with these answers.</source>
      <translation>Het protocol vraagt bij deze antwoorden geen actie.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="126" />
      <source>Deviate from this</source>
      <translation>Hiervan afwijken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="127" />
      <source>Deviate from: %1</source>
      <translation>Afwijken van: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="130" />
      <source>Reason for deviating from: %1</source>
      <translation>Reden om af te wijken van: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="169" />
      <source>Source of the route</source>
      <translation>Bron van de route</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="171" />
      <source>Recording the decision opens these steps as follow-up actions.</source>
      <translation>Bij het vastleggen van het besluit worden deze stappen vervolgacties.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="182" />
      <source>Reason, e.g. the police already know: the victim's parents reported it themselves</source>
      <translation>Reden, bijv. de politie weet het al: de ouders van het slachtoffer hebben zelf aangifte gedaan</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="184" />
      <source>Reason, e.g. the victim already gets guidance elsewhere (youth care team, company doctor)</source>
      <translation>Reden, bijv. het slachtoffer krijgt elders al begeleiding (jeugdteam, bedrijfsarts)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="187" />
      <source>Reason, e.g. informing the parents would endanger the pupil</source>
      <translation>Reden, bijv. informeren van de ouders brengt de leerling in gevaar</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="212" />
      <source>Destroy every stored file of this case first (see above).</source>
      <translation>Vernietig eerst elk opgeslagen bestand van deze zaak (zie boven).</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="217" />
      <source>Write a reason (at least 10 characters) for every deviation.</source>
      <translation>Schrijf bij elke afwijking een reden (minstens 10 tekens).</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="235" />
      <source>Follow-up actions</source>
      <translation>Vervolgacties</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="237" />
      <source>Finish records the decision; it cannot be changed afterwards. A new decision can be added later.</source>
      <translation>Met Besluit vastleggen wordt het besluit bewaard; daarna kan het niet meer worden gewijzigd. Later kan een nieuw besluit worden toegevoegd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="242" />
      <source>Action</source>
      <translation>Actie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="242" />
      <source>Responsible</source>
      <translation>Verantwoordelijke</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="242" />
      <source>Due date</source>
      <translation>Uiterlijk op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="252" />
      <source>Deviations</source>
      <translation>Afwijkingen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="311" />
      <source>Every action needs someone responsible.</source>
      <translation>Elke actie heeft een verantwoordelijke nodig.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="74" />
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/outcome.py" line="76" />
      <source>What the protocol asks for these answers. You may deviate from a line only with a written reason.</source>
      <translation>Wat het protocol bij deze antwoorden vraagt. U kunt alleen met een geschreven reden van een regel afwijken.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="110" />
      <source>Questions from the protocol</source>
      <translation>Vragen uit het protocol</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="111" />
      <source>Answer every question. The protocol's own words are quoted beside each.</source>
      <translation>Beantwoord elke vraag. Naast elke vraag staat de tekst van het protocol.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="112" />
      <source>Protocol violated</source>
      <translation>Protocol overtreden</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="114" />
      <source>physical</source>
      <translation>fysiek</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="115" />
      <source>psychological</source>
      <translation>psychisch</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="116" />
      <source>material</source>
      <translation>materieel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="118" />
      <source>Sexual intimidation</source>
      <translation>Seksuele intimidatie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="119" />
      <source>Accusation of sexual intimidation</source>
      <translation>Beschuldiging van seksuele intimidatie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="120" />
      <source>Acute danger</source>
      <translation>Acuut gevaar</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="121" />
      <source>Signals of domestic violence or abuse</source>
      <translation>Signalen van huiselijk geweld of mishandeling</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="122" />
      <source>Sexual images of a minor</source>
      <translation>Seksueel beeldmateriaal van een minderjarige</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="127" />
      <source>Threat of violence: %1</source>
      <translation>Dreiging met geweld: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="130" />
      <source>If so: call 112 now, then continue.</source>
      <translation>Zo ja: bel nu 112 en ga daarna verder.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="139" />
      <source>Was the school's Social Media Protocol violated?</source>
      <translation>Is het Social Media Protocol van de school overtreden?</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="141" />
      <source>Was there a threat of violence? Tick each kind; none if not.</source>
      <translation>Was er dreiging met geweld? Vink elke soort aan; geen als dat niet zo is.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="145" />
      <source>Was there sexual intimidation?</source>
      <translation>Was er sprake van seksuele intimidatie?</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="146" />
      <source>Is someone accused of sexual intimidation?</source>
      <translation>Wordt iemand beschuldigd van seksuele intimidatie?</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="148" />
      <source>Is anyone in acute danger, or is there a concrete threat for today or tomorrow? Then the police action is urgent and due today.</source>
      <translation>Is iemand in acuut gevaar, of is er een concrete dreiging voor vandaag of morgen? Dan is de politieactie urgent en moet die vandaag gebeuren.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="156" />
      <source>Are there signals of domestic violence or child abuse? (outside the protocol)</source>
      <translation>Zijn er signalen van huiselijk geweld of kindermishandeling? (buiten het protocol)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="160" />
      <source>Are sexual images of a minor involved? (outside the protocol)</source>
      <translation>Gaat het om seksueel beeldmateriaal van een minderjarige? (buiten het protocol)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="209" />
      <source>Still to answer with yes or no (marked in red):</source>
      <translation>Nog te beantwoorden met ja of nee (rood omlijnd):</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="42" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="43" />
      <source>No</source>
      <translation>Nee</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="69" />
      <source>Persons involved</source>
      <translation>Betrokkenen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="71" />
      <source>Case %1, %2. Ages are on the date of the incident.</source>
      <translation>Zaak %1, %2. Leeftijden op de datum van het incident.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="76" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="76" />
      <source>Who</source>
      <translation>Wie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="76" />
      <source>Roles</source>
      <translation>Rollen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="76" />
      <source>Age</source>
      <translation>Leeftijd</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="85" />
      <source>unknown</source>
      <translation>onbekend</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="92" />
      <source>If a person or role is missing or wrong, cancel and correct the incident first: the decision follows from who was involved and how.</source>
      <translation>Ontbreekt er iemand of klopt een rol niet? Annuleer en pas eerst het incident aan: het besluit volgt uit wie er betrokken was en hoe.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/questions.py" line="97" />
      <source>No persons are recorded for this incident yet. Parents and guidance need persons.</source>
      <translation>Er zijn nog geen betrokkenen vastgelegd bij dit incident. Voor ouders en begeleiding zijn betrokkenen nodig.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/wizard.py" line="63" />
      <source>Protocol decision — %1</source>
      <translation>Besluit volgens protocol — %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/decision/wizard.py" line="77" />
      <source>&amp;Record decision</source>
      <translation>Besluit &amp;vastleggen</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="103" />
      <source>Evidence</source>
      <translation>Bewijs</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="106" />
      <source>Description: %1</source>
      <translation>Beschrijving: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="115" />
      <source>posted %1</source>
      <translation>geplaatst %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="116" />
      <source>captured %1</source>
      <translation>vastgelegd %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="134" />
      <source>Measures and communication</source>
      <translation>Maatregelen en communicatie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="142" />
      <source>Informed: %1</source>
      <translation>Geïnformeerd: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="154" />
      <source>removed: %1</source>
      <translation>verwijderd: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="166" />
      <source>reason: %1</source>
      <translation>reden: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="185" />
      <source>Case</source>
      <translation>Zaak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="186" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="187" />
      <source>Category</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="188" />
      <source>Platform</source>
      <translation>Platform</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="189" />
      <source>Reported on</source>
      <translation>Gemeld op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="190" />
      <source>Happened on</source>
      <translation>Gebeurd op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="193" />
      <source>Closed on</source>
      <translation>Afgesloten op</translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/detail.py" line="196" />
      <source>This case concerns sexual images of a minor, yet %n file(s) of it are still stored. Keeping them is itself an offence: destroy them for good on the Evidence tab.</source>
      <translation>
        <numerusform>Deze zaak gaat over seksuele beelden van een minderjarige, maar er is nog %n bestand van opgeslagen. Bewaren is zelf strafbaar: vernietig het definitief op het tabblad Bewijs.</numerusform>
        <numerusform>Deze zaak gaat over seksuele beelden van een minderjarige, maar er zijn nog %n bestanden van opgeslagen. Bewaren is zelf strafbaar: vernietig ze definitief op het tabblad Bewijs.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="206" />
      <source>Open the Evidence tab</source>
      <translation>Tabblad Bewijs openen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="212" />
      <source>Description</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="214" />
      <source>Closing rationale</source>
      <translation>Reden van afsluiten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="215" />
      <source>Persons and roles</source>
      <translation>Betrokkenen en rollen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="228" />
      <source>No persons recorded yet.</source>
      <translation>Nog geen betrokkenen vastgelegd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="231" />
      <source>Sexual images of a minor: no images are kept, only descriptions.</source>
      <translation>Seksueel beeldmateriaal van een minderjarige: er worden geen beelden bewaard, alleen beschrijvingen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="234" />
      <source>Legal hold: kept while a police case is pending.</source>
      <translation>Vastgehouden: bewaard zolang er een politiezaak loopt.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="236" />
      <source>Manager consulted (guideline 8): %1</source>
      <translation>Leidinggevende geraadpleegd (richtlijn 8): %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="246" />
      <source>Timeline</source>
      <translation>Tijdlijn</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="281" />
      <source>Case details</source>
      <translation>Gegevens van de zaak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="315" />
      <source>Select an incident to see its details.</source>
      <translation>Kies een incident om de gegevens te zien.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="50" />
      <source>Protocol decisions</source>
      <translation>Besluiten volgens protocol</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="52" />
      <source>No decision recorded yet (Ctrl+D).</source>
      <translation>Nog geen besluit vastgelegd (Ctrl+D).</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="55" />
      <source>Decision of %1 by %2</source>
      <translation>Besluit van %1 door %2</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="61" />
      <source>No action under rules 3-5.</source>
      <translation>Geen actie op grond van regels 3-5.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="79" />
      <source>Follow-up actions</source>
      <translation>Vervolgacties</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="83" />
      <source>overdue</source>
      <translation>te laat</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/detail.py" line="88" />
      <source>due %1</source>
      <translation>uiterlijk %1</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../udens_register/ui/dialogs.py" line="106" />
      <source>Known</source>
      <translation>Bekend</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/dialogs.py" line="107" />
      <source>%1 known</source>
      <translation>%1 bekend</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/dialogs.py" line="139" />
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/dialogs.py" line="166" />
      <source>A reason is required.</source>
      <translation>Een reden is verplicht.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/dialogs.py" line="97" />
      <source>Problem</source>
      <translation>Probleem</translation>
    </message>
  </context>
  <context>
    <name>Disclosure</name>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="124" />
      <source>Disclosures</source>
      <translation>Verstrekkingen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="134" />
      <source>When</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="134" />
      <source>Case</source>
      <translation>Zaak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="134" />
      <source>Version</source>
      <translation>Versie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="134" />
      <source>Issued to</source>
      <translation>Verstrekt aan</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="134" />
      <source>Protected</source>
      <translation>Beveiligd</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="142" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="142" />
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="149" />
      <source>Export &amp;certificate…</source>
      <translation>&amp;Certificaat exporteren…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="174" />
      <source>Export certificate</source>
      <translation>Certificaat exporteren</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="174" />
      <source>Certificates (*.pem)</source>
      <translation>Certificaten (*.pem)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="46" />
      <source>Check a case file</source>
      <translation>Dossier controleren</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="48" />
      <source>Choose a PDF that left the register. The register checks its signature and looks it up in the disclosure log.</source>
      <translation>Kies een pdf die het register heeft verlaten. Het register controleert de handtekening en zoekt het bestand op in de verstrekkingen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="55" />
      <source>Register key fingerprint: %1</source>
      <translation>Vingerafdruk sleutel register: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="61" />
      <source>Result</source>
      <translation>Uitkomst</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="62" />
      <source>&amp;Choose PDF…</source>
      <translation>Pdf &amp;kiezen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="79" />
      <source>PDF files (*.pdf)</source>
      <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="86" />
      <source>Protected PDF</source>
      <translation>Beveiligde pdf</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/disclosure.py" line="86" />
      <source>Password of the PDF:</source>
      <translation>Wachtwoord van de pdf:</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../udens_register/ui/errors.py" line="43" />
      <source>Udens Register</source>
      <translation>Udens Register</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/errors.py" line="55" />
      <source>Unexpected error</source>
      <translation>Onverwachte fout</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/errors.py" line="56" />
      <source>An unexpected error occurred (reference %1). Your data was not changed by it. Please pass the reference on to the application's maintainer.</source>
      <translation>Er is een onverwachte fout opgetreden (referentie %1). Uw gegevens zijn daardoor niet gewijzigd. Geef de referentie door aan de beheerder van de applicatie.</translation>
    </message>
  </context>
  <context>
    <name>Evidence</name>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="114" />
      <source>A correction needs a reason.</source>
      <translation>Een correctie heeft een reden nodig.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="145" />
      <source>posted %1</source>
      <translation>geplaatst %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="146" />
      <source>captured %1</source>
      <translation>vastgelegd %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="158" />
      <source>Evidence: description</source>
      <translation>Bewijs: beschrijving</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="167" />
      <source>Description</source>
      <translation>Beschrijving</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="180" />
      <source>Evidence: %1</source>
      <translation>Bewijs: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="184" />
      <source>Fingerprint (SHA-256) of the original</source>
      <translation>Vingerafdruk (SHA-256) van het origineel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="190" />
      <source>Video, %1 MB, duration %2. Save a copy to play it.</source>
      <translation>Video, %1 MB, duur %2. Sla een kopie op om hem af te spelen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="230" />
      <source>Evidence of this case</source>
      <translation>Bewijs bij deze zaak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="257" />
      <source>&amp;Add file…</source>
      <translation>Bestand &amp;toevoegen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="258" />
      <source>Add &amp;description…</source>
      <translation>&amp;Beschrijving toevoegen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="259" />
      <source>&amp;View</source>
      <translation>&amp;Bekijken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="260" />
      <source>Save &amp;as…</source>
      <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="261" />
      <source>Co&amp;rrect…</source>
      <translation>Co&amp;rrigeren…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="262" />
      <source>Re&amp;move…</source>
      <translation>&amp;Verwijderen…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/evidence.py" line="318" />
      <source>This case concerns sexual images of a minor, yet %n file(s) of it are still stored in the register (kept from before the case was flagged, or brought in by an import or an old backup). Keeping them is itself an offence: destroy each for good. Its SHA-256, size, platform and a description are kept, with the reason.</source>
      <translation>
        <numerusform>Deze zaak gaat over seksuele beelden van een minderjarige, maar er is nog %n bestand van in het register opgeslagen (bewaard van vóór de markering, of binnengekomen met een import of een oude back-up). Bewaren is zelf strafbaar: vernietig het definitief. De SHA-256, grootte, het platform en een beschrijving blijven bewaard, met de reden.</numerusform>
        <numerusform>Deze zaak gaat over seksuele beelden van een minderjarige, maar er zijn nog %n bestanden van in het register opgeslagen (bewaard van vóór de markering, of binnengekomen met een import of een oude back-up). Bewaren is zelf strafbaar: vernietig elk bestand definitief. Van elk blijven de SHA-256, grootte, het platform en een beschrijving bewaard, met de reden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/evidence.py" line="329" />
      <source>%n stored file(s) to destroy</source>
      <translation>
        <numerusform>Nog %n opgeslagen bestand te vernietigen</numerusform>
        <numerusform>Nog %n opgeslagen bestanden te vernietigen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="352" />
      <source>Description: %1</source>
      <translation>Beschrijving: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="356" />
      <source>video, %1</source>
      <translation>video, %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="374" />
      <source>[removed: %1] </source>
      <translation>[verwijderd: %1] </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="475" />
      <source>Evidence</source>
      <translation>Bewijs</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="476" />
      <source>This file was destroyed for good; only its SHA-256, size and description are kept.</source>
      <translation>Dit bestand is definitief vernietigd; alleen de SHA-256, de grootte en de omschrijving zijn bewaard.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="485" />
      <source>Save evidence as</source>
      <translation>Bewijs opslaan als</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="498" />
      <source>Evidence saved</source>
      <translation>Bewijs opgeslagen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="499" />
      <source>The original was saved. Keep the copy safe; saving it is recorded in the case.</source>
      <translation>Het origineel is opgeslagen. Bewaar de kopie veilig; het opslaan is in de zaak vastgelegd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="517" />
      <source>Remove evidence</source>
      <translation>Bewijs verwijderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="518" />
      <source>Why is this evidence removed from the case? It stays visible in the history.</source>
      <translation>Waarom wordt dit bewijs uit de zaak verwijderd? Het blijft zichtbaar in de geschiedenis.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="79" />
      <source>Correct evidence details</source>
      <translation>Gegevens van bewijs corrigeren</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="82" />
      <source>Reason for the correction</source>
      <translation>Reden van de correctie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="83" />
      <source>Why is this corrected? (required)</source>
      <translation>Waarom wordt dit gecorrigeerd? (verplicht)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence.py" line="92" />
      <source>Reason:</source>
      <translation>Reden:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="100" />
      <source>Time &amp;unknown</source>
      <translation>Tijdstip &amp;onbekend</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="101" />
      <source>Time of the post unknown</source>
      <translation>Tijdstip van het bericht onbekend</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="102" />
      <source>Tick when it is not known when the message was sent or posted</source>
      <translation>Vink aan als niet bekend is wanneer het bericht is verstuurd of geplaatst</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="112" />
      <source>Time of capture</source>
      <translation>Tijdstip van vastleggen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="113" />
      <source>When the screenshot was made or the post was seen</source>
      <translation>Wanneer de schermafbeelding is gemaakt of het bericht is gezien</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="121" />
      <source>Captured by</source>
      <translation>Vastgelegd door</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="122" />
      <source>you, unless someone else made the screenshot</source>
      <translation>u, tenzij iemand anders de schermafbeelding maakte</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="132" />
      <source>Platform:</source>
      <translation>Platform:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="133" />
      <source>Post URL:</source>
      <translation>URL van het bericht:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="134" />
      <source>Profile URL or handle:</source>
      <translation>Profiel-URL of gebruikersnaam:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="135" />
      <source>Time of the post:</source>
      <translation>Tijdstip van het bericht:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="136" />
      <source>Captured on:</source>
      <translation>Vastgelegd op:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="137" />
      <source>Captured by:</source>
      <translation>Vastgelegd door:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="138" />
      <source>Description:</source>
      <translation>Beschrijving:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="138" />
      <source>Note:</source>
      <translation>Toelichting:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="239" />
      <source>Record a description of evidence</source>
      <translation>Beschrijving van bewijs vastleggen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="239" />
      <source>Add evidence</source>
      <translation>Bewijs toevoegen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="244" />
      <source>Describe what the evidence shows, where it was seen and who saw it. No file is stored.</source>
      <translation>Beschrijf wat het bewijs laat zien, waar het te zien was en wie het zag. Er wordt geen bestand bewaard.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="250" />
      <source>No file chosen</source>
      <translation>Geen bestand gekozen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="252" />
      <source>Chosen file</source>
      <translation>Gekozen bestand</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="253" />
      <source>&amp;Choose files…</source>
      <translation>&amp;Bestanden kiezen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="254" />
      <source>Choose files</source>
      <translation>Bestanden kiezen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="265" />
      <source>Problem</source>
      <translation>Probleem</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="272" />
      <source>What became of each file</source>
      <translation>Wat er met elk bestand gebeurde</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="301" />
      <source>Choose evidence</source>
      <translation>Bewijs kiezen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="303" />
      <source>Screenshots, documents and videos (%1)</source>
      <translation>Schermafbeeldingen, documenten en video’s (%1)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="332" />
      <source>Write a description.</source>
      <translation>Schrijf een beschrijving.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="342" />
      <source>Choose a file first.</source>
      <translation>Kies eerst een bestand.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="350" />
      <source>Adding…</source>
      <translation>Bezig met toevoegen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="368" />
      <source>Adding file %1 of %2…</source>
      <translation>Bestand %1 van %2 wordt toegevoegd…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="385" />
      <source>%1 file(s) kept, %2 refused:</source>
      <translation>%1 bestand(en) bewaard, %2 geweigerd:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="387" />
      <source>kept</source>
      <translation>bewaard</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="391" />
      <source>%1 files</source>
      <translation>%1 bestanden</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="81" />
      <source>The file could not be kept.</source>
      <translation>Het bestand kon niet worden bewaard.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="90" />
      <source>Platform</source>
      <translation>Platform</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="92" />
      <source>Post URL</source>
      <translation>URL van het bericht</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="95" />
      <source>Profile URL or handle</source>
      <translation>Profiel-URL of gebruikersnaam</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_intake.py" line="97" />
      <source>Time of the post</source>
      <translation>Tijdstip van het bericht</translation>
    </message>
  </context>
  <context>
    <name>EvidenceMoveDialog</name>
    <message>
      <location filename="../../udens_register/ui/evidence_move.py" line="38" />
      <source>Updating the register</source>
      <translation>Het register wordt bijgewerkt</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_move.py" line="41" />
      <source>The evidence is being moved into the register's encrypted file store. This happens once, after the update. If the app is stopped, it carries on next time.</source>
      <translation>De bewijsstukken worden naar de versleutelde bestandsopslag van het register verplaatst. Dit gebeurt één keer, na de update. Wordt het programma gestopt, dan gaat het de volgende keer verder.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_move.py" line="48" />
      <source>Evidence moved</source>
      <translation>Bewijsstukken verplaatst</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_move.py" line="51" />
      <source>Progress of moving the evidence</source>
      <translation>Voortgang van het verplaatsen van de bewijsstukken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/evidence_move.py" line="61" />
      <source>Evidence moved: %1 of %2</source>
      <translation>Bewijsstukken verplaatst: %1 van %2</translation>
    </message>
  </context>
  <context>
    <name>FileDialogTexts</name>
    <message>
      <location filename="../../udens_register/ui/file_dialog_texts.py" line="47" />
      <source>File</source>
      <translation>Bestand</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/file_dialog_texts.py" line="47" />
      <source>%1 file</source>
      <translation>%1-bestand</translation>
    </message>
  </context>
  <context>
    <name>Guard</name>
    <message>
      <location filename="../../udens_register/ui/guard.py" line="51" />
      <source>Unsaved input</source>
      <translation>Niet opgeslagen invoer</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/guard.py" line="52" />
      <source>You have typed something that is not saved yet.</source>
      <translation>U hebt iets ingevuld dat nog niet is opgeslagen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/guard.py" line="54" />
      <source>Keep it as a draft to go on later, or throw it away?</source>
      <translation>Bewaren als concept om later verder te gaan, of weggooien?</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/guard.py" line="56" />
      <source>Throw away what you typed?</source>
      <translation>Wat u hebt ingevuld weggooien?</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/guard.py" line="58" />
      <source>Go on &amp;editing</source>
      <translation>&amp;Verder invullen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/guard.py" line="59" />
      <source>&amp;Keep as draft</source>
      <translation>&amp;Bewaren als concept</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/guard.py" line="60" />
      <source>&amp;Throw away</source>
      <translation>&amp;Weggooien</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/guard.py" line="76" />
      <source>Draft</source>
      <translation>Concept</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/guard.py" line="77" />
      <source>There is a draft of %1. Go on with it?</source>
      <translation>Er is een concept van %1. Daarmee verdergaan?</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/guard.py" line="78" />
      <source>&amp;Go on with the draft</source>
      <translation>&amp;Verder met het concept</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/guard.py" line="79" />
      <source>&amp;Start afresh</source>
      <translation>&amp;Opnieuw beginnen</translation>
    </message>
  </context>
  <context>
    <name>IncidentForm</name>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="102" />
      <source>Add person to the incident</source>
      <translation>Persoon aan het incident toevoegen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="106" />
      <source>Search by name, student number or class</source>
      <translation>Zoek op naam, leerlingnummer of klas</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="107" />
      <source>Search persons</source>
      <translation>Personen zoeken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="109" />
      <source>Persons found</source>
      <translation>Gevonden personen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="113" />
      <source>Or record a new person</source>
      <translation>Of leg een nieuwe persoon vast</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="120" />
      <source>Kind of person</source>
      <translation>Soort persoon</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="122" />
      <source>First name</source>
      <translation>Roepnaam</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="124" />
      <source>Infix (tussenvoegsel)</source>
      <translation>Tussenvoegsel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="126" />
      <source>Last name</source>
      <translation>Achternaam</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="128" />
      <source>Student number</source>
      <translation>Leerlingnummer</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="130" />
      <source>Class</source>
      <translation>Klas</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="131" />
      <source>Known</source>
      <translation>Bekend</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="132" />
      <source>Date of birth known</source>
      <translation>Geboortedatum bekend</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="134" />
      <source>Date of birth</source>
      <translation>Geboortedatum</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="140" />
      <source>Date of birth:</source>
      <translation>Geboortedatum:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="143" />
      <source>Kind:</source>
      <translation>Soort:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="144" />
      <source>First name:</source>
      <translation>Roepnaam:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="145" />
      <source>Infix:</source>
      <translation>Tussenvoegsel:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="146" />
      <source>Last name:</source>
      <translation>Achternaam:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="147" />
      <source>Student number:</source>
      <translation>Leerlingnummer:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="148" />
      <source>Class:</source>
      <translation>Klas:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="154" />
      <source>Roles in this incident</source>
      <translation>Rollen bij dit incident</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="214" />
      <source>Tick at least one role.</source>
      <translation>Vink minstens één rol aan.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="235" />
      <source>Choose a person from the list, or record a new person.</source>
      <translation>Kies een persoon uit de lijst of leg een nieuwe persoon vast.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="265" />
      <source>New incident</source>
      <translation>Nieuw incident</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="269" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="274" />
      <source>— choose a category —</source>
      <translation>— kies een categorie —</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="276" />
      <source>Category</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="287" />
      <source>Other</source>
      <translation>Anders</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="291" />
      <source>Choose or type the platform (leave empty if unknown)</source>
      <translation>Kies of typ het platform (leeg laten als het onbekend is)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="292" />
      <source>Platform</source>
      <translation>Platform</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="295" />
      <source>Reported on</source>
      <translation>Gemeld op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="297" />
      <source>Date of the incident known</source>
      <translation>Datum van het incident bekend</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="300" />
      <source>Happened on</source>
      <translation>Gebeurd op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="304" />
      <source>Description</source>
      <translation>Omschrijving</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="305" />
      <source>What happened, where, and who saw it. Facts, not opinions.</source>
      <translation>Wat er gebeurde, waar, en wie het zag. Feiten, geen meningen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="316" />
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="318" />
      <source>&amp;Category:</source>
      <translation>&amp;Categorie:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="320" />
      <source>Further categories:</source>
      <translation>Verdere categorieën:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="321" />
      <source>Sexual images of a minor?</source>
      <translation>Seksuele beelden van een minderjarige?</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="323" />
      <source>&amp;Platform:</source>
      <translation>&amp;Platform:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="324" />
      <source>&amp;Reported on:</source>
      <translation>&amp;Gemeld op:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="326" />
      <source>&amp;Happened on:</source>
      <translation>Ge&amp;beurd op:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="330" />
      <source>&amp;Description:</source>
      <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="333" />
      <source>Persons in this incident</source>
      <translation>Betrokkenen bij dit incident</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="335" />
      <source>&amp;Add person…</source>
      <translation>Persoon &amp;toevoegen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="336" />
      <source>Add person</source>
      <translation>Persoon toevoegen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="338" />
      <source>Re&amp;move person</source>
      <translation>Persoon &amp;verwijderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="339" />
      <source>Remove person</source>
      <translation>Persoon verwijderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="345" />
      <source>Persons and roles</source>
      <translation>Betrokkenen en rollen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="432" />
      <source>Answer first whether sexual images of a minor are involved: such images are never kept.</source>
      <translation>Geef eerst aan of het om seksuele beelden van een minderjarige gaat: zulke beelden worden nooit bewaard.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="435" />
      <source>Give the incident a short title.</source>
      <translation>Geef het incident een korte titel.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="436" />
      <source>Choose the category of the incident.</source>
      <translation>Kies de categorie van het incident.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="437" />
      <source>The report date cannot be in the future.</source>
      <translation>De meldingsdatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="438" />
      <source>The incident cannot have happened after it was reported, or in the future.</source>
      <translation>Het incident kan niet na de melding of in de toekomst zijn gebeurd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/incident_form.py" line="446" />
      <source>Please check this field.</source>
      <translation>Controleer dit veld.</translation>
    </message>
  </context>
  <context>
    <name>IncidentTableModel</name>
    <message>
      <location filename="../../udens_register/ui/models.py" line="161" />
      <source>Found: %1</source>
      <translation>Gevonden: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/models.py" line="175" />
      <source>Case</source>
      <translation>Zaak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/models.py" line="176" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/models.py" line="177" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/models.py" line="178" />
      <source>Category</source>
      <translation>Categorie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/models.py" line="179" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/models.py" line="180" />
      <source>Open actions</source>
      <translation>Open acties</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/models.py" line="181" />
      <source>Found</source>
      <translation>Gevonden</translation>
    </message>
  </context>
  <context>
    <name>Main</name>
    <message>
      <location filename="../../udens_register/ui/instance_lock.py" line="63" />
      <source>This register was opened on the computer '%1' on %2 and not closed there. If it is certainly not open there any more (for example after a crash), you can take it over. Take it over?</source>
      <translation>Dit register is op de computer '%1' geopend op %2 en daar niet afgesloten. Als het daar zeker niet meer open is (bijvoorbeeld na een vastloper), kunt u het overnemen. Overnemen?</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/instance_lock.py" line="78" />
      <source>Udens Register is already open for this register. Switch to that window.</source>
      <translation>Udens Register is al geopend voor dit register. Ga naar dat venster.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="131" />
      <source>Main toolbar</source>
      <translation>Werkbalk</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="65" />
      <source>&amp;New incident…</source>
      <translation>&amp;Nieuw incident…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="66" />
      <source>&amp;Import pupils…</source>
      <translation>Leerlingen &amp;importeren…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="67" />
      <source>Case file as &amp;PDF…</source>
      <translation>Dossier als &amp;pdf…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="68" />
      <source>Period &amp;report…</source>
      <translation>Periode&amp;overzicht…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="69" />
      <source>C&amp;heck a case file…</source>
      <translation>Dossier &amp;controleren…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="70" />
      <source>&amp;Disclosures…</source>
      <translation>&amp;Verstrekkingen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="71" />
      <source>&amp;Export register (JSON, AVG)…</source>
      <translation>Register &amp;exporteren (JSON, AVG)…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="72" />
      <source>Make a &amp;backup…</source>
      <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="73" />
      <source>Coordinators and &amp;keys…</source>
      <translation>Coördinatoren en &amp;sleutels…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="74" />
      <source>&amp;Retention: delete old cases…</source>
      <translation>Be&amp;waartermijn: oude zaken verwijderen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="75" />
      <source>&amp;Lock</source>
      <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="76" />
      <source>&amp;Settings…</source>
      <translation>&amp;Instellingen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="77" />
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="78" />
      <source>&amp;Find</source>
      <translation>&amp;Zoeken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="79" />
      <source>Protocol &amp;decision…</source>
      <translation>&amp;Besluit volgens protocol…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="80" />
      <source>Case &amp;note…</source>
      <translation>&amp;Notitie…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="81" />
      <source>Add e&amp;vidence…</source>
      <translation>Be&amp;wijs toevoegen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="82" />
      <source>C&amp;orrect case…</source>
      <translation>Zaak c&amp;orrigeren…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="83" />
      <source>&amp;Close case…</source>
      <translation>Zaak af&amp;sluiten…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="84" />
      <source>Record the director's &amp;review…</source>
      <translation>Beoordeling door de directie &amp;vastleggen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="85" />
      <source>Legal &amp;hold (police case pending)…</source>
      <translation>&amp;Vasthouden (lopende politiezaak)…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="86" />
      <source>Follow-up &amp;actions…</source>
      <translation>Vervolg&amp;acties…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="87" />
      <source>&amp;Persons…</source>
      <translation>&amp;Personen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="88" />
      <source>Social Media &amp;Protocol</source>
      <translation>Social Media &amp;Protocol</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="89" />
      <source>&amp;About Udens Register</source>
      <translation>&amp;Over Udens Register</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="96" />
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="96" />
      <source>&amp;Edit</source>
      <translation>Be&amp;werken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="96" />
      <source>&amp;Case</source>
      <translation>&amp;Zaak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/actions.py" line="96" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/main_window/case_pane.py" line="180" />
      <source>Evidence (%n to destroy)</source>
      <translation>
        <numerusform>Bewijs (%n te vernietigen)</numerusform>
        <numerusform>Bewijs (%n te vernietigen)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/case_pane.py" line="64" />
      <source>Case</source>
      <translation>Zaak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/case_pane.py" line="77" />
      <source>Case file</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/case_pane.py" line="82" />
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/case_pane.py" line="83" />
      <source>Evidence</source>
      <translation>Bewijs</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/case_pane.py" line="84" />
      <source>Involved</source>
      <translation>Betrokkenen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/case_pane.py" line="84" />
      <source>Persons involved, measures and communication</source>
      <translation>Betrokkenen, maatregelen en communicatie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/case_pane.py" line="85" />
      <source>Review</source>
      <translation>Beoordeling</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="109" />
      <source>Select an incident first.</source>
      <translation>Kies eerst een incident.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="123" />
      <source>Decision recorded.</source>
      <translation>Besluit vastgelegd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="139" />
      <source>Backups still hold the files</source>
      <translation>Back-ups bevatten de bestanden nog</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="140" />
      <source>The destroyed files are still in these backups of case %1:
%2

Remove these backups now? A new backup without the files is made first.</source>
      <translation>De vernietigde bestanden staan nog in deze back-ups van zaak %1:
%2

Deze back-ups nu verwijderen? Eerst wordt een nieuwe back-up zonder de bestanden gemaakt.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="149" />
      <source>Backups removed: %1.</source>
      <translation>Back-ups verwijderd: %1.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="158" />
      <source>Release the legal hold? The case can then be deleted after the retention term. Why?</source>
      <translation>Het vasthouden opheffen? De zaak kan dan na de bewaartermijn worden verwijderd. Waarom?</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="160" />
      <source>Keep this case beyond the retention term while a police case is pending. Why?</source>
      <translation>Deze zaak na de bewaartermijn bewaren zolang er een politiezaak loopt. Waarom?</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="162" />
      <source>Legal hold</source>
      <translation>Vasthouden</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="177" />
      <source>Make a backup</source>
      <translation>Back-up maken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="178" />
      <source>A backup on the laptop's own disk is lost or stolen together with the laptop and the register. Plug in a USB stick or external disk and look again, or choose a folder anyway.</source>
      <translation>Een back-up op de schijf van de laptop zelf raakt u samen met het register kwijt als de laptop kapotgaat of gestolen wordt. Steek een USB-stick of externe schijf in en zoek opnieuw, of kies toch een map.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="187" />
      <source>Backups (*.backup)</source>
      <translation>Back-ups (*.backup)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="207" />
      <source>%1 case(s) deleted for good.</source>
      <translation>%1 zaak/zaken definitief verwijderd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="209" />
      <source>%1 safety copy(ies) in the register folder removed: they still held the deleted cases.</source>
      <translation>%1 veiligheidskopie(ën) in de registermap verwijderd: daar stonden de verwijderde zaken nog in.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="222" />
      <source>Register damaged</source>
      <translation>Register beschadigd</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="223" />
      <source>The register is damaged. Restore the newest backup (%1)? The damaged files are kept aside.</source>
      <translation>Het register is beschadigd. De nieuwste back-up (%1) terugzetten? De beschadigde bestanden worden apart bewaard.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="246" />
      <source>Case file saved.</source>
      <translation>Dossier opgeslagen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="359" />
      <source>Case closed.</source>
      <translation>Zaak afgesloten.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="369" />
      <source>Review recorded.</source>
      <translation>Beoordeling vastgelegd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="389" />
      <source>Incident %1 recorded.</source>
      <translation>Incident %1 vastgelegd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="397" />
      <source>Export register</source>
      <translation>Register exporteren</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="397" />
      <source>JSON files (*.json)</source>
      <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="433" />
      <source>About Udens Register</source>
      <translation>Over Udens Register</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/commands.py" line="434" />
      <source>&lt;h3&gt;Udens Register %1&lt;/h3&gt;&lt;p&gt;The encrypted register of social-media incidents of the Udens College, following the school's Social Media Protocol.&lt;/p&gt;&lt;p&gt;Everything is kept encrypted on this computer.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Udens Register %1&lt;/h3&gt;&lt;p&gt;Het versleutelde register van incidenten op sociale media van het Udens College, volgens het Social Media Protocol van de school.&lt;/p&gt;&lt;p&gt;Alles wordt versleuteld op deze computer bewaard.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="101" />
      <source>Number of incidents</source>
      <translation>Aantal incidenten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="103" />
      <source>More filters</source>
      <translation>Meer filters</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="107" />
      <source>Filter by platform</source>
      <translation>Filteren op platform</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="108" />
      <source>All platforms</source>
      <translation>Alle platforms</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="113" />
      <source>Filter by role</source>
      <translation>Filteren op rol</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="114" />
      <source>All roles</source>
      <translation>Alle rollen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="117" />
      <source>From</source>
      <translation>Vanaf</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="118" />
      <source>To</source>
      <translation>Tot en met</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="120" />
      <source>Class, e.g. 2H1</source>
      <translation>Klas, bijv. 2H1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="121" />
      <source>Filter by class</source>
      <translation>Filteren op klas</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="125" />
      <source>Remove the person filter</source>
      <translation>Persoonsfilter weghalen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="130" />
      <source>From:</source>
      <translation>Vanaf:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="130" />
      <source>To:</source>
      <translation>T/m:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="142" />
      <source>Incidents</source>
      <translation>Incidenten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="179" />
      <source>Where to start</source>
      <translation>Waar u begint</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="254" />
      <source>Person: %1 ✕</source>
      <translation>Persoon: %1 ✕</translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="291" />
      <source>%n incident(s)</source>
      <translation>
        <numerusform>%n incident</numerusform>
        <numerusform>%n incidenten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="305" />
      <source>No incidents recorded yet</source>
      <translation>Nog geen incidenten vastgelegd</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="306" />
      <source>Record a report with &lt;b&gt;Ctrl+N&lt;/b&gt; (&lt;i&gt;File → New incident&lt;/i&gt;).</source>
      <translation>Leg een melding vast met &lt;b&gt;Ctrl+N&lt;/b&gt; (&lt;i&gt;Bestand → Nieuw incident&lt;/i&gt;).</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="307" />
      <source>Tip: import the pupils first with &lt;b&gt;Ctrl+I&lt;/b&gt; (a CSV export from Magister, Somtoday or ParnasSys), so you can choose them by name.</source>
      <translation>Tip: importeer eerst de leerlingen met &lt;b&gt;Ctrl+I&lt;/b&gt; (een CSV-export uit Magister, Somtoday of ParnasSys), dan kiest u ze op naam.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="309" />
      <source>The Social Media Protocol is always at hand with &lt;b&gt;F1&lt;/b&gt;.</source>
      <translation>Het Social Media Protocol hebt u altijd bij de hand met &lt;b&gt;F1&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="312" />
      <source>No incident matches this search or filter.</source>
      <translation>Geen incident past bij deze zoekopdracht of dit filter.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="72" />
      <source>Search case number, title or description (Ctrl+F)</source>
      <translation>Zoek op zaaknummer, titel of omschrijving (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="73" />
      <source>Search incidents</source>
      <translation>Incidenten zoeken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="78" />
      <source>Filter by status</source>
      <translation>Filteren op status</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="79" />
      <source>All statuses</source>
      <translation>Alle statussen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="85" />
      <source>Awaiting review</source>
      <translation>Wacht op beoordeling</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="88" />
      <source>A directie case file was issued and no review of the director was recorded after it.</source>
      <translation>Er is een dossier voor de directie verstrekt en daarna geen beoordeling door de directie vastgelegd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="92" />
      <source>Filter by category</source>
      <translation>Filteren op categorie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/incident_list.py" line="93" />
      <source>All categories</source>
      <translation>Alle categorieën</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="101" />
      <source>Read-only (alleen-lezen): this register is on a medium or in a folder that cannot be written. You can view cases and export the register; nothing can be changed.</source>
      <translation>Alleen-lezen: dit register staat op een medium of in een map waarop niet geschreven kan worden. U kunt zaken bekijken en het register exporteren; wijzigen kan niet.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="172" />
      <source>Overdue actions</source>
      <translation>Acties die te laat zijn</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="183" />
      <source>Stored images of minors</source>
      <translation>Opgeslagen beelden van minderjarigen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="195" />
      <source>Read-only register</source>
      <translation>Register alleen-lezen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="218" />
      <source>Unlocked by</source>
      <translation>Ontgrendeld door</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="220" />
      <source>Register folder</source>
      <translation>Registermap</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="225" />
      <source>Working</source>
      <translation>Bezig</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="244" />
      <source>Locked</source>
      <translation>Vergrendeld</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="253" />
      <source>recovery key</source>
      <translation>herstelsleutel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="254" />
      <source>Unlocked by: %1</source>
      <translation>Ontgrendeld door: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/main_window/window.py" line="275" />
      <source>%n follow-up action(s) past the due date. Open the actions with Ctrl+Shift+A.</source>
      <translation>
        <numerusform>%n vervolgactie is te laat (de termijn is verstreken). Open de acties met Ctrl+Shift+A.</numerusform>
        <numerusform>%n vervolgacties zijn te laat (de termijn is verstreken). Open de acties met Ctrl+Shift+A.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="281" />
      <source>Show the overdue actions</source>
      <translation>Toon de te late acties</translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/main_window/window.py" line="294" />
      <source>%n case(s) concerning sexual images of a minor still hold stored files (%1). Keeping them is an offence: destroy them on each case's Evidence tab.</source>
      <translation>
        <numerusform>%n zaak over seksuele beelden van een minderjarige bewaart nog opgeslagen bestanden (%1). Bewaren is strafbaar: vernietig ze op het tabblad Bewijs van de zaak.</numerusform>
        <numerusform>%n zaken over seksuele beelden van een minderjarige bewaren nog opgeslagen bestanden (%1). Bewaren is strafbaar: vernietig ze op het tabblad Bewijs van elke zaak.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="301" />
      <source>Open the first case</source>
      <translation>Eerste zaak openen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="326" />
      <source>Backup made: %1</source>
      <translation>Back-up gemaakt: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/main_window/window.py" line="328" />
      <source>Exported to %1</source>
      <translation>Geëxporteerd naar %1</translation>
    </message>
  </context>
  <context>
    <name>Notes</name>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="103" />
      <source>When it happened</source>
      <translation>Wanneer het gebeurde</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="105" />
      <source>With whom</source>
      <translation>Met wie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="106" />
      <source>e.g. the mother of the pupil, the mentor, the pupil</source>
      <translation>bijv. de moeder van de leerling, de mentor, de leerling</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="109" />
      <source>What was said or seen</source>
      <translation>Wat er gezegd of gezien is</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="110" />
      <source>What was said, agreed or seen</source>
      <translation>Wat er gezegd, afgesproken of gezien is</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="112" />
      <source>Reason for the correction</source>
      <translation>Reden van de correctie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="113" />
      <source>Why is this corrected? (required)</source>
      <translation>Waarom wordt dit gecorrigeerd? (verplicht)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="118" />
      <source>&amp;Kind:</source>
      <translation>&amp;Soort:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="119" />
      <source>W&amp;hen:</source>
      <translation>W&amp;anneer:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="120" />
      <source>&amp;With whom:</source>
      <translation>&amp;Met wie:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="121" />
      <source>&amp;Note:</source>
      <translation>&amp;Notitie:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="123" />
      <source>&amp;Reason:</source>
      <translation>&amp;Reden:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="152" />
      <source>Discard what you wrote in this note?</source>
      <translation>Wat u in deze notitie schreef weggooien?</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="187" />
      <source>The moment cannot be in the future.</source>
      <translation>Het moment kan niet in de toekomst liggen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="188" />
      <source>Write what was said or seen.</source>
      <translation>Schrijf op wat er gezegd of gezien is.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="189" />
      <source>A correction needs a reason.</source>
      <translation>Een correctie heeft een reden nodig.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="206" />
      <source>Case notes</source>
      <translation>Notities bij de zaak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="214" />
      <source>No notes yet. Write down a phone call, a conversation or what you saw (Ctrl+Shift+N).</source>
      <translation>Nog geen notities. Leg een telefoongesprek, een gesprek of een waarneming vast (Ctrl+Shift+N).</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="223" />
      <source>&amp;New note…</source>
      <translation>&amp;Nieuwe notitie…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="224" />
      <source>C&amp;orrect note…</source>
      <translation>Notitie c&amp;orrigeren…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="225" />
      <source>Re&amp;move note…</source>
      <translation>Notitie &amp;verwijderen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="251" />
      <source>by %1</source>
      <translation>door %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="258" />
      <source>removed: %1</source>
      <translation>verwijderd: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="300" />
      <source>Remove note</source>
      <translation>Notitie verwijderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="300" />
      <source>Why is this note removed? It stays visible in the history.</source>
      <translation>Waarom wordt deze notitie verwijderd? Ze blijft zichtbaar in de geschiedenis.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="94" />
      <source>Correct note</source>
      <translation>Notitie corrigeren</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="94" />
      <source>New case note</source>
      <translation>Nieuwe notitie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/notes.py" line="98" />
      <source>Kind of note</source>
      <translation>Soort notitie</translation>
    </message>
  </context>
  <context>
    <name>Parents</name>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="116" />
      <source>Parents of %1</source>
      <translation>Ouders/verzorgers van %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="132" />
      <source>reason: %1</source>
      <translation>reden: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="151" />
      <source>New parent/guardian</source>
      <translation>Nieuwe ouder/verzorger</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="157" />
      <source>e.g. 06-12345678</source>
      <translation>bijv. 06-12345678</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="159" />
      <source>e.g. name@example.nl</source>
      <translation>bijv. naam@voorbeeld.nl</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="162" />
      <source>Find a pupil by name, student number or class</source>
      <translation>Zoek een leerling op naam, leerlingnummer of klas</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="168" />
      <source>First name</source>
      <translation>Voornaam</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="169" />
      <source>Infix</source>
      <translation>Tussenvoegsel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="170" />
      <source>Last name</source>
      <translation>Achternaam</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="171" />
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="172" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="173" />
      <source>Find a pupil</source>
      <translation>Zoek een leerling</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="174" />
      <source>Pupils of this parent</source>
      <translation>Leerlingen van deze ouder/verzorger</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="184" />
      <source>&amp;First name:</source>
      <translation>&amp;Voornaam:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="185" />
      <source>&amp;Infix:</source>
      <translation>&amp;Tussenvoegsel:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="186" />
      <source>&amp;Last name:</source>
      <translation>&amp;Achternaam:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="187" />
      <source>&amp;Phone:</source>
      <translation>Tele&amp;foon:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="188" />
      <source>&amp;E-mail:</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="189" />
      <source>&amp;Relation to the pupil(s):</source>
      <translation>&amp;Relatie tot de leerling(en):</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="190" />
      <source>Pu&amp;pils:</source>
      <translation>&amp;Leerlingen:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="232" />
      <source>A name is required.</source>
      <translation>Een naam is verplicht.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="234" />
      <source>This parent is already in the register (same name and phone or e-mail): link them instead.</source>
      <translation>Deze ouder/verzorger staat al in het register (zelfde naam en telefoon of e-mail): koppel die in plaats daarvan.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="262" />
      <source>Remove link</source>
      <translation>Koppeling verwijderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="262" />
      <source>Change relation</source>
      <translation>Relatie wijzigen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="264" />
      <source>Remove the link between %1 and %2? The parent stays recorded; the link as it was stays in the history.</source>
      <translation>De koppeling tussen %1 en %2 verwijderen? De ouder/verzorger blijft vastgelegd; de koppeling zoals die was blijft in de geschiedenis.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="266" />
      <source>What is %1 to %2?</source>
      <translation>Wat is %1 van %2?</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="272" />
      <source>Why? (required, kept in the history)</source>
      <translation>Waarom? (verplicht, blijft in de geschiedenis)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="273" />
      <source>Reason</source>
      <translation>Reden</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="277" />
      <source>&amp;Remove link</source>
      <translation>Koppeling &amp;verwijderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="277" />
      <source>&amp;Save</source>
      <translation>&amp;Opslaan</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="288" />
      <source>&amp;Relation:</source>
      <translation>&amp;Relatie:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="291" />
      <source>R&amp;eason:</source>
      <translation>R&amp;eden:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="306" />
      <source>A reason is required.</source>
      <translation>Een reden is verplicht.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="64" />
      <source>parent/guardian</source>
      <translation>ouder/verzorger</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="70" />
      <source>This is not a phone number (digits, spaces, + - ( ) only, at least 6 digits).</source>
      <translation>Dit is geen telefoonnummer (alleen cijfers, spaties, + - ( ), minstens 6 cijfers).</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="71" />
      <source>This is not an e-mail address.</source>
      <translation>Dit is geen e-mailadres.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="81" />
      <source>Relation</source>
      <translation>Relatie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="87" />
      <source>tel. %1</source>
      <translation>tel. %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="91" />
      <source>no phone or e-mail recorded</source>
      <translation>geen telefoon of e-mail vastgelegd</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/parents.py" line="97" />
      <source>No parent or guardian recorded for %1. Add one in Persons (Ctrl+P): select the pupil and choose New parent/guardian… or Link a parent…</source>
      <translation>Geen ouder/verzorger vastgelegd voor %1. Voeg er een toe bij Personen (Ctrl+P): kies de leerling en dan Nieuwe ouder/verzorger… of Ouder koppelen…</translation>
    </message>
  </context>
  <context>
    <name>PdfExport</name>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="100" />
      <source>Use at least 8 characters.</source>
      <translation>Gebruik minstens 8 tekens.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="103" />
      <source>The two passwords are not the same.</source>
      <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="135" />
      <source>Preview — %1</source>
      <translation>Voorbeeld — %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="138" />
      <source>Preview</source>
      <translation>Voorbeeld</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="139" />
      <source>Protect with a &amp;password (AES-256)</source>
      <translation>Beveiligen met een &amp;wachtwoord (AES-256)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="140" />
      <source>Protect with a password</source>
      <translation>Beveiligen met een wachtwoord</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="142" />
      <source>&amp;Save…</source>
      <translation>&amp;Opslaan…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="144" />
      <source>Save</source>
      <translation>Opslaan</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="146" />
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="151" />
      <source>Saving the PDF</source>
      <translation>PDF wordt opgeslagen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="153" />
      <source>Saving the PDF…</source>
      <translation>PDF wordt opgeslagen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="185" />
      <source>Save PDF</source>
      <translation>Pdf opslaan</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="187" />
      <source>PDF files (*.pdf)</source>
      <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="260" />
      <source>Case file %1 as PDF</source>
      <translation>Dossier %1 als pdf</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="262" />
      <source>Department director (complete)</source>
      <translation>Afdelingsdirecteur (volledig)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="263" />
      <source>Police (facts, persons, evidence)</source>
      <translation>Politie (feiten, betrokkenen, bewijs)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="265" />
      <source>Right of access for one person (others pseudonymised)</source>
      <translation>Inzage voor één persoon (anderen gepseudonimiseerd)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="267" />
      <source>Intended reader</source>
      <translation>Bestemd voor</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="269" />
      <source>Person</source>
      <translation>Persoon</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="274" />
      <source>Name staff members (otherwise by their role)</source>
      <translation>Medewerkers bij naam noemen (anders bij hun rol)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="276" />
      <source>Include the case &amp;notes (phone calls, conversations)</source>
      <translation>&amp;Notities meenemen (telefoongesprekken, gesprekken)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="277" />
      <source>Include the case notes</source>
      <translation>Notities meenemen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="279" />
      <source>The director's version always holds the notes; the police version only when ticked.</source>
      <translation>De versie voor de afdelingsdirecteur bevat de notities altijd; de politieversie alleen als dit is aangevinkt.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="288" />
      <source>Making the PDF</source>
      <translation>De pdf wordt gemaakt</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="290" />
      <source>&amp;Preview</source>
      <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="294" />
      <source>&amp;Reader:</source>
      <translation>&amp;Bestemd voor:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="295" />
      <source>&amp;Person:</source>
      <translation>&amp;Persoon:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="298" />
      <source>&amp;Issued to:</source>
      <translation>&amp;Verstrekt aan:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="316" />
      <source>Say to whom the case file is issued.</source>
      <translation>Vul in aan wie het dossier wordt verstrekt.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="405" />
      <source>Period report</source>
      <translation>Periodeoverzicht</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="409" />
      <source>From</source>
      <translation>Vanaf</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="409" />
      <source>To</source>
      <translation>Tot en met</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="411" />
      <source>The report holds counts and charts only: no names and no case descriptions.</source>
      <translation>Het overzicht bevat alleen aantallen en grafieken: geen namen en geen beschrijvingen van zaken.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="422" />
      <source>&amp;From:</source>
      <translation>&amp;Vanaf:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="423" />
      <source>&amp;To:</source>
      <translation>&amp;Tot en met:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="437" />
      <source>The end of the period is before its start.</source>
      <translation>Het einde van de periode ligt voor het begin.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="64" />
      <source>Issued to</source>
      <translation>Verstrekt aan</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="73" />
      <source>Protect the PDF with a password</source>
      <translation>De pdf beveiligen met een wachtwoord</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="76" />
      <source>Password</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="79" />
      <source>Repeat password</source>
      <translation>Herhaal wachtwoord</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="82" />
      <source>Give the password to the reader by another route than the file (by phone, in person).</source>
      <translation>Geef het wachtwoord op een andere manier dan het bestand aan de lezer (telefonisch, persoonlijk).</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="91" />
      <source>&amp;Password:</source>
      <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pdf_export.py" line="92" />
      <source>&amp;Repeat:</source>
      <translation>&amp;Herhalen:</translation>
    </message>
  </context>
  <context>
    <name>Persons</name>
    <message>
      <location filename="../../udens_register/ui/import_mapping.py" line="102" />
      <source>Needed: %1.</source>
      <translation>Nodig: %1.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_mapping.py" line="114" />
      <source>(not imported)</source>
      <translation>(niet importeren)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_mapping.py" line="121" />
      <source>e.g. %1</source>
      <translation>bijv. %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_mapping.py" line="141" />
      <source>%1 or %2</source>
      <translation>%1 of %2</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_mapping.py" line="161" />
      <source>Each field can be one column only: %1 is chosen more than once.</source>
      <translation>Elk gegeven hoort bij één kolom: %1 is vaker gekozen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_mapping.py" line="166" />
      <source>Choose the column that holds: %1.</source>
      <translation>Kies de kolom met: %1.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_mapping.py" line="57" />
      <source>For each column of the file, choose what it holds; a column set to (not imported) is left out. The example is the column's value in the first row.</source>
      <translation>Kies per kolom van het bestand wat die bevat; een kolom op (niet importeren) blijft buiten de import. Het voorbeeld is de waarde in de eerste rij.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_mapping.py" line="65" />
      <source>What is wrong with the choice</source>
      <translation>Wat er niet klopt aan de keuze</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_mapping.py" line="72" />
      <source>Columns of the file</source>
      <translation>Kolommen van het bestand</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_mapping.py" line="74" />
      <source>Remember this choice for files with these column names (only the column names are kept)</source>
      <translation>Deze keuze onthouden voor bestanden met deze kolomnamen (alleen de kolomnamen worden bewaard)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_mapping.py" line="79" />
      <source>&amp;Use these columns</source>
      <translation>Deze kolommen &amp;gebruiken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_mapping.py" line="81" />
      <source>&amp;Back</source>
      <translation>&amp;Terug</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="100" />
      <source>line %1 %2</source>
      <translation>regel %1 %2</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="104" />
      <source>Empty cells left as they are in the register: %1.</source>
      <translation>Lege cellen, de waarde in het register blijft staan: %1.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="116" />
      <source>1 pupil of the register is not in this list: %2.</source>
      <translation>1 leerling uit het register staat niet in deze lijst: %2.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="118" />
      <source>%1 pupils of the register are not in this list: %2.</source>
      <translation>%1 leerlingen uit het register staan niet in deze lijst: %2.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="128" />
      <source>Something went wrong; nothing was changed.</source>
      <translation>Er ging iets mis; er is niets gewijzigd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="130" />
      <source>line %1: </source>
      <translation>regel %1: </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="135" />
      <source>The file is refused, nothing was imported: %1.</source>
      <translation>Het bestand is geweigerd, er is niets geïmporteerd: %1.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="137" />
      <source>The file is refused: 1 line with errors. Nothing was imported.</source>
      <translation>Het bestand is geweigerd: 1 regel met fouten. Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="139" />
      <source>The file is refused: %1 lines with errors. Nothing was imported.</source>
      <translation>Het bestand is geweigerd: %1 regels met fouten. Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="150" />
      <source>Pupils imported: %1 new, %2 updated, %3 marked as left (uitgeschreven) on %4.</source>
      <translation>Leerlingen geïmporteerd: %1 nieuw, %2 bijgewerkt, %3 uitgeschreven per %4.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="158" />
      <source>Parents imported: %1 new, %2 updated; %3.</source>
      <translation>Ouders/verzorgers geïmporteerd: %1 nieuw, %2 bijgewerkt; %3.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="164" />
      <source>Pupils imported: %1 new, %2 updated.</source>
      <translation>Leerlingen geïmporteerd: %1 nieuw, %2 bijgewerkt.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="174" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="174" />
      <source>Child (student number)</source>
      <translation>Kind (stamnummer)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="174" />
      <source>Student number</source>
      <translation>Leerlingnummer</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="175" />
      <source>Relation</source>
      <translation>Relatie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="175" />
      <source>Class</source>
      <translation>Klas</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="175" />
      <source>Phone, e-mail</source>
      <translation>Telefoon, e-mail</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="175" />
      <source>Date of birth</source>
      <translation>Geboortedatum</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="176" />
      <source>Change</source>
      <translation>Wijziging</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="183" />
      <source>new</source>
      <translation>nieuw</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="52" />
      <source>1 new link to a pupil</source>
      <translation>1 nieuwe koppeling aan een leerling</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="52" />
      <source>%1 new links to pupils</source>
      <translation>%1 nieuwe koppelingen aan leerlingen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="58" />
      <source>and %1 more</source>
      <translation>en nog %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="66" />
      <source>1 parent row</source>
      <translation>1 rij met ouders/verzorgers</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="66" />
      <source>%1 parent rows</source>
      <translation>%1 rijen met ouders/verzorgers</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="68" />
      <source>%1: %2 new, %3 changed, %4 unchanged; %5. Nothing is imported until you press Import.</source>
      <translation>%1: %2 nieuw, %3 gewijzigd, %4 ongewijzigd; %5. Er wordt niets geïmporteerd tot u op Importeren drukt.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="73" />
      <source>1 pupil</source>
      <translation>1 leerling</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="73" />
      <source>%1 pupils</source>
      <translation>%1 leerlingen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="75" />
      <source>%1: %2 new, %3 changed, %4 unchanged. Nothing is imported until you press Import.</source>
      <translation>%1: %2 nieuw, %3 gewijzigd, %4 ongewijzigd. Er wordt niets geïmporteerd tot u op Importeren drukt.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="81" />
      <source>Note: the column %1 belongs to a pupil list. If this is a list of pupils, choose Pupils at The file holds.</source>
      <translation>Let op: de kolom %1 hoort bij een leerlingenlijst. Is dit een lijst met leerlingen, kies dan bij Het bestand bevat: Leerlingen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="84" />
      <source>Note: the column %1 belongs to a list of parents. If this is a list of parents, choose Parents at The file holds.</source>
      <translation>Let op: de kolom %1 hoort bij een lijst met ouders/verzorgers. Is dit een lijst met ouders, kies dan bij Het bestand bevat: Ouders/verzorgers.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="87" />
      <source>The table shows the first %1 rows.</source>
      <translation>De tabel toont de eerste %1 rijen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="95" />
      <source>Columns as chosen (Columns… to change): %1.</source>
      <translation>Kolommen zoals gekozen (wijzigen met Kolommen…): %1.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/import_summary.py" line="97" />
      <source>Columns not imported: %1.</source>
      <translation>Kolommen niet geïmporteerd: %1.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="108" />
      <source>First name:</source>
      <translation>Roepnaam:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="109" />
      <source>Infix:</source>
      <translation>Tussenvoegsel:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="110" />
      <source>Last name:</source>
      <translation>Achternaam:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="111" />
      <source>Student number:</source>
      <translation>Leerlingnummer:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="112" />
      <source>Class:</source>
      <translation>Klas:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="117" />
      <source>Date of birth:</source>
      <translation>Geboortedatum:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="118" />
      <source>Phone:</source>
      <translation>Telefoon:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="119" />
      <source>E-mail:</source>
      <translation>E-mail:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="120" />
      <source>Reason:</source>
      <translation>Reden:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="144" />
      <source>A correction needs a reason.</source>
      <translation>Een correctie heeft een reden nodig.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="147" />
      <source>This student number is already in the register, or not for a pupil.</source>
      <translation>Dit leerlingnummer staat al in het register, of hoort niet bij een leerling.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="148" />
      <source>A name is required.</source>
      <translation>Een naam is verplicht.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="149" />
      <source>The date of birth cannot be in the future.</source>
      <translation>De geboortedatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="172" />
      <source>Persons</source>
      <translation>Personen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="174" />
      <source>Search by name, student number or class</source>
      <translation>Zoek op naam, leerlingnummer of klas</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="175" />
      <source>Search persons</source>
      <translation>Personen zoeken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="186" />
      <source>Case</source>
      <translation>Zaak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="186" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="186" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="186" />
      <source>Roles</source>
      <translation>Rollen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="186" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="188" />
      <source>Incidents of this person</source>
      <translation>Incidenten van deze persoon</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="195" />
      <source>Parents or children</source>
      <translation>Ouders of kinderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="197" />
      <source>Parents and guardians</source>
      <translation>Ouders en verzorgers</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="207" />
      <source>History of this person</source>
      <translation>Geschiedenis van deze persoon</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="209" />
      <source>&amp;New parent/guardian…</source>
      <translation>&amp;Nieuwe ouder/verzorger…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="210" />
      <source>New parent or guardian</source>
      <translation>Nieuwe ouder of verzorger</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="212" />
      <source>&amp;Link a parent…</source>
      <translation>Ouder &amp;koppelen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="213" />
      <source>Link a parent</source>
      <translation>Ouder koppelen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="215" />
      <source>C&amp;hange relation…</source>
      <translation>Relatie &amp;wijzigen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="216" />
      <source>Change the relation of the selected link</source>
      <translation>De relatie van de gekozen koppeling wijzigen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="218" />
      <source>Re&amp;move link…</source>
      <translation>Koppeling &amp;verwijderen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="219" />
      <source>Remove the selected link</source>
      <translation>De gekozen koppeling verwijderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="221" />
      <source>Co&amp;rrect…</source>
      <translation>Co&amp;rrigeren…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="222" />
      <source>Correct person</source>
      <translation>Persoon corrigeren</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="224" />
      <source>Show these &amp;incidents in the list</source>
      <translation>Deze &amp;incidenten in de lijst tonen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="225" />
      <source>Show these incidents in the list</source>
      <translation>Deze incidenten in de lijst tonen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="298" />
      <source>removed from case (was: %1)</source>
      <translation>uit zaak verwijderd (was: %1)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/persons.py" line="304" />
      <source>%n incident(s)</source>
      <translation>
        <numerusform>%n incident</numerusform>
        <numerusform>%n incidenten</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="308" />
      <source>History</source>
      <translation>Geschiedenis</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="315" />
      <source>, born %1</source>
      <translation>, geboren %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="318" />
      <source>tel. %1</source>
      <translation>tel. %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="323" />
      <source>Left the school on %1</source>
      <translation>Uitgeschreven op %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="337" />
      <source>Parent/guardian</source>
      <translation>Ouder/verzorger</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="339" />
      <source>none linked</source>
      <translation>niemand gekoppeld</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="340" />
      <source>Parents: %1</source>
      <translation>Ouders: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="353" />
      <source>Pupil</source>
      <translation>Leerling</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="358" />
      <source>Children: %1</source>
      <translation>Kinderen: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="410" />
      <source>Link a parent to %1</source>
      <translation>Ouder koppelen aan %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="412" />
      <source>Parents</source>
      <translation>Ouders</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="419" />
      <source>Not in the list? Close this and choose New parent/guardian….</source>
      <translation>Niet in de lijst? Sluit dit venster en kies Nieuwe ouder/verzorger….</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="427" />
      <source>&amp;Relation:</source>
      <translation>&amp;Relatie:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="79" />
      <source>Correct %1</source>
      <translation>%1 corrigeren</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="89" />
      <source>Why is this corrected? (required)</source>
      <translation>Waarom wordt dit gecorrigeerd? (verplicht)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="91" />
      <source>First name</source>
      <translation>Roepnaam</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="92" />
      <source>Infix</source>
      <translation>Tussenvoegsel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="93" />
      <source>Last name</source>
      <translation>Achternaam</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="96" />
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="97" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/persons.py" line="98" />
      <source>Reason for the correction</source>
      <translation>Reden van de correctie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="100" />
      <source>Pupils</source>
      <translation>Leerlingen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="103" />
      <source>Parents (student number of the child, names, relation, phone, e-mail)</source>
      <translation>Ouders/verzorgers (leerlingnummer van het kind, namen, relatie, telefoon, e-mail)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="105" />
      <source>What the file holds</source>
      <translation>Wat het bestand bevat</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="107" />
      <source>The file &amp;holds:</source>
      <translation>Het bestand &amp;bevat:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="109" />
      <source>No file chosen</source>
      <translation>Geen bestand gekozen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="111" />
      <source>&amp;Choose file…</source>
      <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="112" />
      <source>Choose file</source>
      <translation>Bestand kiezen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="115" />
      <source>Sheet</source>
      <translation>Werkblad</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="117" />
      <source>&amp;Sheet:</source>
      <translation>&amp;Werkblad:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="119" />
      <source>Co&amp;lumns…</source>
      <translation>Ko&amp;lommen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="120" />
      <source>Which column is which</source>
      <translation>Welke kolom is welke</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="136" />
      <source>Summary</source>
      <translation>Samenvatting</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="145" />
      <source>An empty cell clears the field (otherwise it is left as it is)</source>
      <translation>Een lege cel maakt het veld leeg (anders blijft de waarde staan)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="148" />
      <source>This is the full list: mark the pupils missing from it as left (uitgeschreven) on</source>
      <translation>Dit is de volledige lijst: de leerlingen die er niet in staan uitschrijven per</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="151" />
      <source>Left on</source>
      <translation>Uitgeschreven op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="160" />
      <source>Preview</source>
      <translation>Voorbeeld</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="180" />
      <source>Working</source>
      <translation>Bezig</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="187" />
      <source>&amp;Import</source>
      <translation>&amp;Importeren</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="228" />
      <source>Choose a list</source>
      <translation>Kies een lijst</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="228" />
      <source>Lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
      <translation>Lijsten (*.csv *.txt *.tsv *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="264" />
      <source>Reading the file and comparing it with the register…</source>
      <translation>Het bestand wordt gelezen en vergeleken met het register…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="265" />
      <source>Reading…</source>
      <translation>Lezen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="334" />
      <source>The first line of the file holds data, not column names (such as Stamnummer;Roepnaam;Achternaam). Export the list again with its header line. Nothing was imported.</source>
      <translation>De eerste regel van het bestand bevat gegevens, geen kolomnamen (zoals Stamnummer;Roepnaam;Achternaam). Exporteer de lijst opnieuw met de kopregel. Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="339" />
      <source>The program does not recognise the column for: %1. Say below which column is which; nothing is imported before you see the preview.</source>
      <translation>Het programma herkent de kolom niet voor: %1. Geef hieronder aan welke kolom wat bevat; er wordt niets geïmporteerd voordat u het voorbeeld ziet.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="342" />
      <source>Or choose the sheet that holds the list.</source>
      <translation>Of kies het werkblad met de lijst.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="377" />
      <source>Nothing was imported: the columns needed are not chosen.</source>
      <translation>Er is niets geïmporteerd: de nodige kolommen zijn niet gekozen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="387" />
      <source>The date the pupils left is not a date (%1). Nothing was imported.</source>
      <translation>De datum van uitschrijving is geen geldige datum (%1). Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="390" />
      <source>The date the pupils left lies in the future. Nothing was imported.</source>
      <translation>De datum van uitschrijving ligt in de toekomst. Er is niets geïmporteerd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="403" />
      <source>Importing…</source>
      <translation>Importeren…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="94" />
      <source>Import pupils</source>
      <translation>Leerlingen importeren</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/pupil_import.py" line="95" />
      <source>Choose the export of the school administration (Magister, Somtoday or ParnasSys) as CSV or Excel (.xlsx). The whole file is imported, or nothing: a file with errors is refused. A column the file lacks, or an empty cell, never erases what the register holds.</source>
      <translation>Kies de export van de leerlingadministratie (Magister, Somtoday of ParnasSys) als CSV of Excel (.xlsx). Het hele bestand wordt geïmporteerd, of niets: een bestand met fouten wordt geweigerd. Een kolom die ontbreekt of een lege cel wist nooit wat het register al heeft.</translation>
    </message>
  </context>
  <context>
    <name>ProtocolView</name>
    <message>
      <location filename="../../udens_register/ui/protocol_view.py" line="61" />
      <source>Social Media Protocol</source>
      <translation>Social Media Protocol</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <location filename="../../udens_register/ui/qt_words.py" line="26" />
      <source>Folder</source>
      <translation>Map</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/qt_words.py" line="27" />
      <source>Drive</source>
      <translation>Station</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/qt_words.py" line="28" />
      <source>Unknown</source>
      <translation>Onbekend</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../udens_register/ui/qt_words.py" line="20" />
      <source>&amp;Look in:</source>
      <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/qt_words.py" line="21" />
      <source>Files of &amp;type:</source>
      <translation>Bestanden van &amp;type:</translation>
    </message>
  </context>
  <context>
    <name>RedactionReview</name>
    <message>
      <location filename="../../udens_register/ui/redaction_review.py" line="39" />
      <source>Check the redaction</source>
      <translation>Weglatingen controleren</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/redaction_review.py" line="43" />
      <source>Highlighted: what was replaced. Select any other text that could point to someone else and choose Withhold; it is removed everywhere in the document.</source>
      <translation>Gemarkeerd: wat is vervangen. Selecteer andere tekst die naar iemand anders kan wijzen en kies Weglaten; die verdwijnt overal uit het document.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/redaction_review.py" line="51" />
      <source>Redacted text</source>
      <translation>Tekst na weglating</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/redaction_review.py" line="54" />
      <source>Withheld by you</source>
      <translation>Door u weggelaten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/redaction_review.py" line="56" />
      <source>&amp;Withhold</source>
      <translation>&amp;Weglaten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/redaction_review.py" line="59" />
      <source>&amp;Make the PDF</source>
      <translation>&amp;PDF maken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/redaction_review.py" line="69" />
      <source>Withheld by you:</source>
      <translation>Door u weggelaten:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/redaction_review.py" line="85" />
      <source>replaced</source>
      <translation>vervangen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/redaction_review.py" line="91" />
      <source>%n replacement(s)</source>
      <translation>
        <numerusform>%n vervanging</numerusform>
        <numerusform>%n vervangingen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Removable</name>
    <message>
      <location filename="../../udens_register/ui/removable.py" line="91" />
      <source>No USB stick or external disk was found.</source>
      <translation>Er is geen USB-stick of externe schijf gevonden.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/removable.py" line="93" />
      <source>&amp;Look again</source>
      <translation>&amp;Opnieuw zoeken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/removable.py" line="94" />
      <source>&amp;Choose a folder anyway…</source>
      <translation>&amp;Toch een map kiezen…</translation>
    </message>
  </context>
  <context>
    <name>Review</name>
    <message>
      <location filename="../../udens_register/ui/review.py" line="124" />
      <source>Correct the review — case %1</source>
      <translation>Beoordeling corrigeren — zaak %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="124" />
      <source>Record the review — case %1</source>
      <translation>Beoordeling vastleggen — zaak %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="127" />
      <source>Name of the reviewer</source>
      <translation>Naam van de beoordelaar</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="128" />
      <source>e.g. J. de Vries</source>
      <translation>bijv. J. de Vries</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="133" />
      <source>Role of the reviewer</source>
      <translation>Functie van de beoordelaar</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="135" />
      <source>Date of the review</source>
      <translation>Datum van de beoordeling</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="137" />
      <source>Decision</source>
      <translation>Besluit</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="138" />
      <source>The director's decision, as written on the signed page</source>
      <translation>Het besluit van de directie, zoals op het ondertekende blad</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="143" />
      <source>Write down the review of the director who read the case file: who, when, the decision and the further measures. Each measure becomes a follow-up action.</source>
      <translation>Leg de beoordeling vast van de directeur die het dossier las: wie, wanneer, het besluit en de verdere maatregelen. Elke maatregel wordt een vervolgactie.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="150" />
      <source>&amp;Reviewed by:</source>
      <translation>&amp;Beoordeeld door:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="151" />
      <source>R&amp;ole:</source>
      <translation>&amp;Functie:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="152" />
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="153" />
      <source>D&amp;ecision:</source>
      <translation>B&amp;esluit:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="156" />
      <source>Further measures</source>
      <translation>Verdere maatregelen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="163" />
      <source>&amp;Add measure</source>
      <translation>Maatregel &amp;toevoegen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="165" />
      <source>Re&amp;move measure</source>
      <translation>Maatregel ver&amp;wijderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="171" />
      <source>none</source>
      <translation>geen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="172" />
      <source>Signed page</source>
      <translation>Ondertekend blad</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="173" />
      <source>Choose &amp;file…</source>
      <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="179" />
      <source>Further measures:</source>
      <translation>Verdere maatregelen:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="181" />
      <source>Signed page (scan):</source>
      <translation>Ondertekend blad (scan):</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="186" />
      <source>&amp;Save correction</source>
      <translation>Correctie &amp;opslaan</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="186" />
      <source>&amp;Record review</source>
      <translation>Beoordeling &amp;vastleggen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="199" />
      <source>Further measure</source>
      <translation>Verdere maatregel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="201" />
      <source>Responsible</source>
      <translation>Verantwoordelijke</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="203" />
      <source>Due date</source>
      <translation>Uiterlijk op</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="229" />
      <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
      <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="257" />
      <source>The signed page cannot be read.</source>
      <translation>Het ondertekende blad kan niet worden gelezen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="272" />
      <source>Signed review of the director</source>
      <translation>Ondertekende beoordeling door de directie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="290" />
      <source>Nothing was changed.</source>
      <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="292" />
      <source>Correct the review</source>
      <translation>Beoordeling corrigeren</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="292" />
      <source>Why is the review corrected? (required)</source>
      <translation>Waarom wordt de beoordeling gecorrigeerd? (verplicht)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="301" />
      <source>Write who reviewed the case (the director's name).</source>
      <translation>Vul in wie de zaak beoordeelde (de naam van de directeur).</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="302" />
      <source>Write the reviewer's role, e.g. afdelingsdirecteur.</source>
      <translation>Vul de functie van de beoordelaar in, bijv. afdelingsdirecteur.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="303" />
      <source>The date of the review cannot be in the future.</source>
      <translation>De datum van de beoordeling kan niet in de toekomst liggen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="304" />
      <source>Write the director's decision.</source>
      <translation>Vul het besluit van de directie in.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="305" />
      <source>Every further measure needs a description.</source>
      <translation>Elke verdere maatregel heeft een omschrijving nodig.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="306" />
      <source>Every further measure needs someone responsible.</source>
      <translation>Elke verdere maatregel heeft een verantwoordelijke nodig.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="307" />
      <source>A measure cannot be due before the day of the review.</source>
      <translation>Een maatregel kan niet vóór de dag van de beoordeling verlopen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="308" />
      <source>A correction needs a reason.</source>
      <translation>Een correctie heeft een reden nodig.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="319" />
      <source>Reviews</source>
      <translation>Beoordelingen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="320" />
      <source>&amp;Record review…</source>
      <translation>Beoordeling &amp;vastleggen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="321" />
      <source>Co&amp;rrect the last review…</source>
      <translation>Laatste beoordeling &amp;corrigeren…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="71" />
      <source>Reviews by the director</source>
      <translation>Beoordelingen door de directie</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="74" />
      <source>Waiting for review: a directie case file was issued after the last review.</source>
      <translation>Wacht op beoordeling: er is een dossier voor de directie verstrekt na de laatste beoordeling.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="77" />
      <source>No review recorded yet.</source>
      <translation>Nog geen beoordeling vastgelegd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="80" />
      <source>Reviewed on %1 by %2 (%3)</source>
      <translation>Beoordeeld op %1 door %2 (%3)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="87" />
      <source>Of the case file issued on %1</source>
      <translation>Van het dossier verstrekt op %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="90" />
      <source>Signed page: %1</source>
      <translation>Ondertekend blad: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/review.py" line="96" />
      <source>due %1</source>
      <translation>uiterlijk %1</translation>
    </message>
  </context>
  <context>
    <name>Safety</name>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="109" />
      <source>Coordinators and keys</source>
      <translation>Coördinatoren en sleutels</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="111" />
      <source>Key slots</source>
      <translation>Sleutels</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="121" />
      <source>&amp;Add coordinator…</source>
      <translation>Coördinator &amp;toevoegen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="122" />
      <source>&amp;Remove…</source>
      <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="123" />
      <source>&amp;Change my passphrase…</source>
      <translation>Mijn wachtwoordzin &amp;wijzigen…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="124" />
      <source>New &amp;recovery key…</source>
      <translation>Nieuwe &amp;herstelsleutel…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="143" />
      <source>recovery key</source>
      <translation>herstelsleutel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="144" />
      <source>(you)</source>
      <translation>(u)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="163" />
      <source>The key is removed from the register and from %1 backup(s). %2 backup(s) elsewhere (a stick not plugged in, a file handed over) could not be reached: they still open with this key until they are removed.</source>
      <translation>De sleutel is verwijderd uit het register en uit %1 back-up(s). %2 back-up(s) elders (een stick die niet is aangesloten, een meegegeven bestand) waren niet bereikbaar: die openen nog met deze sleutel tot ze zijn verwijderd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="175" />
      <source>Write down the new recovery key and keep it in the school safe. The old one no longer works.

%1</source>
      <translation>Schrijf de nieuwe herstelsleutel op en bewaar hem in de kluis van de school. De oude werkt niet meer.

%1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="187" />
      <source>Add coordinator</source>
      <translation>Coördinator toevoegen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="199" />
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="199" />
      <source>The recovery key is replaced, not removed.</source>
      <translation>De herstelsleutel wordt vervangen, niet verwijderd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="203" />
      <source>Remove coordinator</source>
      <translation>Coördinator verwijderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="204" />
      <source>Remove the key of %1? They can no longer open the register.</source>
      <translation>De sleutel van %1 verwijderen? Diegene kan het register dan niet meer openen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="212" />
      <source>Change my passphrase</source>
      <translation>Mijn wachtwoordzin wijzigen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="220" />
      <source>New recovery key</source>
      <translation>Nieuwe herstelsleutel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="220" />
      <source>Make a new recovery key? The old one stops working at once.</source>
      <translation>Een nieuwe herstelsleutel maken? De oude werkt direct niet meer.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="242" />
      <source>Retention: delete old cases</source>
      <translation>Bewaartermijn: oude zaken verwijderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="244" />
      <source>Closed cases are kept for %1 year(s) after closing, then deleted for good. Cases with a pending police case stay (legal hold). The audit trail keeps only the case number and the fact of deletion. The safety copies in the register folder (made before a schema upgrade or a restore) are removed too: they still hold the cases. They are otherwise kept for %2 days.</source>
      <translation>Afgesloten zaken worden %1 jaar na het afsluiten bewaard en daarna definitief verwijderd. Zaken met een lopende politiezaak blijven staan (juridische bewaarplicht). Het auditlogboek bewaart alleen het zaaknummer en het feit van de verwijdering. De veiligheidskopieën in de registermap (gemaakt vóór een schema-upgrade of een herstel) worden ook verwijderd: daar staan de zaken nog in. Verder worden ze %2 dagen bewaard.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="256" />
      <source>Pupils who left the school are kept for the same term, counted from the day they left; a pupil still named in a case that is kept goes with that case.</source>
      <translation>Leerlingen die de school hebben verlaten worden even lang bewaard, gerekend vanaf de dag van uitschrijving; een leerling die nog in een bewaarde zaak genoemd wordt, gaat mee met die zaak.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="263" />
      <source>Cases due for deletion</source>
      <translation>Zaken die verwijderd kunnen worden</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="265" />
      <source>Type DELETE to confirm</source>
      <translation>Typ VERWIJDEREN om te bevestigen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="266" />
      <source>Type VERWIJDEREN to confirm</source>
      <translation>Typ VERWIJDEREN om te bevestigen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="272" />
      <source>&amp;Delete for good</source>
      <translation>&amp;Definitief verwijderen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="289" />
      <source>closed on %1</source>
      <translation>afgesloten op %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="290" />
      <source>(on hold: police case pending)</source>
      <translation>(vastgehouden: lopende politiezaak)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="300" />
      <source>Pupil %1 — left the school on %2</source>
      <translation>Leerling %1 — uitgeschreven op %2</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="305" />
      <source>(still named in a case that is kept)</source>
      <translation>(nog genoemd in een zaak die bewaard blijft)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="313" />
      <source>No closed cases are past the retention term.</source>
      <translation>Er zijn geen afgesloten zaken over de bewaartermijn.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="338" />
      <source>Type VERWIJDEREN to confirm the deletion.</source>
      <translation>Typ VERWIJDEREN om de verwijdering te bevestigen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="371" />
      <source>Backups</source>
      <translation>Back-ups</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="372" />
      <source>%1 backup(s) still hold the deleted cases (%2). Remove those backups too? A new backup without these cases is made first.</source>
      <translation>%1 back-up(s) bevatten de verwijderde dossiers nog (%2). Die back-ups ook verwijderen? Eerst wordt een nieuwe back-up zonder deze dossiers gemaakt.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="387" />
      <source>The cases could not be deleted.</source>
      <translation>De zaken konden niet worden verwijderd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="422" />
      <source>Passphrase or recovery key:</source>
      <translation>Wachtwoordzin of herstelsleutel:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="59" />
      <source>Label of the coordinator</source>
      <translation>Naam van de coördinator</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="60" />
      <source>e.g. Care coordinator — J. Bakker</source>
      <translation>bijv. Zorgcoördinator — J. Bakker</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="63" />
      <source>New passphrase</source>
      <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="66" />
      <source>Repeat the new passphrase</source>
      <translation>Herhaal de nieuwe wachtwoordzin</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="77" />
      <source>&amp;Label:</source>
      <translation>&amp;Naam:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="78" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="79" />
      <source>&amp;Repeat:</source>
      <translation>&amp;Herhalen:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="86" />
      <source>Give the coordinator a label.</source>
      <translation>Geef de coördinator een naam.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="89" />
      <source>The passphrase is too short: use at least 12 characters.</source>
      <translation>De wachtwoordzin is te kort: gebruik minstens 12 tekens.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/safety.py" line="97" />
      <source>The two passphrases are not the same.</source>
      <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="1" />
      <source>Br&amp;owse…</source>
      <translation>Bla&amp;deren…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="1" />
      <source>Choose the folder for automatic backups</source>
      <translation>Map voor automatische back-ups kiezen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="1" />
      <source>Preferably a USB stick or a network folder: a backup on the laptop's own disk is lost with the laptop.</source>
      <translation>Bij voorkeur een USB-stick of een netwerkmap: een back-up op de schijf van de laptop zelf raakt u samen met de laptop kwijt.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="1" />
      <source>Backups on the laptop's own disk are lost or stolen together with the laptop and the register. Plug in a USB stick or external disk and look again, or choose a folder anyway.</source>
      <translation>Back-ups op de schijf van de laptop zelf raakt u samen met de laptop en het register kwijt, of ze worden samen gestolen. Steek een USB-stick of externe schijf in en zoek opnieuw, of kies toch een map.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="107" />
      <source>&amp;Language:</source>
      <translation>&amp;Taal:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="109" />
      <source>Lock after &amp;inactivity:</source>
      <translation>Vergrendelen na &amp;inactiviteit:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="110" />
      <source>Default &amp;export folder:</source>
      <translation>Standaard&amp;map voor exports:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="113" />
      <source>Automatic &amp;backups in:</source>
      <translation>Automatische &amp;back-ups in:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="114" />
      <source>Keep closed cases for:</source>
      <translation>Afgesloten zaken bewaren:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="116" />
      <source>Parents informed within:</source>
      <translation>Ouders geïnformeerd binnen:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="117" />
      <source>Police involved within:</source>
      <translation>Politie ingeschakeld binnen:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="118" />
      <source>Guidance plan within:</source>
      <translation>Begeleidingsplan binnen:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="120" />
      <source>Reviews of a victim's guidance after (weeks)</source>
      <translation>Evaluaties van de begeleiding van een slachtoffer na (weken)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="121" />
      <source>weeks, e.g. 2, 6</source>
      <translation>weken, bijv. 2, 6</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="122" />
      <source>Review guidance after (weeks):</source>
      <translation>Begeleiding evalueren na (weken):</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="124" />
      <source>In school days; 0 means the same day. Urgent police matters are always due at once.</source>
      <translation>In schooldagen; 0 betekent dezelfde dag. Bij spoed moet de politie altijd direct worden ingeschakeld.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="50" />
      <source>Settings</source>
      <translation>Instellingen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="56" />
      <source>Language</source>
      <translation>Taal</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="60" />
      <source> minute</source>
      <translation> minuut</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="60" />
      <source> minutes</source>
      <translation> minuten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="61" />
      <source>Lock after inactivity (minutes)</source>
      <translation>Vergrendelen na inactiviteit (minuten)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="63" />
      <source>Default export folder</source>
      <translation>Standaardmap voor exports</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="64" />
      <source>&amp;Browse…</source>
      <translation>&amp;Bladeren…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="65" />
      <source>Choose export folder</source>
      <translation>Exportmap kiezen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="72" />
      <source>Parents informed within (school days)</source>
      <translation>Ouders geïnformeerd binnen (schooldagen)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="76" />
      <source>Police involved within (school days, when not urgent)</source>
      <translation>Politie ingeschakeld binnen (schooldagen, zonder spoed)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="78" />
      <source>Guidance plan within (school days)</source>
      <translation>Begeleidingsplan binnen (schooldagen)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="84" />
      <source> school day</source>
      <translation> schooldag</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="84" />
      <source> school days</source>
      <translation> schooldagen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="87" />
      <source>Folder for automatic backups</source>
      <translation>Map voor automatische back-ups</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="88" />
      <source>beside the register folder</source>
      <translation>naast de registermap</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="92" />
      <source> year</source>
      <translation> jaar</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="92" />
      <source> years</source>
      <translation> jaar</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="93" />
      <source>Retention after closing</source>
      <translation>Bewaartermijn na afsluiten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="95" />
      <source>A case closes only after the director's review is recorded</source>
      <translation>Een zaak sluit pas nadat de beoordeling door de directie is vastgelegd</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="98" />
      <source>Require the director's review before closing</source>
      <translation>Beoordeling door de directie vereist vóór sluiten</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/settings_dialog.py" line="99" />
      <source>A new language takes effect when the application starts again.</source>
      <translation>Een andere taal gaat in als de applicatie opnieuw start.</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="100" />
      <source>Use at least 12 characters; a short sentence that only you know works well.</source>
      <translation>Gebruik minstens 12 tekens; een korte zin die alleen u kent werkt goed.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="102" />
      <source>e.g. Care coordinator — M. de Vries</source>
      <translation>bijv. Zorgcoördinator — M. de Vries</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="103" />
      <source>Your name as coordinator</source>
      <translation>Uw naam als coördinator</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="106" />
      <source>Passphrase</source>
      <translation>Wachtwoordzin</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="109" />
      <source>Repeat passphrase</source>
      <translation>Herhaal wachtwoordzin</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="114" />
      <source>Passphrase strength</source>
      <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="121" />
      <source>Problem</source>
      <translation>Probleem</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="123" />
      <source>Your name as coordinator:</source>
      <translation>Uw naam als coördinator:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="124" />
      <source>Passphrase:</source>
      <translation>Wachtwoordzin:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="127" />
      <source>Repeat passphrase:</source>
      <translation>Herhaal wachtwoordzin:</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="141" />
      <source>very weak</source>
      <translation>zeer zwak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="142" />
      <source>weak</source>
      <translation>zwak</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="143" />
      <source>fair</source>
      <translation>redelijk</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="144" />
      <source>strong</source>
      <translation>sterk</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="145" />
      <source>very strong</source>
      <translation>zeer sterk</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="147" />
      <source>Strength: %1</source>
      <translation>Sterkte: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="156" />
      <source>The passphrase is too short: use at least 12 characters.</source>
      <translation>De wachtwoordzin is te kort: gebruik minstens 12 tekens.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="165" />
      <source>The two passphrases are not the same.</source>
      <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="179" />
      <source>Store the school's recovery key</source>
      <translation>Bewaar de herstelsleutel van de school</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="181" />
      <source>This key opens the register if a passphrase is forgotten. It is shown only now: print it or save it and keep it in the school safe.</source>
      <translation>Met deze sleutel gaat het register open als een wachtwoordzin vergeten is. Hij wordt alleen nu getoond: druk hem af of sla hem op en bewaar hem in de kluis van de school.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="193" />
      <source>Recovery key</source>
      <translation>Herstelsleutel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="195" />
      <source>&amp;Print…</source>
      <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="196" />
      <source>Print the recovery key</source>
      <translation>De herstelsleutel afdrukken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="197" />
      <source>Save as &amp;PDF…</source>
      <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="198" />
      <source>Save the recovery key as PDF</source>
      <translation>De herstelsleutel als pdf opslaan</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="201" />
      <source>I have stored the recovery key safely</source>
      <translation>Ik heb de herstelsleutel veilig opgeborgen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="222" />
      <source>Udens Register — recovery key</source>
      <translation>Udens Register — herstelsleutel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="224" />
      <source>This key opens the school's incident register when a passphrase is lost.</source>
      <translation>Met deze sleutel gaat het incidentenregister van de school open als een wachtwoordzin kwijt is.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="227" />
      <source>Keep this sheet in the school safe. Do not store it on the laptop.</source>
      <translation>Bewaar dit blad in de kluis van de school. Bewaar het niet op de laptop.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="238" />
      <source>Save recovery key as PDF</source>
      <translation>Herstelsleutel als pdf opslaan</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="239" />
      <source>The recovery key must not stay on the laptop: whoever has the laptop would have the key too. Plug in a USB stick and look again, or print the sheet instead.</source>
      <translation>De herstelsleutel mag niet op de laptop blijven: wie de laptop heeft, heeft dan ook de sleutel. Steek een USB-stick in en zoek opnieuw, of druk het blad af.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="247" />
      <source>PDF files (*.pdf)</source>
      <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="247" />
      <source>recovery key.pdf</source>
      <translation>herstelsleutel.pdf</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="275" />
      <source>Set up Udens Register</source>
      <translation>Udens Register instellen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="288" />
      <source>&amp;Create register</source>
      <translation>Register &amp;aanmaken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="293" />
      <source>Creating the register</source>
      <translation>Het register wordt aangemaakt</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="335" />
      <source>Unfinished register</source>
      <translation>Onvoltooid register</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="336" />
      <source>The register folder %1 holds an unfinished register: making it was cut short, so it holds nothing yet. Remove it and make a new register?</source>
      <translation>De registermap %1 bevat een onvoltooid register: het aanmaken is afgebroken, dus er staat nog niets in. Opruimen en een nieuw register aanmaken?</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="343" />
      <source>&amp;Remove and make a new register</source>
      <translation>&amp;Opruimen en een nieuw register maken</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="68" />
      <source>This passphrase is too easy to guess. Use several words that do not belong together, for example: %1</source>
      <translation>Deze wachtwoordzin is te makkelijk te raden. Gebruik een paar woorden die niet bij elkaar horen, bijvoorbeeld: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="78" />
      <source>Welcome to Udens Register</source>
      <translation>Welkom bij Udens Register</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="80" />
      <source>Udens Register records social-media incidents involving pupils and staff and guides you through the school's Social Media Protocol, step by step. Everything is kept encrypted on this computer and opens only with your passphrase or the school's recovery key.</source>
      <translation>Udens Register legt incidenten op sociale media met leerlingen en medewerkers vast en leidt u stap voor stap door het Social Media Protocol van de school. Alles wordt versleuteld op deze computer bewaard en gaat alleen open met uw wachtwoordzin of de herstelsleutel van de school.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/setup_wizard.py" line="99" />
      <source>Choose your passphrase</source>
      <translation>Kies uw wachtwoordzin</translation>
    </message>
  </context>
  <context>
    <name>UnlockWidget</name>
    <message>
      <location filename="../../udens_register/ui/unlock.py" line="108" />
      <source>&amp;Unlock</source>
      <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/unlock.py" line="110" />
      <source>Unlock</source>
      <translation>Ontgrendelen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/unlock.py" line="116" />
      <source>Message</source>
      <translation>Melding</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/unlock.py" line="124" />
      <source>Unlocking</source>
      <translation>Bezig met ontgrendelen</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/unlock.py" line="217" />
      <source>Wrong passphrase or recovery key. Nothing was changed.</source>
      <translation>Wachtwoordzin of herstelsleutel onjuist. Er is niets gewijzigd.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/unlock.py" line="227" />
      <source>The register could not be opened.</source>
      <translation>Het register kon niet worden geopend.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../udens_register/ui/unlock.py" line="237" />
      <source>Wrong passphrase or recovery key. Try again in %n second(s).</source>
      <translation>
        <numerusform>Wachtwoordzin of herstelsleutel onjuist. Probeer het over %n seconde opnieuw.</numerusform>
        <numerusform>Wachtwoordzin of herstelsleutel onjuist. Probeer het over %n seconden opnieuw.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/unlock.py" line="251" />
      <source>You can try again now.</source>
      <translation>U kunt het nu opnieuw proberen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/unlock.py" line="75" />
      <source>Udens Register is locked</source>
      <translation>Udens Register is vergrendeld</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/unlock.py" line="82" />
      <source>Locked</source>
      <translation>Vergrendeld</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/unlock.py" line="84" />
      <source>Enter your passphrase or the school's recovery key to open the register.</source>
      <translation>Voer uw wachtwoordzin of de herstelsleutel van de school in om het register te openen.</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/unlock.py" line="87" />
      <source>Register folder: %1</source>
      <translation>Registermap: %1</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/unlock.py" line="94" />
      <source>Passphrase or recovery key</source>
      <translation>Wachtwoordzin of herstelsleutel</translation>
    </message>
    <message>
      <location filename="../../udens_register/ui/unlock.py" line="97" />
      <source>Show</source>
      <translation>Tonen</translation>
    </message>
  </context>
</TS>
