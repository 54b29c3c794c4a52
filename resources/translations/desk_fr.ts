<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddVisitDialog</name>
    <message>
        <source>Add a visit</source>
        <translation>Ajouter une visite</translation>
    </message>
    <message>
        <source>Me ({name})</source>
        <translation>Moi ({name})</translation>
    </message>
    <message>
        <source>The operator ({name})</source>
        <translation>L'opérateur ({name})</translation>
    </message>
    <message>
        <source>The operator (none designated yet)</source>
        <translation>L'opérateur (aucun désigné pour l'instant)</translation>
    </message>
    <message>
        <source>The sustainability questionnaire is due at this visit</source>
        <translation>Le questionnaire de durabilité est à faire à cette visite</translation>
    </message>
    <message>
        <source>e.g. difficulty reported by phone; supplier problem</source>
        <translation>p. ex. difficulté signalée au téléphone ; problème de fournisseur</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Faite par</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Add the visit</source>
        <translation>Ajouter la visite</translation>
    </message>
    <message>
        <source>Date: type it as dd/mm/yyyy.</source>
        <translation>Date : saisissez-la au format jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>AdminHomeWidget</name>
    <message>
        <source>Open Administration › Backups</source>
        <translation>Ouvrir Administration › Sauvegardes</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Next backup</source>
        <translation>Prochaine sauvegarde</translation>
    </message>
    <message>
        <source>Accounts locked out</source>
        <translation>Comptes bloqués</translation>
    </message>
    <message>
        <source>Open Administration › Users to unlock them</source>
        <translation>Ouvrir Administration › Utilisateurs pour les débloquer</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Taille de la base</translation>
    </message>
    <message>
        <source>Backups of this database, the newest first</source>
        <translation>Sauvegardes de cette base, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No backup yet: take one now in Administration › Backups.</source>
        <translation>Aucune sauvegarde : faites-en une maintenant dans Administration › Sauvegardes.</translation>
    </message>
    <message>
        <source>see them all in Administration</source>
        <translation>toutes les voir dans Administration</translation>
    </message>
    <message>
        <source>Click a backup, or press Enter, to open the backups</source>
        <translation>Cliquez sur une sauvegarde, ou appuyez sur Entrée, pour ouvrir les sauvegardes</translation>
    </message>
    <message>
        <source>Accounts locked out after wrong passwords</source>
        <translation>Comptes bloqués après des mots de passe erronés</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>No account is locked out.</source>
        <translation>Aucun compte n’est bloqué.</translation>
    </message>
    <message>
        <source>Click an account, or press Enter, to open the accounts</source>
        <translation>Cliquez sur un compte, ou appuyez sur Entrée, pour ouvrir les comptes</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde</translation>
    </message>
    <message>
        <source>take one now</source>
        <translation>à faire maintenant</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifiée</translation>
    </message>
    <message>
        <source>verification not known</source>
        <translation>vérification inconnue</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>À faire maintenant</translation>
    </message>
    <message>
        <source>no backup for a day or more</source>
        <translation>aucune sauvegarde depuis un jour ou plus</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Dossier : {folder}</translation>
    </message>
    <message>
        <source>no integrity check recorded yet (Administration › Backups › Verify)</source>
        <translation>aucune vérification d’intégrité enregistrée (Administration › Sauvegardes › Vérifier)</translation>
    </message>
    <message>
        <source>intact at the last check, {date}</source>
        <translation>intacte à la dernière vérification, {date}</translation>
    </message>
    <message>
        <source>damaged at the last check, {date}</source>
        <translation>endommagée à la dernière vérification, {date}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Free space inside</source>
        <translation>Espace libre interne</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>unfinished copy: not usable</source>
        <translation>copie inachevée : inutilisable</translation>
    </message>
</context>
<context>
    <name>AdminWidget</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Reference lists</source>
        <translation>&amp;Listes de référence</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>&amp;Follow-up schedules</source>
        <translation>Calendriers de &amp;suivi</translation>
    </message>
    <message>
        <source>&amp;Desk settings</source>
        <translation>&amp;Paramètres du guichet</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <source>Data &amp;protection</source>
        <translation>Protection des &amp;données</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>&amp;Journal d'audit</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Visits of the &amp;coming</source>
        <translation>Visites des pro&amp;chains</translation>
    </message>
    <message>
        <source>From today to {end}: &lt;b&gt;{planned} to do&lt;/b&gt; · {done} done · {other} missed</source>
        <translation>D'aujourd'hui au {end} : &lt;b&gt;{planned} à faire&lt;/b&gt; · {done} faites · {other} manquées</translation>
    </message>
</context>
<context>
    <name>AgentHomeWidget</name>
    <message>
        <source>Click a row, or press Enter, to open the case file</source>
        <translation>Cliquez sur une ligne, ou appuyez sur Entrée, pour ouvrir le dossier</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>Visites aujourd’hui</translation>
    </message>
    <message>
        <source>Open the follow-up calendar</source>
        <translation>Ouvrir le calendrier de suivi</translation>
    </message>
    <message>
        <source>Overdue visits</source>
        <translation>Visites en retard</translation>
    </message>
    <message>
        <source>Open the overdue visits in the follow-up calendar</source>
        <translation>Ouvrir les visites en retard dans le calendrier de suivi</translation>
    </message>
    <message>
        <source>Referrals past due</source>
        <translation>Orientations échues</translation>
    </message>
    <message>
        <source>Go to the list of referrals without an answer</source>
        <translation>Aller à la liste des orientations sans réponse</translation>
    </message>
    <message>
        <source>Cases without consent</source>
        <translation>Dossiers sans consentement</translation>
    </message>
    <message>
        <source>Go to the list of cases without consent</source>
        <translation>Aller à la liste des dossiers sans consentement</translation>
    </message>
    <message>
        <source>Unfinished intakes</source>
        <translation>Entretiens inachevés</translation>
    </message>
    <message>
        <source>Open the intake interview to resume a draft</source>
        <translation>Ouvrir l’entretien d’accueil pour reprendre un brouillon</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>No visit overdue.</source>
        <translation>Aucune visite en retard.</translation>
    </message>
    <message>
        <source>see them all in the follow-up calendar</source>
        <translation>toutes les voir dans le calendrier de suivi</translation>
    </message>
    <message>
        <source>Click a visit, or press Enter, to record it, move it or open the case file</source>
        <translation>Cliquez sur une visite, ou appuyez sur Entrée, pour l’enregistrer, la déplacer ou ouvrir le dossier</translation>
    </message>
    <message>
        <source>Referrals past due, no answer yet</source>
        <translation>Orientations échues, sans réponse</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Orientée vers</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Every referral has its answer, or is not due yet.</source>
        <translation>Chaque orientation a sa réponse ou n’est pas encore échue.</translation>
    </message>
    <message>
        <source>Open cases without consent</source>
        <translation>Dossiers ouverts sans consentement</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Every open case has its consent recorded.</source>
        <translation>Chaque dossier ouvert a son consentement enregistré.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>No unfinished intake.</source>
        <translation>Aucun entretien inachevé.</translation>
    </message>
    <message>
        <source>open the intake interview</source>
        <translation>ouvrir l’entretien d’accueil</translation>
    </message>
    <message>
        <source>Click a draft, or press Enter, to resume the intake</source>
        <translation>Cliquez sur un brouillon, ou appuyez sur Entrée, pour reprendre l’entretien</translation>
    </message>
    <message>
        <source>the oldest: {late}</source>
        <translation>la plus ancienne : {late}</translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <source>{name}, version {version}</source>
        <translation>{name}, version {version}</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Scores with this version: {scores} · composite {composite:.2f}</source>
        <translation>Scores avec cette version : {scores} · score composite {composite:.2f}</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Family environment and support</source>
        <translation>Environnement et soutien familial</translation>
    </message>
    <message>
        <source>Choice of sector</source>
        <translation>Choix du secteur</translation>
    </message>
    <message>
        <source>Previous experience in the trade</source>
        <translation>Expérience préalable dans le métier</translation>
    </message>
    <message>
        <source>Initial training</source>
        <translation>Formation initiale</translation>
    </message>
    <message>
        <source>Social reintegration</source>
        <translation>Réintégration sociale</translation>
    </message>
    <message>
        <source>Reintegration through employment</source>
        <translation>Réintégration par l'emploi</translation>
    </message>
    <message>
        <source>Reintegration through business creation</source>
        <translation>Réintégration par la création d'entreprise</translation>
    </message>
    <message>
        <source>Skills training</source>
        <translation>Formation professionnelle</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Soutien psychosocial</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Soins médicaux</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Papiers d'identité</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Recherche d'emploi</translation>
    </message>
    <message>
        <source>Shipped with Guichet</source>
        <translation>Livrée avec Guichet</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>What decides success (1 weak – 4 strong)</source>
        <translation>Ce qui décide de la réussite (1 faible – 4 fort)</translation>
    </message>
    <message>
        <source>Why, in a few words</source>
        <translation>Pourquoi, en quelques mots</translation>
    </message>
    <message>
        <source>Recommended aid</source>
        <translation>Aide recommandée</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Notes (confidential)</source>
        <translation>Notes (confidentiel)</translation>
    </message>
    <message>
        <source>Save the assessment</source>
        <translation>Enregistrer l'évaluation</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>See the latest &amp;answers…</source>
        <translation>Voir les dernières &amp;réponses…</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>Pas encore évalué.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Latest assessment on {date} ({count} in all), composite score &lt;b&gt;{score:.2f}&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dernière évaluation le {date} ({count} au total), score composite &lt;b&gt;{score:.2f}&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Recommended aid: {levels}&lt;br&gt;Needs: {needs}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aide recommandée : {levels}&lt;br&gt;Besoins : {needs}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;The first assessment was answered with version {first} of the questionnaire, the latest with version {latest}: compare the scores with care.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;La première évaluation a été faite avec la version {first} du questionnaire, la dernière avec la version {latest} : comparez les scores avec prudence.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Save the attendance</source>
        <translation>Enregistrer les présences</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>changement de statut</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>compte bloqué</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>déverrouillage</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>déconnexion</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>export</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>affichage d'une donnée sensible</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <source>migrated</source>
        <translation>migration</translation>
    </message>
</context>
<context>
    <name>AuditWidget</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>Backup written and verified: {name} ({size}).</source>
        <translation>Sauvegarde écrite et vérifiée : {name} ({size}).</translation>
    </message>
    <message>
        <source>Ledger fingerprint: {fingerprint}.</source>
        <translation>Empreinte du registre : {fingerprint}.</translation>
    </message>
    <message>
        <source>Also copied and verified on the second destination.</source>
        <translation>Également copiée et vérifiée sur la seconde destination.</translation>
    </message>
    <message>
        <source>{count} older backups removed by the rotation.</source>
        <translation>{count} sauvegardes plus anciennes supprimées par la rotation.</translation>
    </message>
    <message>
        <source>Restored the backup of {when} ({kind}): {rows} rows in {tables} tables.</source>
        <translation>Sauvegarde du {when} restaurée ({kind}) : {rows} lignes dans {tables} tables.</translation>
    </message>
    <message>
        <source>Ledger: {count} entries, fingerprint {fingerprint}.</source>
        <translation>Registre : {count} écritures, empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>The database as it was is kept as the backup {name}.</source>
        <translation>La base telle qu’elle était est conservée dans la sauvegarde {name}.</translation>
    </message>
    <message>
        <source>The damaged database was kept beside it as {name}.</source>
        <translation>La base endommagée a été conservée à côté, sous le nom {name}.</translation>
    </message>
    <message>
        <source>It was made by an older version: it is upgraded at the next start.</source>
        <translation>Elle a été faite par une version plus ancienne : elle sera mise à jour au prochain démarrage.</translation>
    </message>
    <message>
        <source>{size} B</source>
        <translation>{size} o</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
    <message>
        <source>The PostgreSQL programs {tools} are not installed on this workstation: install the PostgreSQL client programs (the same version as the server or newer), or back up on the server itself.</source>
        <translation>Les programmes PostgreSQL {tools} ne sont pas installés sur ce poste : installez les programmes clients de PostgreSQL (de la même version que le serveur ou plus récente), ou sauvegardez sur le serveur lui-même.</translation>
    </message>
    <message>
        <source>{program} failed; nothing was changed. The details are in the application log.</source>
        <translation>{program} a échoué ; rien n’a été modifié. Les détails sont dans le journal de l’application.</translation>
    </message>
    <message>
        <source>{name} is not a PostgreSQL backup made by pg_dump, or it is damaged. Nothing was changed.</source>
        <translation>{name} n’est pas une sauvegarde PostgreSQL faite par pg_dump, ou elle est endommagée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Restoring a backup of an older version on PostgreSQL needs the psql program: install the PostgreSQL client programs. Nothing was changed.</source>
        <translation>Restaurer sur PostgreSQL une sauvegarde d’une version plus ancienne nécessite le programme psql : installez les programmes clients de PostgreSQL. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{name} is not a Guichet backup that can be read: it is not a database, or it is truncated or damaged. Nothing was changed.</source>
        <translation>{name} n’est pas une sauvegarde Guichet lisible : ce n’est pas une base de données, ou elle est tronquée ou endommagée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {problem} Nothing was changed.</source>
        <translation>{name} ne peut pas être restaurée : {problem} Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>it holds no Guichet database (no schema version).</source>
        <translation>elle ne contient pas de base Guichet (aucune version de schéma).</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Guichet (schema {revision}): install that version or newer to restore it. Nothing was changed.</source>
        <translation>{name} a été faite par une version plus récente de Guichet (schéma {revision}) : installez cette version ou une plus récente pour la restaurer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>its content changed since it was written and verified (the file is damaged).</source>
        <translation>son contenu a changé depuis son écriture et sa vérification (le fichier est endommagé).</translation>
    </message>
    <message>
        <source>its ledger does not verify ({problem}).</source>
        <translation>son registre ne se vérifie pas ({problem}).</translation>
    </message>
    <message>
        <source>The database is open in another program (another Guichet window or workstation, or a tool): close it there, then restore again. Nothing was changed.</source>
        <translation>La base de données est ouverte dans un autre programme (une autre fenêtre ou un autre poste Guichet, ou un outil) : fermez-la là-bas, puis relancez la restauration. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>tables recorded in its manifest are missing from it.</source>
        <translation>des tables relevées dans son manifeste y manquent.</translation>
    </message>
    <message>
        <source>Other workstations are connected to this database: close Guichet on them, then restore again. Nothing was changed.</source>
        <translation>D’autres postes sont connectés à cette base de données : fermez Guichet sur ces postes, puis relancez la restauration. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup was loaded but does not check out ({problem}). The database as it was is kept as the backup {name}: restore that one.</source>
        <translation>La sauvegarde a été chargée mais ne se vérifie pas ({problem}). La base telle qu’elle était est conservée dans la sauvegarde {name} : restaurez celle-ci.</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Copie de la base de données…</translation>
    </message>
    <message>
        <source>Checking the copy (integrity, row counts, ledger fingerprint)…</source>
        <translation>Vérification de la copie (intégrité, nombre de lignes, empreinte du registre)…</translation>
    </message>
    <message>
        <source>Computing the copy's checksum…</source>
        <translation>Calcul de la somme de contrôle de la copie…</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>Seul un administrateur peut faire cela.</translation>
    </message>
    <message>
        <source>Copying to the second destination and checking it there…</source>
        <translation>Copie vers la seconde destination et vérification sur place…</translation>
    </message>
    <message>
        <source>There is no database to back up yet.</source>
        <translation>Il n’y a pas encore de base de données à sauvegarder.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check, so it was not kept: the database itself may be damaged (run “desk verify”). Nothing was changed.</source>
        <translation>La copie de sauvegarde a échoué au contrôle d’intégrité, elle n’a donc pas été conservée : la base elle-même est peut-être endommagée (lancez « desk verify »). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This kind of database cannot be backed up by Guichet.</source>
        <translation>Guichet ne sait pas sauvegarder ce type de base de données.</translation>
    </message>
    <message>
        <source>The second destination cannot be reached (is the USB drive plugged in, the network folder connected?): this backup is only in the backup folder.</source>
        <translation>La seconde destination est inaccessible (la clé USB est-elle branchée, le dossier réseau connecté ?) : cette sauvegarde n’est que dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>The copy to the second destination was cancelled: this backup is only in the backup folder.</source>
        <translation>La copie vers la seconde destination a été annulée : cette sauvegarde n’est que dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>The copy on the second destination did not read back identical and was removed: this backup is only in the backup folder. Check that drive.</source>
        <translation>La copie sur la seconde destination ne s’est pas relue à l’identique et a été supprimée : cette sauvegarde n’est que dans le dossier des sauvegardes. Vérifiez ce support.</translation>
    </message>
    <message>
        <source>The backup could not be copied to the second destination (read-only, full or disconnected): this backup is only in the backup folder.</source>
        <translation>La sauvegarde n’a pas pu être copiée vers la seconde destination (lecture seule, pleine ou déconnectée) : cette sauvegarde n’est que dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>{name} is not a backup of this database.</source>
        <translation>{name} n’est pas une sauvegarde de cette base de données.</translation>
    </message>
    <message>
        <source>The restore could not be completed ({problem}); the database was left as it was.</source>
        <translation>La restauration n’a pas pu aboutir ({problem}) ; la base de données a été laissée telle qu’elle était.</translation>
    </message>
    <message>
        <source>The disk of the backup folder is full: free some space. No backup was written.</source>
        <translation>Le disque du dossier des sauvegardes est plein : libérez de la place. Aucune sauvegarde n’a été écrite.</translation>
    </message>
    <message>
        <source>The backup could not be written: the backup folder cannot be written, or the database could not be read. The details are in the application log.</source>
        <translation>La sauvegarde n’a pas pu être écrite : le dossier des sauvegardes n’est pas accessible en écriture, ou la base n’a pas pu être lue. Les détails sont dans le journal de l’application.</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Sauvegardes hebdomadaires conservées</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Sauvegardes mensuelles conservées</translation>
    </message>
    <message>
        <source>Weeks a manual or safety backup is kept</source>
        <translation>Semaines de conservation d’une sauvegarde manuelle ou de sécurité</translation>
    </message>
    <message>
        <source>{field}: between {low} and {high}.</source>
        <translation>{field} : entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Second destination: choose an existing folder (a USB drive, a network folder).</source>
        <translation>Seconde destination : choisissez un dossier existant (clé USB, dossier réseau).</translation>
    </message>
    <message>
        <source>Second destination: choose another folder than the backup folder itself.</source>
        <translation>Seconde destination : choisissez un autre dossier que le dossier des sauvegardes lui-même.</translation>
    </message>
    <message>
        <source>No manifest: not verified yet.</source>
        <translation>Pas de manifeste : pas encore vérifiée.</translation>
    </message>
    <message>
        <source>It failed its integrity check when it was written.</source>
        <translation>Elle a échoué au contrôle d’intégrité lors de son écriture.</translation>
    </message>
    <message>
        <source>It failed its last check.</source>
        <translation>Elle a échoué à sa dernière vérification.</translation>
    </message>
    <message>
        <source>Its size changed since it was written: the file is damaged.</source>
        <translation>Sa taille a changé depuis son écriture : le fichier est endommagé.</translation>
    </message>
    <message>
        <source>SQLite's integrity check found damage in it.</source>
        <translation>Le contrôle d’intégrité de SQLite y a trouvé des dommages.</translation>
    </message>
    <message>
        <source>Its row counts differ from those recorded when it was written.</source>
        <translation>Ses nombres de lignes diffèrent de ceux relevés lors de son écriture.</translation>
    </message>
    <message>
        <source>Its ledger fingerprint differs from the one recorded when it was written.</source>
        <translation>L’empreinte de son registre diffère de celle relevée lors de son écriture.</translation>
    </message>
    <message>
        <source>Its schema version differs from the one recorded when it was written.</source>
        <translation>Sa version de schéma diffère de celle relevée lors de son écriture.</translation>
    </message>
    <message>
        <source>Its content changed since it was written and verified: the file is damaged.</source>
        <translation>Son contenu a changé depuis son écriture et sa vérification : le fichier est endommagé.</translation>
    </message>
    <message>
        <source>Tables recorded in its manifest are missing from it.</source>
        <translation>Des tables relevées dans son manifeste y manquent.</translation>
    </message>
    <message>
        <source>It cannot be read: it is not a database, or it is truncated or damaged.</source>
        <translation>Elle est illisible : ce n’est pas une base de données, ou elle est tronquée ou endommagée.</translation>
    </message>
</context>
<context>
    <name>BackupWidget</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check the selected backup again: is it still intact?</source>
        <translation>Vérifier à nouveau la sauvegarde choisie : est-elle toujours intacte ?</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>No&amp;ne</source>
        <translation>Auc&amp;une</translation>
    </message>
    <message>
        <source>&amp;Save these settings</source>
        <translation>&amp;Enregistrer ces réglages</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Next backup</source>
        <translation>Prochaine sauvegarde</translation>
    </message>
    <message>
        <source>Second &amp;destination</source>
        <translation>Seconde &amp;destination</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Sauvegardes hebdomadaires conservées</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Sauvegardes mensuelles conservées</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>Manual and safety backups kept at least</source>
        <translation>Sauvegardes manuelles et de sécurité conservées au moins</translation>
    </message>
    <message>
        <source>Rotation and second destination</source>
        <translation>Rotation et seconde destination</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>{when} ({kind}), verified</source>
        <translation>{when} ({kind}), vérifiée</translation>
    </message>
    <message>
        <source>The second destination cannot be reached now (is the drive plugged in?).</source>
        <translation>La seconde destination est inaccessible pour l’instant (le support est-il branché ?).</translation>
    </message>
    <message>
        <source>On PostgreSQL, automatic backups are made on the server (schedule “desk backup” there every day).</source>
        <translation>Avec PostgreSQL, les sauvegardes automatiques se font sur le serveur (programmez-y « desk backup » chaque jour).</translation>
    </message>
    <message>
        <source>Daily, at the first start of Guichet on {day}; and each time Guichet is closed.</source>
        <translation>Quotidienne, au premier démarrage de Guichet le {day} ; et à chaque fermeture de Guichet.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>{name}: intact.</source>
        <translation>{name} : intacte.</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name} : {problem}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Guichet backups (*.sqlite *.dump);;All files (*)</source>
        <translation>Sauvegardes Guichet (*.sqlite *.dump);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the database by the backup {name}?

1. The backup is checked completely first (integrity, row counts, the ledger's chain); if anything is wrong, nothing changes.
2. The database as it is now is kept as a “before restore” backup.
3. Guichet then starts again on the restored database. Everything entered since that backup will not be in it. Every other workstation must close Guichet first.</source>
        <translation>Remplacer la base de données par la sauvegarde {name} ?

1. La sauvegarde est d’abord entièrement vérifiée (intégrité, nombres de lignes, chaînage du registre) ; au moindre problème, rien ne change.
2. La base telle qu’elle est maintenant est conservée dans une sauvegarde « avant restauration ».
3. Guichet redémarre ensuite sur la base restaurée. Tout ce qui a été saisi depuis cette sauvegarde n’y sera pas. Tous les autres postes doivent d’abord fermer Guichet.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Guichet now starts again on the restored database.</source>
        <translation>Guichet redémarre maintenant sur la base restaurée.</translation>
    </message>
    <message>
        <source>Second destination: a USB drive or a network folder</source>
        <translation>Seconde destination : une clé USB ou un dossier réseau</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>BalancesTab</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Refre&amp;sh (F5)</source>
        <translation>Actuali&amp;ser (F5)</translation>
    </message>
    <message>
        <source>Paid by donor and programme</source>
        <translation>Payé par bailleur et par programme</translation>
    </message>
    <message>
        <source>Paid fro&amp;m</source>
        <translation>Pa&amp;yé du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Cash to account for</source>
        <translation>Caisse à justifier</translation>
    </message>
    <message>
        <source>Paid on the &amp;day</source>
        <translation>Payé le jo&amp;ur</translation>
    </message>
    <message>
        <source>Count the cash box against the “Cash” line before leaving.</source>
        <translation>Comptez la caisse et comparez-la à la ligne « Espèces » avant de partir.</translation>
    </message>
    <message>
        <source>Nothing paid.</source>
        <translation>Rien n'a été payé.</translation>
    </message>
    <message>
        <source>Total: {count} entries, &lt;b&gt;net {net}&lt;/b&gt;</source>
        <translation>Total : {count} écritures, &lt;b&gt;net {net}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dates: type them as dd/mm/yyyy.</source>
        <translation>Dates : saisissez-les au format jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>No consent recorded</source>
        <translation>Aucun consentement recueilli</translation>
    </message>
    <message>
        <source>Consent withdrawn: nothing may be shared</source>
        <translation>Consentement retiré : aucun partage possible</translation>
    </message>
    <message>
        <source>Vulnerable: see the Vulnerabilities tab</source>
        <translation>Vulnérable : voir l'onglet Vulnérabilités</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <source>Case {number} – {name}</source>
        <translation>Dossier {number} – {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {status} · born {birth} · {programme} · {operator} · opened {opened}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {status} · né(e) le {birth} · {programme} · {operator} · ouvert le {opened}</translation>
    </message>
    <message>
        <source>no operator yet</source>
        <translation>pas encore d'opérateur</translation>
    </message>
    <message>
        <source>no programme</source>
        <translation>sans programme</translation>
    </message>
    <message>
        <source>&amp;Print the intake sheet…</source>
        <translation>&amp;Imprimer la fiche d'accueil…</translation>
    </message>
    <message>
        <source>&amp;Merge with another file…</source>
        <translation>&amp;Fusionner avec un autre dossier…</translation>
    </message>
    <message>
        <source>&amp;Undo a merge…</source>
        <translation>A&amp;nnuler une fusion…</translation>
    </message>
    <message>
        <source>Request erasure…</source>
        <translation>Demander l'effacement…</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Pièce d'identité</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville ou commune</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Interview by</source>
        <translation>Entretien par</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>&amp;Vulnerabilities</source>
        <translation>&amp;Vulnérabilités</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Consentement</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>&amp;Orientations</translation>
    </message>
    <message>
        <source>&amp;Trainings</source>
        <translation>&amp;Formations</translation>
    </message>
    <message>
        <source>&amp;Employment</source>
        <translation>&amp;Emploi</translation>
    </message>
    <message>
        <source>Pa&amp;yments</source>
        <translation>Paie&amp;ments</translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation>S&amp;uivi</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Arrives with the coming versions of Guichet.</source>
        <translation>Arrive avec les prochaines versions de Guichet.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Other cases</source>
        <translation>Autres dossiers</translation>
    </message>
    <message>
        <source>P&amp;hoto…</source>
        <translation>P&amp;hoto…</translation>
    </message>
    <message>
        <source>Only with the person's consent to a photo.</source>
        <translation>Seulement si la personne a accepté d'être photographiée.</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Aucun consentement recueilli.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Processing of data</source>
        <translation>Traitement des données</translation>
    </message>
    <message>
        <source>Sharing with the operator</source>
        <translation>Partage avec l'opérateur</translation>
    </message>
    <message>
        <source>Sharing with institutions</source>
        <translation>Partage avec les institutions</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>Re&amp;tirer le consentement…</translation>
    </message>
    <message>
        <source>The programme requires: {kinds}. Done.</source>
        <translation>Le programme exige : {kinds}. C'est fait.</translation>
    </message>
    <message>
        <source>The programme requires: {kinds}. Still missing: {missing}.</source>
        <translation>Le programme exige : {kinds}. Il manque encore : {missing}.</translation>
    </message>
    <message>
        <source>The programme requires no training before payment.</source>
        <translation>Le programme n'exige aucune formation avant paiement.</translation>
    </message>
    <message>
        <source>No training yet.</source>
        <translation>Aucune formation pour l'instant.</translation>
    </message>
    <message>
        <source>&amp;Enrol in a training session…</source>
        <translation>&amp;Inscrire à une session de formation…</translation>
    </message>
    <message>
        <source>{course}, {start} – {end}, {place} ({enrolled}/{capacity})</source>
        <translation>{course}, {start} – {end}, {place} ({enrolled}/{capacity})</translation>
    </message>
    <message>
        <source>Enrol in a training session</source>
        <translation>Inscrire à une session de formation</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session :</translation>
    </message>
    <message>
        <source>No coming session.</source>
        <translation>Aucune session à venir.</translation>
    </message>
    <message>
        <source>Enrolled.</source>
        <translation>Inscrit.</translation>
    </message>
    <message>
        <source>The session is full: on the waiting list.</source>
        <translation>La session est complète : inscrit sur la liste d'attente.</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>fiche-accueil</translation>
    </message>
    <message>
        <source>Save the intake sheet</source>
        <translation>Enregistrer la fiche d'accueil</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Choose the photo</source>
        <translation>Choisir la photo</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>This file is not a picture Guichet can read.</source>
        <translation>Ce fichier n'est pas une image que Guichet sait lire.</translation>
    </message>
    <message>
        <source>Merge two files</source>
        <translation>Fusionner deux dossiers</translation>
    </message>
    <message>
        <source>Case number of the other file, which is the same person (its cases move to this file):</source>
        <translation>Numéro de dossier de l'autre fiche, qui est la même personne (ses dossiers passent sur cette fiche) :</translation>
    </message>
    <message>
        <source>No other person has the case number {number}.</source>
        <translation>Aucune autre personne n'a le numéro de dossier {number}.</translation>
    </message>
    <message>
        <source>Why are {other} and {this} the same person?</source>
        <translation>Pourquoi {other} et {this} sont-ils la même personne ?</translation>
    </message>
    <message>
        <source>Merged. The other file's cases are now on this one. The merge is in the history and can be undone.</source>
        <translation>Fusionné. Les dossiers de l'autre fiche sont maintenant sur celle-ci. La fusion figure dans l'historique et peut être annulée.</translation>
    </message>
    <message>
        <source>Undo a merge</source>
        <translation>Annuler une fusion</translation>
    </message>
    <message>
        <source>The merged person gets their own cases back:</source>
        <translation>La personne fusionnée retrouve ses propres dossiers :</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Reason given by the person (sharing is blocked from now on):</source>
        <translation>Motif donné par la personne (tout partage est bloqué dès maintenant) :</translation>
    </message>
</context>
<context>
    <name>CaseloadDialog</name>
    <message>
        <source>Caseload – {name}</source>
        <translation>Portefeuille – {name}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{name}&lt;/h3&gt;&lt;p&gt;{load} cases in progress for {capacity} places; {approved} plans approved by the committee; {paid} paid on them.&lt;/p&gt;&lt;p&gt;Follow-up visits overdue: &lt;b&gt;{overdue}&lt;/b&gt;. Businesses running at the last visit: {running}.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name}&lt;/h3&gt;&lt;p&gt;{load} dossiers en cours pour {capacity} places ; {approved} plans approuvés par le comité ; {paid} versés sur ces plans.&lt;/p&gt;&lt;p&gt;Visites de suivi en retard : &lt;b&gt;{overdue}&lt;/b&gt;. Activités en marche à la dernière visite : {running}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Print for the monthly meeting…</source>
        <translation>&amp;Imprimer pour la réunion mensuelle…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the caseload</source>
        <translation>Enregistrer le portefeuille</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save this chart as a PNG image, copy it or print it (or right-click it)</source>
        <translation>Enregistrer ce graphique en image PNG, le copier ou l’imprimer (ou clic droit dessus)</translation>
    </message>
    <message>
        <source>Chart menu: save as PNG, copy, print</source>
        <translation>Menu du graphique : enregistrer en PNG, copier, imprimer</translation>
    </message>
    <message>
        <source>Right-click to save as PNG, copy or print</source>
        <translation>Clic droit pour enregistrer en PNG, copier ou imprimer</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>No data for this period</source>
        <translation>Aucune donnée pour cette période</translation>
    </message>
    <message>
        <source>The image could not be saved to {path}.</source>
        <translation>L’image n’a pas pu être enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>L’imprimante n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation>Imprimer le graphique</translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation>Enregistrer comme image PNG…</translation>
    </message>
    <message>
        <source>Copy the image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No password: set {env} or run the command in a terminal.</source>
        <translation>Aucun mot de passe : définissez {env} ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Encore une fois : </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>This command acts as a user: give --user NAME.</source>
        <translation>Cette commande agit au nom d'un utilisateur : indiquez --user NOM.</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>Mot de passe de {user} : </translation>
    </message>
    <message>
        <source>Database ready: {db} (schema {rev}), desk “{name}”, {country}, {currency}.</source>
        <translation>Base de données prête : {db} (schéma {rev}), guichet « {name} », {country}, {currency}.</translation>
    </message>
    <message>
        <source>Password for the first administrator {user}: </source>
        <translation>Mot de passe du premier administrateur {user} : </translation>
    </message>
    <message>
        <source>First administrator created: {user}.</source>
        <translation>Premier administrateur créé : {user}.</translation>
    </message>
    <message>
        <source>{path} is a real desk's database: it is never replaced by demo data.</source>
        <translation>{path} est la base d'un vrai guichet : elle n'est jamais remplacée par des données de démonstration.</translation>
    </message>
    <message>
        <source>This database belongs to a real desk: demo data is never mixed into it.</source>
        <translation>Cette base appartient à un vrai guichet : on n'y mélange jamais de données de démonstration.</translation>
    </message>
    <message>
        <source>Demo desk ready in {seconds} s: {persons} returnees, {cases} cases, users {users} (password “demo”). Database: {db}</source>
        <translation>Guichet de démonstration prêt en {seconds} s : {persons} migrants de retour, {cases} dossiers, utilisateurs {users} (mot de passe « demo »). Base : {db}</translation>
    </message>
    <message>
        <source>Temporary password for {user}: </source>
        <translation>Mot de passe provisoire de {user} : </translation>
    </message>
    <message>
        <source>User {user} created ({role}); they choose their own password at first login.</source>
        <translation>Utilisateur {user} créé ({role}) ; il choisira son propre mot de passe à la première connexion.</translation>
    </message>
    <message>
        <source>No user named {user}.</source>
        <translation>Aucun utilisateur nommé {user}.</translation>
    </message>
    <message>
        <source>User {user} disabled.</source>
        <translation>Utilisateur {user} désactivé.</translation>
    </message>
    <message>
        <source>No returnee matches “{text}”.</source>
        <translation>Aucun migrant de retour ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>{option}: “{value}” is not a date; write YYYY-MM-DD.</source>
        <translation>{option} : « {value} » n'est pas une date ; écrivez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>{option} does not apply to the {kind} export.</source>
        <translation>{option} ne s'applique pas à l'export {kind}.</translation>
    </message>
    <message>
        <source>{count} entries written to {path}.</source>
        <translation>{count} écritures enregistrées dans {path}.</translation>
    </message>
    <message>
        <source>The visits are exported for a period: give --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Les visites s’exportent pour une période : indiquez --from AAAA-MM-JJ --to AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>{count} visits written to {path}.</source>
        <translation>{count} visites écrites dans {path}.</translation>
    </message>
    <message>
        <source>{count} visits of {persons} persons left out: their consent is not in force.</source>
        <translation>{count} visites de {persons} personnes laissées de côté : leur consentement n'est pas en vigueur.</translation>
    </message>
    <message>
        <source>--columns: give column names separated by commas, e.g. case_number,sex.</source>
        <translation>--columns : donnez des noms de colonnes séparés par des virgules, par ex. case_number,sex.</translation>
    </message>
    <message>
        <source>{count} returnees written to {path}.</source>
        <translation>{count} migrants de retour écrits dans {path}.</translation>
    </message>
    <message>
        <source>{cases} cases ({persons} persons) left out: their consent to share with partners is not in force (--internal for a workbook that stays at the desk).</source>
        <translation>{cases} dossiers ({persons} personnes) écartés : leur consentement au partage avec les partenaires n'est pas en vigueur (--internal pour un classeur qui reste au guichet).</translation>
    </message>
    <message>
        <source>The indicators are counted for a period: give --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Les indicateurs se comptent sur une période : donnez --from AAAA-MM-JJ --to AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Indicator report written to {path}.</source>
        <translation>Rapport d'indicateurs écrit dans {path}.</translation>
    </message>
    <message>
        <source>Indicators written to {path}: {registered} persons registered, {paid} paid.</source>
        <translation>Indicateurs écrits dans {path} : {registered} personnes enregistrées, {paid} payées.</translation>
    </message>
    <message>
        <source>Which committee session? Give --session with its number or the day it was held (YYYY-MM-DD).</source>
        <translation>Quelle session du comité ? Donnez --session avec son numéro ou le jour où elle s'est tenue (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>{count} decisions written to {path}.</source>
        <translation>{count} décisions écrites dans {path}.</translation>
    </message>
    <message>
        <source>No committee session has the number {number}.</source>
        <translation>Aucune session du comité n'a le numéro {number}.</translation>
    </message>
    <message>
        <source>No committee session was held on {day}.</source>
        <translation>Aucune session du comité ne s'est tenue le {day}.</translation>
    </message>
    <message>
        <source>Several committee sessions were held on {day}: give one of their numbers ({numbers}).</source>
        <translation>Plusieurs sessions du comité se sont tenues le {day} : donnez le numéro de l'une d'elles ({numbers}).</translation>
    </message>
    <message>
        <source>No operator has the id, name or agreement “{operator}”.</source>
        <translation>Aucun opérateur n’a l’identifiant, le nom ou la convention « {operator} ».</translation>
    </message>
    <message>
        <source>No receipt was issued on those days.</source>
        <translation>Aucun reçu n'a été émis ces jours-là.</translation>
    </message>
    <message>
        <source>{count} receipts written to {path}.</source>
        <translation>{count} reçus enregistrés dans {path}.</translation>
    </message>
    <message>
        <source>  Row {row}: maybe {name} ({case}): {reasons}; to review in the Exchanges workspace.</source>
        <translation>  Ligne {row} : peut-être {name} ({case}) : {reasons} ; à examiner dans l'espace Échanges.</translation>
    </message>
    <message>
        <source>{count} rows with problems written to {path}.</source>
        <translation>{count} lignes à problème enregistrées dans {path}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Essai à blanc : rien n'a été importé.</translation>
    </message>
    <message>
        <source>{count} rows imported ({updates} of them changed a record already there); {review} possible duplicates to review.</source>
        <translation>{count} lignes importées (dont {updates} ont modifié une fiche déjà enregistrée) ; {review} doublons possibles à examiner.</translation>
    </message>
    <message>
        <source>Empty workbook written to {path}.</source>
        <translation>Classeur vierge écrit dans {path}.</translation>
    </message>
    <message>
        <source>No database at {path}.</source>
        <translation>Aucune base de données à {path}.</translation>
    </message>
    <message>
        <source>All checks passed in {seconds} s.</source>
        <translation>Toutes les vérifications sont passées en {seconds} s.</translation>
    </message>
    <message>
        <source>desk verify: {count} problems found (see above).</source>
        <translation>desk verify : {count} problèmes trouvés (voir ci-dessus).</translation>
    </message>
    <message>
        <source>desk: error: {message}</source>
        <translation>desk : erreur : {message}</translation>
    </message>
    <message>
        <source>desk: interrupted; the unfinished step changed nothing.</source>
        <translation>desk : interrompu ; l'étape inachevée n'a rien modifié.</translation>
    </message>
    <message>
        <source>{dest} is a file: give a folder to write the backup into.</source>
        <translation>{dest} est un fichier : indiquez un dossier où écrire la sauvegarde.</translation>
    </message>
    <message>
        <source>Backup written and verified: {path}</source>
        <translation>Sauvegarde écrite et vérifiée : {path}</translation>
    </message>
    <message>
        <source>Ledger fingerprint: {fingerprint}</source>
        <translation>Empreinte du registre : {fingerprint}</translation>
    </message>
    <message>
        <source>Copied and verified on the second destination: {path}</source>
        <translation>Copiée et vérifiée sur la seconde destination : {path}</translation>
    </message>
    <message>
        <source>{count} older backups removed by the rotation.</source>
        <translation>{count} sauvegardes plus anciennes supprimées par la rotation.</translation>
    </message>
    <message>
        <source>desk: warning: {message}</source>
        <translation>desk : attention : {message}</translation>
    </message>
    <message>
        <source>{file}: no such file.</source>
        <translation>{file} : fichier introuvable.</translation>
    </message>
    <message>
        <source>The database as it was: {path}</source>
        <translation>La base telle qu’elle était : {path}</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closing the case cancels the {count} visits still planned and stops payments&lt;/b&gt;: no request can be asked for or paid for a closed case. Only a desk manager can reopen it, with a reason.</source>
        <translation>&lt;b&gt;Clôturer le dossier annule les {count} visites encore prévues et arrête les paiements&lt;/b&gt; : aucune demande ne peut être faite ni payée pour un dossier clôturé. Seul un responsable du guichet peut le rouvrir, avec un motif.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closing the case stops payments&lt;/b&gt;: no request can be asked for or paid for a closed case. Only a desk manager can reopen it, with a reason.</source>
        <translation>&lt;b&gt;Clôturer le dossier arrête les paiements&lt;/b&gt; : aucune demande ne peut être faite ni payée pour un dossier clôturé. Seul un responsable du guichet peut le rouvrir, avec un motif.</translation>
    </message>
    <message>
        <source>What happened (required when the person abandoned the project)</source>
        <translation>Ce qui s'est passé (obligatoire quand la personne a abandonné le projet)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>backup folder</source>
        <translation>dossier des sauvegardes</translation>
    </message>
    <message>
        <source>backup folder and second destination</source>
        <translation>dossier des sauvegardes et seconde destination</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Ledger fingerprint</source>
        <translation>Empreinte du registre</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>second destination only</source>
        <translation>seconde destination seulement</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>First due on</source>
        <translation>Date initiale</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Cases / capacity</source>
        <translation>Dossiers / capacité</translation>
    </message>
    <message>
        <source>Agreement until</source>
        <translation>Convention jusqu'au</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>Payé à</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Interim report</source>
        <translation>Rapport intermédiaire</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Décaissé</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>N° de reçu</translation>
    </message>
    <message>
        <source>Posted by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Contre-passé</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Clôturé par</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>locked out</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>French name</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Nom en anglais</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En usage</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville ou commune</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>can be executed</source>
        <translation>exécutable</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistrée par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Erasure request</source>
        <translation>Demande d'effacement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Jours présents</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <source>Registered person</source>
        <translation>Personne enregistrée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Amount in the ledger</source>
        <translation>Montant au grand livre</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Rapproché par</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>to amend</source>
        <translation>à amender</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>ajourné</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Rentabilité</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Viabilité</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Technical feasibility</source>
        <translation>Faisabilité technique</translation>
    </message>
</context>
<context>
    <name>CommitteeWidget</name>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle session…</translation>
    </message>
    <message>
        <source>C&amp;lose the session</source>
        <translation>C&amp;lôturer la session</translation>
    </message>
    <message>
        <source>The committee approves more than requested</source>
        <translation>Le comité approuve plus que le montant demandé</translation>
    </message>
    <message>
        <source>Say why in the remarks: they are written in the minutes.</source>
        <translation>Dites pourquoi dans les remarques : elles figurent au procès-verbal.</translation>
    </message>
    <message>
        <source>Required unless approved as requested; told to the person in the decision letter</source>
        <translation>Obligatoire sauf approbation dans la limite demandée ; communiqué à la personne dans la lettre de décision</translation>
    </message>
    <message>
        <source>e.g. finish the management training before the first payment</source>
        <translation>ex. : suivre la formation en gestion avant le premier versement</translation>
    </message>
    <message>
        <source>&amp;Record the decision (Ctrl+Enter)</source>
        <translation>&amp;Enregistrer la décision (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Décision</translation>
    </message>
    <message>
        <source>&amp;Amount approved</source>
        <translation>&amp;Montant approuvé</translation>
    </message>
    <message>
        <source>C&amp;onditions</source>
        <translation>C&amp;onditions</translation>
    </message>
    <message>
        <source>Re&amp;marks</source>
        <translation>Re&amp;marques</translation>
    </message>
    <message>
        <source>Sector / value chain</source>
        <translation>Secteur / filière</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Print the &amp;minutes…</source>
        <translation>Imprimer le &amp;procès-verbal…</translation>
    </message>
    <message>
        <source>Print the decision &amp;letters…</source>
        <translation>Imprimer les &amp;lettres de décision…</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Synthesis by sector and value chain&lt;/b&gt; (plans decided)</source>
        <translation>&lt;b&gt;Synthèse par secteur et filière&lt;/b&gt; (projets décidés)</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (clôturée)</translation>
    </message>
    <message>
        <source>Members: {members}</source>
        <translation>Membres : {members}</translation>
    </message>
    <message>
        <source>No plan on the agenda: plans appear here once submitted.</source>
        <translation>Aucun projet à l'ordre du jour : les projets apparaissent ici une fois soumis.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{name}&lt;/h3&gt;&lt;p&gt;{number} · {sector} · operator {operator}&lt;/p&gt;&lt;p&gt;{description}&lt;/p&gt;&lt;p&gt;&lt;i&gt;{feasibility}&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Budget {total}, requested &lt;b&gt;{requested}&lt;/b&gt; · assessment {score}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{name}&lt;/h3&gt;&lt;p&gt;{number} · {sector} · opérateur {operator}&lt;/p&gt;&lt;p&gt;{description}&lt;/p&gt;&lt;p&gt;&lt;i&gt;{feasibility}&lt;/i&gt;&lt;/p&gt;&lt;p&gt;Budget {total}, demandé &lt;b&gt;{requested}&lt;/b&gt; · évaluation {score}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{sector}: {plans} plans, {requested} requested, {approved} approved</source>
        <translation>{sector} : {plans} projets, {requested} demandés, {approved} approuvés</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous secteurs</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d'ouvrir la base de données</translation>
    </message>
    <message>
        <source>Preparing the demonstration desk…</source>
        <translation>Préparation du guichet de démonstration…</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Offered (untick to retire the course)</source>
        <translation>Proposée (décochez pour retirer la formation)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;French name</source>
        <translation>Nom en &amp;français</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>Nom en &amp;anglais</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Durée (jours)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>DataProtection</name>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Their guardian</source>
        <translation>Son tuteur</translation>
    </message>
    <message>
        <source>Their representative (lawyer, association)</source>
        <translation>Son représentant (avocat, association)</translation>
    </message>
    <message>
        <source>The desk (retention period)</source>
        <translation>Le guichet (durée de conservation)</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>Approved, to execute</source>
        <translation>Approuvée, à exécuter</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <source>Asked by: choose from the list.</source>
        <translation>Demandée par : choisissez dans la liste.</translation>
    </message>
    <message>
        <source>Asked on: the date cannot be in the future.</source>
        <translation>Demandée le : la date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>This case is not past the retention period: it cannot be erased on review.</source>
        <translation>Ce dossier n'a pas dépassé la durée de conservation : il ne peut pas être effacé sur revue.</translation>
    </message>
    <message>
        <source>This person has already been pseudonymised.</source>
        <translation>Cette personne a déjà été pseudonymisée.</translation>
    </message>
    <message>
        <source>An erasure request is already open for this person (case {number}).</source>
        <translation>Une demande d'effacement est déjà en cours pour cette personne (dossier {number}).</translation>
    </message>
    <message>
        <source>Only a request waiting for a decision can be approved (it is: {status}).</source>
        <translation>Seule une demande en attente de décision peut être approuvée (elle est : {status}).</translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>This request can no longer be refused (it is: {status}).</source>
        <translation>Cette demande ne peut plus être refusée (elle est : {status}).</translation>
    </message>
    <message>
        <source>This request was already executed.</source>
        <translation>Cette demande a déjà été exécutée.</translation>
    </message>
    <message>
        <source>Only an approved request can be executed; approve it first.</source>
        <translation>Seule une demande approuvée peut être exécutée ; approuvez-la d'abord.</translation>
    </message>
    <message>
        <source>Type the case number {number} to confirm the erasure.</source>
        <translation>Saisissez le numéro de dossier {number} pour confirmer l'effacement.</translation>
    </message>
    <message>
        <source>Retention: between 1 and {max} years.</source>
        <translation>Conservation : entre 1 et {max} ans.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>person records pseudonymised</source>
        <translation>fiches de personne pseudonymisées</translation>
    </message>
    <message>
        <source>consents cleared of names</source>
        <translation>consentements sans noms</translation>
    </message>
    <message>
        <source>consents withdrawn</source>
        <translation>consentements retirés</translation>
    </message>
    <message>
        <source>cases cleared of notes</source>
        <translation>dossiers sans notes</translation>
    </message>
    <message>
        <source>vulnerabilities deleted</source>
        <translation>vulnérabilités supprimées</translation>
    </message>
    <message>
        <source>assessment notes cleared</source>
        <translation>notes d'évaluation effacées</translation>
    </message>
    <message>
        <source>visits cleared of notes</source>
        <translation>visites sans notes</translation>
    </message>
    <message>
        <source>closure notes cleared</source>
        <translation>notes de clôture effacées</translation>
    </message>
    <message>
        <source>referrals cleared</source>
        <translation>orientations effacées</translation>
    </message>
    <message>
        <source>plans cleared of descriptions</source>
        <translation>plans sans descriptions</translation>
    </message>
    <message>
        <source>committee comments cleared</source>
        <translation>commentaires du comité effacés</translation>
    </message>
    <message>
        <source>designation reasons cleared</source>
        <translation>motifs de désignation effacés</translation>
    </message>
    <message>
        <source>employers cleared</source>
        <translation>employeurs effacés</translation>
    </message>
    <message>
        <source>payment requests cleared of payee details</source>
        <translation>demandes de paiement sans coordonnées du bénéficiaire</translation>
    </message>
    <message>
        <source>merge reasons cleared</source>
        <translation>motifs de fusion effacés</translation>
    </message>
    <message>
        <source>imported rows cleared</source>
        <translation>lignes importées effacées</translation>
    </message>
    <message>
        <source>intake drafts deleted</source>
        <translation>brouillons d'accueil supprimés</translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what} : {count}</translation>
    </message>
    <message>
        <source>A payment is pending on this person's cases: it must be paid, rejected or cancelled first.</source>
        <translation>Un paiement est en attente sur les dossiers de cette personne : il doit d'abord être payé, refusé ou annulé.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n'existe plus.</translation>
    </message>
    <message>
        <source>This record was merged into another since the request: refuse it and record a new one on the case.</source>
        <translation>Cette fiche a été fusionnée avec une autre depuis la demande : refusez-la et enregistrez-en une nouvelle sur le dossier.</translation>
    </message>
    <message>
        <source>Cases still open (a manager closes them first): {numbers}.</source>
        <translation>Dossiers encore ouverts (un responsable les clôture d'abord) : {numbers}.</translation>
    </message>
    <message>
        <source>Erased on request no. {id}</source>
        <translation>Effacé sur demande n° {id}</translation>
    </message>
    <message>
        <source>This person's consent is withdrawn (or was never given): no monitoring report naming them can be sent to the funder.</source>
        <translation>Le consentement de cette personne est retiré (ou n'a jamais été donné) : aucun rapport de suivi la nommant ne peut être envoyé au bailleur.</translation>
    </message>
    <message>
        <source>Visits left out (consent withdrawn or not given)</source>
        <translation>Visites écartées (consentement retiré ou non donné)</translation>
    </message>
    <message>
        <source>Persons left out (consent withdrawn or not given)</source>
        <translation>Personnes écartées (consentement retiré ou non donné)</translation>
    </message>
</context>
<context>
    <name>DataProtectionWidget</name>
    <message>
        <source>Erasure &amp;requests</source>
        <translation>&amp;Demandes d'effacement</translation>
    </message>
    <message>
        <source>Retention re&amp;view</source>
        <translation>&amp;Revue de conservation</translation>
    </message>
    <message>
        <source>To decide or to execute</source>
        <translation>À décider ou à exécuter</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Exécutées</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>E&amp;xecute the erasure…</source>
        <translation>E&amp;xécuter l'effacement…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Open an erasure &amp;request…</source>
        <translation>&amp;Ouvrir une demande d'effacement…</translation>
    </message>
    <message>
        <source>Flag closed cases for review after</source>
        <translation>Signaler les dossiers clôturés pour revue après</translation>
    </message>
    <message>
        <source>{total} closed cases were closed before {date} and are due for review.</source>
        <translation>{total} dossiers ont été clôturés avant le {date} et sont à revoir.</translation>
    </message>
    <message>
        <source>The {shown} closed longest ago are listed.</source>
        <translation>Les {shown} clôturés depuis le plus longtemps sont listés.</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>Aucune demande sélectionnée.</translation>
    </message>
    <message>
        <source>Case {number}: recorded by {user} on {date}.</source>
        <translation>Dossier {number} : enregistrée par {user} le {date}.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Decided by {user} on {date}.</source>
        <translation>Décidée par {user} le {date}.</translation>
    </message>
    <message>
        <source>Reason for refusing: {reason}</source>
        <translation>Motif du refus : {reason}</translation>
    </message>
    <message>
        <source>Cannot be executed yet: {why}</source>
        <translation>Pas encore exécutable : {why}</translation>
    </message>
    <message>
        <source>Executed by {user} on {date}: now {pseudonym} ({outcome}).</source>
        <translation>Exécutée par {user} le {date} : désormais {pseudonym} ({outcome}).</translation>
    </message>
    <message>
        <source>Refuse the erasure of case {number}</source>
        <translation>Refuser l'effacement du dossier {number}</translation>
    </message>
    <message>
        <source>Why is the request refused? The manager who recorded it reads this.</source>
        <translation>Pourquoi la demande est-elle refusée ? Le responsable qui l'a enregistrée lira ce motif.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>Open the request</source>
        <translation>Ouvrir la demande</translation>
    </message>
    <message>
        <source>Erasure of case {number}</source>
        <translation>Effacement du dossier {number}</translation>
    </message>
    <message>
        <source>This case was closed on {date}, past the desk's retention period. Why should it be erased? The request then waits for your decision like any other.</source>
        <translation>Ce dossier a été clôturé le {date}, au-delà de la durée de conservation du guichet. Pourquoi l'effacer ? La demande attendra ensuite votre décision comme toute autre.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Day: type it as dd/mm/yyyy.</source>
        <translation>Jour : saisissez-le au format jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating returnees…</source>
        <translation>Création des migrants de retour…</translation>
    </message>
    <message>
        <source>Paying pocket money and instalments…</source>
        <translation>Paiement du pécule et des tranches…</translation>
    </message>
</context>
<context>
    <name>DesignationWidget</name>
    <message>
        <source>Any region</source>
        <translation>Toutes régions</translation>
    </message>
    <message>
        <source>Any arrival group</source>
        <translation>Tous groupes d'arrivée</translation>
    </message>
    <message>
        <source>&amp;Designate this operator (Enter)</source>
        <translation>&amp;Désigner cet opérateur (Entrée)</translation>
    </message>
    <message>
        <source>Selection to each case's &amp;best operator…</source>
        <translation>Sélection au &amp;meilleur opérateur de chaque dossier…</translation>
    </message>
    <message>
        <source>Selection to &amp;this operator…</source>
        <translation>Sélection à ce&amp;t opérateur…</translation>
    </message>
    <message>
        <source>{count}{more} cases waiting</source>
        <translation>{count}{more} dossiers en attente</translation>
    </message>
    <message>
        <source>No case waiting.</source>
        <translation>Aucun dossier en attente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({number}) – {town}: operators by fit</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({number}) – {town} : opérateurs par pertinence</translation>
    </message>
    <message>
        <source>{rank}. {name} – {score} points
{reasons}</source>
        <translation>{rank}. {name} – {score} points
{reasons}</translation>
    </message>
    <message>
        <source>Operator at capacity</source>
        <translation>Opérateur au complet</translation>
    </message>
    <message>
        <source>{name} already has {load} cases for {capacity} places. Designate anyway?</source>
        <translation>{name} a déjà {load} dossiers pour {capacity} places. Désigner quand même ?</translation>
    </message>
    <message>
        <source>Designate {count} cases</source>
        <translation>Désigner {count} dossiers</translation>
    </message>
    <message>
        <source>Reason, written once for all of them (e.g. charter of 14/03):</source>
        <translation>Motif, écrit une fois pour tous (ex. charter du 14/03) :</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>&amp;Caseload…</source>
        <translation>&amp;Portefeuille…</translation>
    </message>
    <message>
        <source>&amp;Add an operator…</source>
        <translation>&amp;Ajouter un opérateur…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>This document cannot print some characters of: {text}. Nothing was printed; tell the administrator.</source>
        <translation>Ce document ne peut pas imprimer certains caractères de : {text}. Rien n'a été imprimé ; prévenez l'administrateur.</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>Page {page}/{pages}</source>
        <translation>Page {page}/{pages}</translation>
    </message>
    <message>
        <source>No participant has completed this session: no certificate to print.</source>
        <translation>Aucun participant n'a terminé cette session : pas d'attestation à imprimer.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>The file could not be written there: choose another folder, or check the free space.</source>
        <translation>Le fichier n'a pas pu être écrit à cet endroit : choisissez un autre dossier ou vérifiez l'espace libre.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>name {percent} % alike</source>
        <translation>nom semblable à {percent} %</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <source>same year of birth</source>
        <translation>même année de naissance</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>same ID document number</source>
        <translation>même numéro de pièce d'identité</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>&amp;Same person: new case on this file</source>
        <translation>&amp;Même personne : nouveau dossier sur cette fiche</translation>
    </message>
    <message>
        <source>Di&amp;fferent person</source>
        <translation>Personne di&amp;fférente</translation>
    </message>
    <message>
        <source>, registered {year}</source>
        <translation>, enregistré(e) en {year}</translation>
    </message>
    <message>
        <source> in {place}</source>
        <translation> à {place}</translation>
    </message>
    <message>
        <source>{name}, born {birth}{registered}{place}
{case} – {reasons} (likeness {score} %)</source>
        <translation>{name}, né(e) le {birth}{registered}{place}
{case} – {reasons} (ressemblance {score} %)</translation>
    </message>
    <message>
        <source>This person may already be registered ({count}). Check with them:</source>
        <translation>Cette personne est peut-être déjà enregistrée ({count}). Vérifiez avec elle :</translation>
    </message>
</context>
<context>
    <name>Employment</name>
    <message>
        <source>waiting for an answer</source>
        <translation>en attente de réponse</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>declined by the person</source>
        <translation>refusée par la personne</translation>
    </message>
    <message>
        <source>not retained by the employer</source>
        <translation>non retenue par l'employeur</translation>
    </message>
    <message>
        <source>permanent contract</source>
        <translation>CDI</translation>
    </message>
    <message>
        <source>fixed-term contract</source>
        <translation>CDD</translation>
    </message>
    <message>
        <source>apprenticeship</source>
        <translation>apprentissage</translation>
    </message>
    <message>
        <source>internship</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>casual work</source>
        <translation>travail journalier</translation>
    </message>
</context>
<context>
    <name>EmploymentTab</name>
    <message>
        <source>CV done</source>
        <translation>CV fait</translation>
    </message>
    <message>
        <source>Cover letter done</source>
        <translation>Lettre de motivation faite</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Add as a job &amp;offer</source>
        <translation>Ajouter comme &amp;offre d'emploi</translation>
    </message>
    <message>
        <source>Add as a &amp;placement</source>
        <translation>Ajouter comme &amp;placement</translation>
    </message>
    <message>
        <source>Job offers</source>
        <translation>Offres d'emploi</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nouveau :</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucun pour l'instant.</translation>
    </message>
</context>
<context>
    <name>ErasureRequestDialog</name>
    <message>
        <source>Request erasure of case {number}</source>
        <translation>Demander l'effacement du dossier {number}</translation>
    </message>
    <message>
        <source>How the request was made (letter, visit, phone), and what was asked. Do not write the name.</source>
        <translation>Comment la demande a été faite (courrier, visite, téléphone) et ce qui est demandé. N'écrivez pas le nom.</translation>
    </message>
    <message>
        <source>The person's identity and notes will be replaced by a pseudonym on every case of theirs, once the administrator approves and executes the request. Payments already made stay in the ledger. Pending payments must be settled and the person's cases closed first.</source>
        <translation>L'identité et les notes de la personne seront remplacées par un pseudonyme dans tous ses dossiers, une fois la demande approuvée et exécutée par l'administrateur. Les paiements déjà faits restent dans le registre. Les paiements en attente doivent d'abord être réglés et les dossiers de la personne clôturés.</translation>
    </message>
    <message>
        <source>Asked &amp;by</source>
        <translation>Demandée &amp;par</translation>
    </message>
    <message>
        <source>Asked &amp;on</source>
        <translation>Demandée &amp;le</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Record the request</source>
        <translation>&amp;Enregistrer la demande</translation>
    </message>
    <message>
        <source>&lt;b&gt;An erasure request exists for this person&lt;/b&gt; (case {number}, asked on {date}): {status}.</source>
        <translation>&lt;b&gt;Une demande d'effacement existe pour cette personne&lt;/b&gt; (dossier {number}, demandée le {date}) : {status}.</translation>
    </message>
    <message>
        <source>Reason given: {reason}</source>
        <translation>Motif donné : {reason}</translation>
    </message>
    <message>
        <source>Asked on: type a date as dd/mm/yyyy.</source>
        <translation>Demandée le : saisissez une date au format jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Role: choose agent, manager, finance or admin.</source>
        <translation>Rôle : choisissez agent, manager, finance ou admin.</translation>
    </message>
    <message>
        <source>This desk already has accounts: ask its administrator.</source>
        <translation>Ce guichet a déjà des comptes : adressez-vous à son administrateur.</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked for {minutes} more minute(s).</source>
        <translation>Trop d'essais manqués : ce compte reste bloqué encore {minutes} minute(s).</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked for {minutes} minutes.</source>
        <translation>Trop d'essais manqués : ce compte est bloqué pendant {minutes} minutes.</translation>
    </message>
    <message>
        <source>User name: '{name}' is already taken.</source>
        <translation>Identifiant : « {name} » est déjà pris.</translation>
    </message>
    <message>
        <source>Role: you cannot remove your own administrator role.</source>
        <translation>Rôle : vous ne pouvez pas retirer votre propre rôle d'administrateur.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>New password: choose a different password.</source>
        <translation>Nouveau mot de passe : choisissez un mot de passe différent.</translation>
    </message>
    <message>
        <source>Current password: it is not correct.</source>
        <translation>Mot de passe actuel : il n'est pas correct.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Ce compte n'existe plus.</translation>
    </message>
    <message>
        <source>This database was used by a newer version of Guichet (schema {revision}). Install that version or newer; nothing was changed.</source>
        <translation>Cette base a été utilisée par une version plus récente de Guichet (schéma {revision}). Installez cette version ou une plus récente ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Returnees: between 0 and 2,000,000.</source>
        <translation>Migrants de retour : entre 0 et 2 000 000.</translation>
    </message>
    <message>
        <source>Demo data goes only into a demonstration database, never a real desk's.</source>
        <translation>Les données de démonstration ne vont que dans une base de démonstration, jamais dans celle d'un vrai guichet.</translation>
    </message>
    <message>
        <source>This demonstration database already has returnees.</source>
        <translation>Cette base de démonstration contient déjà des migrants de retour.</translation>
    </message>
    <message>
        <source>Country: this desk is already set up for {country}.</source>
        <translation>Pays : ce guichet est déjà configuré pour {country}.</translation>
    </message>
    <message>
        <source>Idle lock: between 1 and 60 minutes.</source>
        <translation>Verrouillage : entre 1 et 60 minutes.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it. Nothing was overwritten: review their changes, then apply yours again.</source>
        <translation>Cet enregistrement a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. Rien n'a été écrasé : regardez ses modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this action ({action}).</source>
        <translation>Votre rôle ({role}) ne permet pas cette action ({action}).</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé : rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Country: choose one of {choices}.</source>
        <translation>Pays : choisissez parmi {choices}.</translation>
    </message>
    <message>
        <source>Unknown reference list: {kind}.</source>
        <translation>Liste de référence inconnue : {kind}.</translation>
    </message>
    <message>
        <source>Code: '{code}' already exists in this list.</source>
        <translation>Code : « {code} » existe déjà dans cette liste.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Cet élément n'existe plus.</translation>
    </message>
    <message>
        <source>Parent: choose an item from the list ({list}).</source>
        <translation>Rattachement : choisissez un élément de la liste ({list}).</translation>
    </message>
    <message>
        <source>The database refused the change because it conflicts with existing data. Nothing was saved.</source>
        <translation>La base de données a refusé la modification, en conflit avec des données existantes. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while saving. The change was saved entirely or not at all: look for it before doing it again. Guichet reconnects by itself.</source>
        <translation>La connexion au serveur de base de données a été perdue pendant l’enregistrement. La modification a été enregistrée entièrement ou pas du tout : vérifiez si elle y est avant de la refaire. Guichet se reconnecte tout seul.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost (the server may have restarted). Nothing was saved: try again; Guichet reconnects by itself.</source>
        <translation>La connexion au serveur de base de données a été perdue (le serveur a peut-être redémarré). Rien n’a été enregistré : réessayez ; Guichet se reconnecte tout seul.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Nothing was saved: check the network or the server, then try again.</source>
        <translation>La base de données est injoignable. Rien n’a été enregistré : vérifiez le réseau ou le serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full. Nothing was saved: free some space, then try again.</source>
        <translation>Le disque qui contient la base de données est plein. Rien n’a été enregistré : libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>The database cannot be written to: its file or folder is read-only. Nothing was saved.</source>
        <translation>La base de données ne peut pas être modifiée : son fichier ou son dossier est en lecture seule. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The database is busy or unreachable. Nothing was saved; try again in a moment.</source>
        <translation>La base de données est occupée ou injoignable. Rien n'a été enregistré ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was saved.</source>
        <translation>La base de données a signalé une erreur. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be read. Nothing was changed. Close Guichet and ask your administrator to restore the last verified backup.</source>
        <translation>Le fichier de la base de données est endommagé et ne peut pas être lu. Rien n’a été modifié. Fermez Guichet et demandez à votre administrateur de restaurer la dernière sauvegarde vérifiée.</translation>
    </message>
    <message>
        <source>The connection to the database was lost or cannot be made. Try again; Guichet reconnects by itself.</source>
        <translation>La connexion à la base de données a été perdue ou ne peut pas être établie. Réessayez ; Guichet se reconnecte tout seul.</translation>
    </message>
    <message>
        <source>The database is busy or unreachable; try again in a moment.</source>
        <translation>La base de données est occupée ou injoignable ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{label}: this field is required.</source>
        <translation>{label} : ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>{label}: choose a value from the list.</source>
        <translation>{label} : choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <source>{label}: a number from 0 to {max}.</source>
        <translation>{label} : un nombre de 0 à {max}.</translation>
    </message>
    <message>
        <source>Date of birth: type it (dd/mm/yyyy), or tick “estimated” and give the year.</source>
        <translation>Date de naissance : saisissez-la (jj/mm/aaaa), ou cochez « estimée » et indiquez l'année.</translation>
    </message>
    <message>
        <source>Date of birth: it cannot be in the future or before 1900; check the year.</source>
        <translation>Date de naissance : elle ne peut pas être dans le futur ni avant 1900 ; vérifiez l'année.</translation>
    </message>
    <message>
        <source>Estimated year of birth: between 1900 and this year.</source>
        <translation>Année de naissance estimée : entre 1900 et cette année.</translation>
    </message>
    <message>
        <source>Date of return: it cannot be in the future.</source>
        <translation>Date de retour : elle ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Date of departure: it cannot be in the future.</source>
        <translation>Date de départ : elle ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Date of return: it is before the date of departure; check both dates.</source>
        <translation>Date de retour : elle est antérieure à la date de départ ; vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>Date of departure: it is before the date of birth; check both dates.</source>
        <translation>Date de départ : elle est antérieure à la date de naissance ; vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>Consent: a file can be opened only when the person agrees to the processing of their data.</source>
        <translation>Consentement : un dossier ne peut être ouvert que si la personne accepte le traitement de ses données.</translation>
    </message>
    <message>
        <source>Guardian: this person is a minor; the consent must be given by a parent or guardian.</source>
        <translation>Tuteur : cette personne est mineure ; le consentement doit être donné par un parent ou un tuteur.</translation>
    </message>
    <message>
        <source>Vulnerabilities: choose from the list.</source>
        <translation>Vulnérabilités : choisissez dans la liste.</translation>
    </message>
    <message>
        <source>Department: choose one of the departments of the region chosen.</source>
        <translation>Département : choisissez l'un des départements de la région choisie.</translation>
    </message>
    <message>
        <source>{label}: remove the invisible control characters (often pasted by accident).</source>
        <translation>{label} : retirez les caractères de contrôle invisibles (souvent collés par accident).</translation>
    </message>
    <message>
        <source>{label}: at most {max} characters (you typed {count}).</source>
        <translation>{label} : {max} caractères au plus (vous en avez saisi {count}).</translation>
    </message>
    <message>
        <source>User name: 2 to 32 characters, lower-case letters, digits, dot, dash or underscore, starting with a letter or digit.</source>
        <translation>Identifiant : 2 à 32 caractères, lettres minuscules, chiffres, point, tiret ou tiret bas, commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Password: at least {min} characters.</source>
        <translation>Mot de passe : au moins {min} caractères.</translation>
    </message>
    <message>
        <source>Password: no spaces at the ends and no control characters.</source>
        <translation>Mot de passe : pas d'espace au début ni à la fin, pas de caractère de contrôle.</translation>
    </message>
    <message>
        <source>Questionnaire: “{answer}” is not an answer to “{question}”.</source>
        <translation>Questionnaire : « {answer} » n'est pas une réponse à « {question} ».</translation>
    </message>
    <message>
        <source>Questionnaire: answer at least one question of the “{dimension}” part.</source>
        <translation>Questionnaire : répondez à au moins une question de la partie « {dimension} ».</translation>
    </message>
    <message>
        <source>Weights: each weight is a number from 0 to 1.</source>
        <translation>Pondérations : chaque pondération est un nombre de 0 à 1.</translation>
    </message>
    <message>
        <source>This is not the same questionnaire.</source>
        <translation>Ce n'est pas le même questionnaire.</translation>
    </message>
    <message>
        <source>Questionnaire: questions cannot be added or removed here.</source>
        <translation>Questionnaire : on ne peut pas ajouter ni retirer de questions ici.</translation>
    </message>
    <message>
        <source>The weights of the dimensions add up to {total}; they must add up to 1.</source>
        <translation>Les pondérations des dimensions totalisent {total} ; leur somme doit être égale à 1.</translation>
    </message>
    <message>
        <source>Questionnaire: a question cannot move to another dimension.</source>
        <translation>Questionnaire : une question ne peut pas changer de dimension.</translation>
    </message>
    <message>
        <source>Weights of the dimension “{dimension}” add up to {total}; they must add up to 1.</source>
        <translation>Les pondérations de la dimension « {dimension} » totalisent {total} ; leur somme doit être égale à 1.</translation>
    </message>
    <message>
        <source>Nothing was changed: no new version was saved.</source>
        <translation>Rien n'a été modifié : aucune nouvelle version n'a été enregistrée.</translation>
    </message>
    <message>
        <source>This version of the questionnaire does not exist.</source>
        <translation>Cette version du questionnaire n'existe pas.</translation>
    </message>
    <message>
        <source>Someone saved a newer version of the questionnaire meanwhile. Nothing was saved: reopen it and make your changes again.</source>
        <translation>Quelqu'un a enregistré entre-temps une version plus récente du questionnaire. Rien n'a été enregistré : rouvrez-le et refaites vos modifications.</translation>
    </message>
    <message>
        <source>Success factors: rate each from 1 to 4.</source>
        <translation>Facteurs de réussite : notez chacun de 1 à 4.</translation>
    </message>
    <message>
        <source>Aid levels and needs: choose from the lists.</source>
        <translation>Niveaux d'aide et besoins : choisissez dans les listes.</translation>
    </message>
    <message>
        <source>Assessment: baseline or follow-up.</source>
        <translation>Évaluation : initiale ou de suivi.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Ce dossier n'existe plus.</translation>
    </message>
    <message>
        <source>This assessment no longer exists.</source>
        <translation>Cette évaluation n'existe plus.</translation>
    </message>
    <message>
        <source>Photo: at most {kb} KB; the screen reduces large pictures before saving.</source>
        <translation>Photo : {kb} Ko au plus ; l'écran réduit les grandes images avant l'enregistrement.</translation>
    </message>
    <message>
        <source>Photo: choose a JPEG or PNG picture.</source>
        <translation>Photo : choisissez une image JPEG ou PNG.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Cette personne n'existe plus.</translation>
    </message>
    <message>
        <source>Choose two different persons to merge.</source>
        <translation>Choisissez deux personnes différentes à fusionner.</translation>
    </message>
    <message>
        <source>One of these persons no longer exists or was already merged.</source>
        <translation>L'une de ces personnes n'existe plus ou a déjà été fusionnée.</translation>
    </message>
    <message>
        <source>This merge does not exist or was already undone.</source>
        <translation>Cette fusion n'existe pas ou a déjà été annulée.</translation>
    </message>
    <message>
        <source>The person chosen as the same person no longer exists.</source>
        <translation>La personne choisie comme étant la même n'existe plus.</translation>
    </message>
    <message>
        <source>This draft no longer exists.</source>
        <translation>Ce brouillon n'existe plus.</translation>
    </message>
    <message>
        <source>This person has no consent in force to withdraw.</source>
        <translation>Cette personne n'a pas de consentement en vigueur à retirer.</translation>
    </message>
    <message>
        <source>{label}: '{value}' is not a valid phone number (e.g. 6 99 12 34 56, or +33 6 12 34 56 78).</source>
        <translation>{label} : « {value} » n'est pas un numéro de téléphone valide (ex. 6 99 12 34 56, ou +33 6 12 34 56 78).</translation>
    </message>
    <message>
        <source>This person has not consented to this sharing (or withdrew their consent): nothing was shared.</source>
        <translation>Cette personne n'a pas consenti à ce partage (ou a retiré son consentement) : rien n'a été partagé.</translation>
    </message>
    <message>
        <source>The database could not be opened or brought up to date; it was left as it was. Check that the server is reachable or the file is intact, then try again.</source>
        <translation>La base de données n'a pas pu être ouverte ni mise à jour ; elle a été laissée telle quelle. Vérifiez que le serveur est joignable ou que le fichier est intact, puis réessayez.</translation>
    </message>
    <message>
        <source>Name: an operator called '{name}' exists already.</source>
        <translation>Nom : un opérateur nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>You can export only your own calendar of visits.</source>
        <translation>Vous ne pouvez exporter que votre propre calendrier de visites.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Cet utilisateur n’existe plus.</translation>
    </message>
    <message>
        <source>Only a manager exports an operator's calendar of visits.</source>
        <translation>Seul un responsable exporte le calendrier de visites d’un opérateur.</translation>
    </message>
    <message>
        <source>This operator no longer exists.</source>
        <translation>Cet opérateur n'existe plus.</translation>
    </message>
    <message>
        <source>The end of the period comes before its start.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
        <source>Columns: choose at least one column to export.</source>
        <translation>Colonnes : choisissez au moins une colonne à exporter.</translation>
    </message>
    <message>
        <source>Columns: {unknown} unknown. Choose among: {known}.</source>
        <translation>Colonnes : {unknown} inconnue(s). Choisissez parmi : {known}.</translation>
    </message>
    <message>
        <source>Your role does not allow exporting sensitive data ({columns}). Nothing was exported.</source>
        <translation>Votre rôle ne permet pas d'exporter des données sensibles ({columns}). Rien n'a été exporté.</translation>
    </message>
    <message>
        <source>Status: choose a value from the list.</source>
        <translation>Statut : choisissez une valeur dans la liste.</translation>
    </message>
    <message>
        <source>Capacity: a number of cases from 0 to 10,000.</source>
        <translation>Capacité : un nombre de dossiers de 0 à 10 000.</translation>
    </message>
    <message>
        <source>Aid levels: choose from the list.</source>
        <translation>Niveaux d'aide : choisissez dans la liste.</translation>
    </message>
    <message>
        <source>End of agreement: it is before its start; check both dates.</source>
        <translation>Fin de la convention : elle précède son début ; vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>{label}: unknown codes {codes}.</source>
        <translation>{label} : codes inconnus {codes}.</translation>
    </message>
    <message>
        <source>Case {number}: no eligible operator has room; designate it by hand.</source>
        <translation>Dossier {number} : aucun opérateur possible n'a de place ; désignez-le à la main.</translation>
    </message>
    <message>
        <source>{name} cannot be designated: {why}.</source>
        <translation>{name} ne peut pas être désigné : {why}.</translation>
    </message>
    <message>
        <source>Case {number} is already with {name}.</source>
        <translation>Le dossier {number} est déjà confié à {name}.</translation>
    </message>
    <message>
        <source>Case {number} is closed.</source>
        <translation>Le dossier {number} est clôturé.</translation>
    </message>
    <message>
        <source>{name} is at capacity ({load}/{capacity}): confirm the override to designate anyway.</source>
        <translation>{name} est au complet ({load}/{capacity}) : confirmez le dépassement pour désigner quand même.</translation>
    </message>
    <message>
        <source>Duration: from 1 to 365 days.</source>
        <translation>Durée : de 1 à 365 jours.</translation>
    </message>
    <message>
        <source>This course has enrolments: it cannot be removed. Untick “active” to retire it.</source>
        <translation>Cette formation a des inscrits : elle ne peut pas être supprimée. Décochez « proposée » pour la retirer.</translation>
    </message>
    <message>
        <source>Last day: it is before the first day.</source>
        <translation>Dernier jour : il précède le premier jour.</translation>
    </message>
    <message>
        <source>Seats: from 1 to 500.</source>
        <translation>Places : de 1 à 500.</translation>
    </message>
    <message>
        <source>This course is retired: choose another.</source>
        <translation>Cette formation est retirée : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Seats: {count} people already have a seat; the session cannot have fewer.</source>
        <translation>Places : {count} personnes ont déjà une place ; la session ne peut pas en avoir moins.</translation>
    </message>
    <message>
        <source>Case {number} is already enrolled in this session.</source>
        <translation>Le dossier {number} est déjà inscrit à cette session.</translation>
    </message>
    <message>
        <source>Only a current enrolment can be cancelled.</source>
        <translation>Seule une inscription en cours peut être annulée.</translation>
    </message>
    <message>
        <source>Attendance: {day} is not a day of this session ({start} – {end}).</source>
        <translation>Présences : le {day} n'est pas un jour de cette session ({start} – {end}).</translation>
    </message>
    <message>
        <source>Attendance: only people with a seat in this session can be marked present.</source>
        <translation>Présences : seules les personnes ayant une place dans cette session peuvent être marquées présentes.</translation>
    </message>
    <message>
        <source>Outcome: completed, dropped out or failed.</source>
        <translation>Résultat : terminé, abandon ou échec.</translation>
    </message>
    <message>
        <source>Only someone with a seat in the session can complete it.</source>
        <translation>Seule une personne ayant une place dans la session peut la terminer.</translation>
    </message>
    <message>
        <source>Date of the offer: it cannot be in the future.</source>
        <translation>Date de l'offre : elle ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Outcome: choose from the list.</source>
        <translation>Résultat : choisissez dans la liste.</translation>
    </message>
    <message>
        <source>This record no longer exists; refresh the screen.</source>
        <translation>Cet enregistrement n'existe plus ; actualisez l'écran.</translation>
    </message>
    <message>
        <source>Contract: choose from the list.</source>
        <translation>Contrat : choisissez dans la liste.</translation>
    </message>
    <message>
        <source>Due date: it cannot be in the past.</source>
        <translation>Échéance : elle ne peut pas être dans le passé.</translation>
    </message>
    <message>
        <source>Institution: choose one from the list.</source>
        <translation>Institution : choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>Status: choose from the list.</source>
        <translation>Statut : choisissez dans la liste.</translation>
    </message>
    <message>
        <source>This plan is with the committee or decided: it cannot be changed now.</source>
        <translation>Ce projet est devant le comité ou déjà décidé : il ne peut pas être modifié maintenant.</translation>
    </message>
    <message>
        <source>This case has no plan to submit.</source>
        <translation>Ce dossier n'a pas de projet à soumettre.</translation>
    </message>
    <message>
        <source>Only a draft plan can be submitted.</source>
        <translation>Seul un projet en brouillon peut être soumis.</translation>
    </message>
    <message>
        <source>A plan goes to the committee only once an operator is designated for the case.</source>
        <translation>Un projet ne va au comité qu'une fois un opérateur désigné pour le dossier.</translation>
    </message>
    <message>
        <source>The person's consent is missing or withdrawn: the plan cannot go to the committee.</source>
        <translation>Le consentement de la personne manque ou a été retiré : le projet ne peut pas aller au comité.</translation>
    </message>
    <message>
        <source>Budget: add at least one line with an amount.</source>
        <translation>Budget : ajoutez au moins une ligne avec un montant.</translation>
    </message>
    <message>
        <source>Budget line {n}: choose a category.</source>
        <translation>Ligne de budget {n} : choisissez une catégorie.</translation>
    </message>
    <message>
        <source>Budget line {n}: say what it is.</source>
        <translation>Ligne de budget {n} : dites de quoi il s'agit.</translation>
    </message>
    <message>
        <source>Budget line {n}: quantity from 1 to 100,000 and a cost that is not negative.</source>
        <translation>Ligne de budget {n} : quantité de 1 à 100 000 et un coût qui n'est pas négatif.</translation>
    </message>
    <message>
        <source>Instalments: one to four shares that add up to 100 (e.g. 70/30).</source>
        <translation>Tranches : une à quatre parts dont la somme fait 100 (ex. 70/30).</translation>
    </message>
    <message>
        <source>Own contribution: not negative.</source>
        <translation>Apport personnel : pas négatif.</translation>
    </message>
    <message>
        <source>Value chain: choose one of the chosen sector.</source>
        <translation>Filière : choisissez-en une du secteur choisi.</translation>
    </message>
    <message>
        <source>Members: give the name of the member from {institution}.</source>
        <translation>Membres : indiquez le nom du membre représentant {institution}.</translation>
    </message>
    <message>
        <source>Members: give the institution of {name}.</source>
        <translation>Membres : indiquez l'institution de {name}.</translation>
    </message>
    <message>
        <source>Members: name at least one member present.</source>
        <translation>Membres : nommez au moins un membre présent.</translation>
    </message>
    <message>
        <source>Decision: approved, to amend, postponed or rejected.</source>
        <translation>Décision : approuvé, à amender, ajourné ou rejeté.</translation>
    </message>
    <message>
        <source>Criteria: score each of the four from 1 to 5.</source>
        <translation>Critères : notez chacun des quatre de 1 à 5.</translation>
    </message>
    <message>
        <source>This session is closed: its minutes are final.</source>
        <translation>Cette session est clôturée : son procès-verbal est définitif.</translation>
    </message>
    <message>
        <source>This plan is no longer the current one.</source>
        <translation>Ce projet n'est plus le projet en cours.</translation>
    </message>
    <message>
        <source>This plan is not waiting for a committee.</source>
        <translation>Ce projet n'attend pas de comité.</translation>
    </message>
    <message>
        <source>Amount approved: more than zero.</source>
        <translation>Montant approuvé : plus que zéro.</translation>
    </message>
    <message>
        <source>Amount approved: at most the amount requested ({requested}), unless the committee explicitly approves more than requested and says why.</source>
        <translation>Montant approuvé : au plus le montant demandé ({requested}), sauf si le comité approuve explicitement davantage et dit pourquoi.</translation>
    </message>
    <message>
        <source>Remarks: say why the committee approves more than requested.</source>
        <translation>Remarques : dites pourquoi le comité approuve plus que le montant demandé.</translation>
    </message>
    <message>
        <source>This committee session no longer exists.</source>
        <translation>Cette session du comité n'existe plus.</translation>
    </message>
    <message>
        <source>No donor has the code {code}.</source>
        <translation>Aucun bailleur n'a le code {code}.</translation>
    </message>
    <message>
        <source>{period} is not closed.</source>
        <translation>{period} n'est pas clôturé.</translation>
    </message>
    <message>
        <source>Period: a month written YYYY-MM, e.g. 2026-10.</source>
        <translation>Période : un mois écrit AAAA-MM, par exemple 2026-10.</translation>
    </message>
    <message>
        <source>{period} is not over yet: close it from the first day of the next month.</source>
        <translation>{period} n'est pas terminé : clôturez-le à partir du premier jour du mois suivant.</translation>
    </message>
    <message>
        <source>{period} is already closed.</source>
        <translation>{period} est déjà clôturé.</translation>
    </message>
    <message>
        <source>Close {earlier} first: months are closed in order.</source>
        <translation>Clôturez d'abord {earlier} : les mois se clôturent dans l'ordre.</translation>
    </message>
    <message>
        <source>Kind of payment: choose one from the list.</source>
        <translation>Nature du paiement : choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>Amount: more than zero.</source>
        <translation>Montant : supérieur à zéro.</translation>
    </message>
    <message>
        <source>This instalment is not open on this case; refresh.</source>
        <translation>Cette tranche n'est pas ouverte sur ce dossier ; actualisez.</translation>
    </message>
    <message>
        <source>An instalment of the plan is paid as a plan payment.</source>
        <translation>Une tranche du plan se paie comme un paiement du plan.</translation>
    </message>
    <message>
        <source>This instalment was already asked for or paid.</source>
        <translation>Cette tranche a déjà été demandée ou payée.</translation>
    </message>
    <message>
        <source>Only the person who asked, or a manager, can cancel.</source>
        <translation>Seule la personne qui a demandé, ou un responsable, peut annuler.</translation>
    </message>
    <message>
        <source>Date paid: today or earlier.</source>
        <translation>Date du paiement : aujourd'hui ou avant.</translation>
    </message>
    <message>
        <source>This request is already paid.</source>
        <translation>Cette demande est déjà payée.</translation>
    </message>
    <message>
        <source>Transaction reference: required for mobile money and bank transfers.</source>
        <translation>Référence de la transaction : obligatoire pour le mobile money et les virements.</translation>
    </message>
    <message>
        <source>This entry does not exist.</source>
        <translation>Cette écriture n'existe pas.</translation>
    </message>
    <message>
        <source>This entry is itself a reversal; it cannot be reversed.</source>
        <translation>Cette écriture est elle-même une contre-passation ; elle ne peut pas être contre-passée.</translation>
    </message>
    <message>
        <source>This entry was already reversed.</source>
        <translation>Cette écriture a déjà été contre-passée.</translation>
    </message>
    <message>
        <source>This instalment is no longer open; refresh.</source>
        <translation>Cette tranche n'est plus ouverte ; actualisez.</translation>
    </message>
    <message>
        <source>How it is paid: choose one from the list.</source>
        <translation>Mode de paiement : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Mobile-money operator: required.</source>
        <translation>Opérateur mobile money : obligatoire.</translation>
    </message>
    <message>
        <source>Mobile-money number: enter the number the money goes to.</source>
        <translation>Numéro mobile money : saisissez le numéro qui reçoit l'argent.</translation>
    </message>
    <message>
        <source>Bank account: required for a transfer.</source>
        <translation>Compte bancaire : obligatoire pour un virement.</translation>
    </message>
    <message>
        <source>Supplier: required for an in-kind purchase.</source>
        <translation>Fournisseur : obligatoire pour un achat en nature.</translation>
    </message>
    <message>
        <source>Proxy's ID document: required when someone collects for the returnee.</source>
        <translation>Pièce d'identité du mandataire : obligatoire quand quelqu'un retire pour la personne.</translation>
    </message>
    <message>
        <source>This request no longer exists; refresh.</source>
        <translation>Cette demande n'existe plus ; actualisez.</translation>
    </message>
    <message>
        <source>This request was already handled by someone else; refresh.</source>
        <translation>Cette demande a déjà été traitée par quelqu'un d'autre ; actualisez.</translation>
    </message>
    <message>
        <source>This entry has no receipt (a reversal has none).</source>
        <translation>Cette écriture n'a pas de reçu (une contre-passation n'en a pas).</translation>
    </message>
    <message>
        <source>{field}: months after the start, between 1 and 60, separated by commas (e.g. 1, 3, 6).</source>
        <translation>{field} : des mois après le début, entre 1 et 60, séparés par des virgules (par exemple 1, 3, 6).</translation>
    </message>
    <message>
        <source>This case already has its visits; renew the schedule instead.</source>
        <translation>Ce dossier a déjà ses visites ; renouvelez plutôt le calendrier.</translation>
    </message>
    <message>
        <source>This case has no schedule yet: start it first.</source>
        <translation>Ce dossier n'a pas encore de calendrier : commencez-le d'abord.</translation>
    </message>
    <message>
        <source>This case has no designated operator.</source>
        <translation>Ce dossier n'a pas d'opérateur désigné.</translation>
    </message>
    <message>
        <source>Date of the visit: today or earlier.</source>
        <translation>Date de la visite : aujourd'hui ou avant.</translation>
    </message>
    <message>
        <source>Reason for closing: choose one from the list.</source>
        <translation>Motif de clôture : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>A case is completed once its last visit is done; record that visit first.</source>
        <translation>Un dossier est achevé une fois sa dernière visite faite ; enregistrez d'abord cette visite.</translation>
    </message>
    <message>
        <source>Unreachable: {needed} attempts are needed before closing; {tried} recorded.</source>
        <translation>Injoignable : {needed} tentatives sont nécessaires avant de clôturer ; {tried} enregistrées.</translation>
    </message>
    <message>
        <source>Reopening a case is a manager's decision.</source>
        <translation>Rouvrir un dossier est une décision du responsable.</translation>
    </message>
    <message>
        <source>This case is not closed.</source>
        <translation>Ce dossier n'est pas clôturé.</translation>
    </message>
    <message>
        <source>These months must be among the visits' months ({months}).</source>
        <translation>Ces mois doivent faire partie des mois de visite ({months}).</translation>
    </message>
    <message>
        <source>Attempts before closing as unreachable: between 1 and 10.</source>
        <translation>Tentatives avant de clôturer pour injoignabilité : entre 1 et 10.</translation>
    </message>
    <message>
        <source>Kind of visit: phone call, field visit or office visit.</source>
        <translation>Type de visite : appel téléphonique, visite de terrain ou visite au bureau.</translation>
    </message>
    <message>
        <source>Outcome: choose one from the list.</source>
        <translation>Résultat : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Choisissez dans la liste.</translation>
    </message>
    <message>
        <source>Attempts: say how many calls or trips were made (1 to 50).</source>
        <translation>Tentatives : indiquez combien d'appels ou de déplacements ont été faits (1 à 50).</translation>
    </message>
    <message>
        <source>Jobs created: a number from 0 to 1000.</source>
        <translation>Emplois créés : un nombre de 0 à 1000.</translation>
    </message>
    <message>
        <source>Say how the project is going (or the person's work) for a visit that took place.</source>
        <translation>Indiquez où en est le projet (ou le travail de la personne) pour une visite qui a eu lieu.</translation>
    </message>
    <message>
        <source>This case is closed: a manager can reopen it, with a reason.</source>
        <translation>Ce dossier est clôturé : un responsable peut le rouvrir, avec un motif.</translation>
    </message>
    <message>
        <source>This visit no longer exists; refresh.</source>
        <translation>Cette visite n'existe plus ; actualisez.</translation>
    </message>
    <message>
        <source>This visit was already recorded or cancelled; refresh.</source>
        <translation>Cette visite a déjà été enregistrée ou annulée ; actualisez.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>workbook</source>
        <translation>classeur</translation>
    </message>
    <message>
        <source>Payments (the ledger)</source>
        <translation>Paiements (le grand livre)</translation>
    </message>
    <message>
        <source>One row per ledger entry paid in the period: case number, sex and region, never names.</source>
        <translation>Une ligne par écriture payée dans la période : numéro de dossier, sexe et région, jamais les noms.</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>paiements</translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation>Visites de suivi</translation>
    </message>
    <message>
        <source>The visits due in the period, with what was seen: case numbers, sex and region only.</source>
        <translation>Les visites prévues dans la période, avec ce qui a été constaté : numéros de dossier, sexe et région seulement.</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visites</translation>
    </message>
    <message>
        <source>Returnees (roster)</source>
        <translation>Migrants de retour (liste)</translation>
    </message>
    <message>
        <source>One row per case returned in the period, with the columns you choose. Personal data: every export is recorded in the audit trail.</source>
        <translation>Une ligne par dossier dont le retour tombe dans la période, avec les colonnes choisies. Données personnelles : chaque export est inscrit au journal d'audit.</translation>
    </message>
    <message>
        <source>returnees</source>
        <translation>migrants-de-retour</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Persons registered, assessed, referred, trained, with an approved plan, paid and followed up in the period, by sex, age, region, programme, aid level and sector. No names.</source>
        <translation>Personnes enregistrées, évaluées, orientées, formées, avec un plan approuvé, payées et suivies dans la période, par sexe, âge, région, programme, niveau d'aide et secteur. Aucun nom.</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>Committee decisions</source>
        <translation>Décisions du comité</translation>
    </message>
    <message>
        <source>A session's decisions and its synthesis by sector and value chain: case numbers only.</source>
        <translation>Les décisions d'une session et sa synthèse par secteur et filière : numéros de dossier seulement.</translation>
    </message>
    <message>
        <source>committee</source>
        <translation>comite</translation>
    </message>
    <message>
        <source>{count} entries exported to {path}.</source>
        <translation>{count} écritures exportées dans {path}.</translation>
    </message>
    <message>
        <source>{count} visits exported to {path}.</source>
        <translation>{count} visites exportées dans {path}.</translation>
    </message>
    <message>
        <source>{count} visits left out: those persons' consent is not in force.</source>
        <translation>{count} visites laissées de côté : le consentement de ces personnes n'est pas en vigueur.</translation>
    </message>
    <message>
        <source>Indicators exported to {path}: {registered} persons registered, {paid} paid in the period.</source>
        <translation>Indicateurs exportés dans {path} : {registered} personnes enregistrées, {paid} payées dans la période.</translation>
    </message>
    <message>
        <source>The report with its charts: {path}.</source>
        <translation>Le rapport avec ses graphiques : {path}.</translation>
    </message>
    <message>
        <source>{count} decisions exported to {path}.</source>
        <translation>{count} décisions exportées dans {path}.</translation>
    </message>
    <message>
        <source>{count} returnees exported to {path}.</source>
        <translation>{count} migrants de retour exportés dans {path}.</translation>
    </message>
    <message>
        <source>{cases} cases left out: the person's consent to share with partners is not in force.</source>
        <translation>{cases} dossiers laissés de côté : le consentement de la personne au partage avec les partenaires n'est pas en vigueur.</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>À importer</translation>
    </message>
    <message>
        <source>To import: a change</source>
        <translation>À importer : une modification</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Repeated in the file</source>
        <translation>Répétée dans le fichier</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importée</translation>
    </message>
    <message>
        <source>Refused: consent withdrawn</source>
        <translation>Refusée : consentement retiré</translation>
    </message>
    <message>
        <source>Row {row} may be {name} ({case}), already registered: {reasons}. It is not imported: decide in that case file.</source>
        <translation>La ligne {row} est peut-être {name} ({case}), déjà enregistré(e) : {reasons}. Elle n'est pas importée : décidez dans ce dossier.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Read as “{label}”</source>
        <translation>Lue comme « {label} »</translation>
    </message>
</context>
<context>
    <name>ExchangeWidget</name>
    <message>
        <source>&amp;Import a workbook</source>
        <translation>&amp;Importer un classeur</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation>&amp;Doublons possibles</translation>
    </message>
    <message>
        <source>&amp;Exports</source>
        <translation>Exp&amp;orts</translation>
    </message>
</context>
<context>
    <name>ExecuteErasureDialog</name>
    <message>
        <source>Execute the erasure of case {number}</source>
        <translation>Exécuter l'effacement du dossier {number}</translation>
    </message>
    <message>
        <source>&lt;p&gt;The person of case &lt;b&gt;{number}&lt;/b&gt; (and any duplicate record merged into them) will be &lt;b&gt;pseudonymised&lt;/b&gt;. This cannot be undone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Erased:&lt;/b&gt; names, phones, ID document, day and month of birth, department, town and household, relatives and guardian, photo, the free-text notes of every record of their cases, vulnerabilities, the payee details of their disbursement requests, their intake drafts, and their entries in the search index. Their consent is withdrawn.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kept, under the pseudonym:&lt;/b&gt; sex, year of birth, nationality, region, case numbers and statuses, plans' sectors and budgets, committee decisions, trainings, visit dates and findings (as codes): the desk's figures stay true.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Unchanged:&lt;/b&gt; the ledger entries and bank statement lines, the legal record of the money paid, chained so that any change shows; and the audit trail written before today.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La personne du dossier &lt;b&gt;{number}&lt;/b&gt; (et toute fiche en double fusionnée avec elle) sera &lt;b&gt;pseudonymisée&lt;/b&gt;. C'est irréversible.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Effacés :&lt;/b&gt; noms, téléphones, pièce d'identité, jour et mois de naissance, département, ville et ménage, proches et tuteur, photo, les notes libres de tous les enregistrements de ses dossiers, les vulnérabilités, les coordonnées de paiement de ses demandes de décaissement, ses brouillons d'accueil et ses entrées dans l'index de recherche. Son consentement est retiré.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Conservés, sous le pseudonyme :&lt;/b&gt; sexe, année de naissance, nationalité, région, numéros et statuts des dossiers, secteurs et budgets des plans, décisions du comité, formations, dates et constats des visites (sous forme de codes) : les chiffres du guichet restent justes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inchangés :&lt;/b&gt; les écritures du registre et les lignes de relevés bancaires, trace légale de l'argent versé, chaînées pour que toute modification se voie ; et le journal d'audit écrit avant aujourd'hui.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type the &amp;case number to confirm</source>
        <translation>Saisissez le numéro de &amp;dossier pour confirmer</translation>
    </message>
    <message>
        <source>&amp;Erase permanently</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>The disk is full: {file} could not be written. Free some space (on that disk and in the temporary folder) or choose another folder, then export again.</source>
        <translation>Le disque est plein : {file} n’a pas pu être écrit. Libérez de la place (sur ce disque et dans le dossier temporaire) ou choisissez un autre dossier, puis relancez l’export.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder is read-only or the file is open in another program (Excel?). Close the file or choose another folder, then export again.</source>
        <translation>{file} n’a pas pu être écrit : le dossier est en lecture seule ou le fichier est ouvert dans un autre programme (Excel ?). Fermez le fichier ou choisissez un autre dossier, puis relancez l’export.</translation>
    </message>
    <message>
        <source>The folder of {file} does not exist. Choose another folder, then export again.</source>
        <translation>Le dossier de {file} n’existe pas. Choisissez un autre dossier, puis relancez l’export.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}). Try again, or choose another folder.</source>
        <translation>{file} n’a pas pu être écrit ({reason}). Réessayez ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Enregistrement de {file}…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Seq.</source>
        <translation>N° d’ordre</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>Date de valeur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Requested ({currency})</source>
        <translation>Demandé ({currency})</translation>
    </message>
    <message>
        <source>Requested (currency units)</source>
        <translation>Demandé (unités de la devise)</translation>
    </message>
    <message>
        <source>Approved ({currency})</source>
        <translation>Approuvé ({currency})</translation>
    </message>
    <message>
        <source>Approved (currency units)</source>
        <translation>Approuvé (unités de la devise)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Assessment score</source>
        <translation>Score de l'évaluation</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Plans decided</source>
        <translation>Plans examinés</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <source>By value chain</source>
        <translation>Par filière</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Persons registered</source>
        <translation>Personnes enregistrées</translation>
    </message>
    <message>
        <source>Persons assessed</source>
        <translation>Personnes évaluées</translation>
    </message>
    <message>
        <source>Persons referred</source>
        <translation>Personnes orientées</translation>
    </message>
    <message>
        <source>Persons trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <source>Persons with an approved plan</source>
        <translation>Personnes avec un plan approuvé</translation>
    </message>
    <message>
        <source>Persons paid</source>
        <translation>Personnes payées</translation>
    </message>
    <message>
        <source>Persons followed up</source>
        <translation>Personnes suivies</translation>
    </message>
    <message>
        <source>A case opened at the desk in the period.</source>
        <translation>Un dossier ouvert au guichet pendant la période.</translation>
    </message>
    <message>
        <source>A baseline needs assessment done in the period.</source>
        <translation>Une évaluation initiale des besoins faite pendant la période.</translation>
    </message>
    <message>
        <source>A referral to an institution sent in the period.</source>
        <translation>Une orientation vers une institution envoyée pendant la période.</translation>
    </message>
    <message>
        <source>A training course completed in the period.</source>
        <translation>Une formation achevée pendant la période.</translation>
    </message>
    <message>
        <source>A reintegration plan approved by a committee session held in the period.</source>
        <translation>Un plan de réintégration approuvé par une session du comité tenue pendant la période.</translation>
    </message>
    <message>
        <source>Payments valued in the period, less their reversals, above zero (ledger entries).</source>
        <translation>Des paiements de date de valeur dans la période, contrepassations déduites, supérieurs à zéro (écritures du grand livre).</translation>
    </message>
    <message>
        <source>A follow-up visit done in the period.</source>
        <translation>Une visite de suivi faite pendant la période.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>No baseline assessment</source>
        <translation>Aucune évaluation initiale</translation>
    </message>
    <message>
        <source>No sector (or no plan)</source>
        <translation>Aucun secteur (ou aucun plan)</translation>
    </message>
    <message>
        <source>By sex</source>
        <translation>Par sexe</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Par tranche d'âge</translation>
    </message>
    <message>
        <source>By sex and age band</source>
        <translation>Par sexe et tranche d'âge</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>Par programme</translation>
    </message>
    <message>
        <source>By aid level</source>
        <translation>Par niveau d'aide</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age band at return</source>
        <translation>Tranche d'âge au retour</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Aid level</source>
        <translation>Niveau d'aide</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Total (each person counted once)</source>
        <translation>Total (chaque personne comptée une fois)</translation>
    </message>
    <message>
        <source>A person recommended several aid levels is counted on each of their lines: the lines add up to more than the total.</source>
        <translation>Une personne pour qui plusieurs niveaux d'aide sont recommandés est comptée sur chacune de ses lignes : la somme des lignes dépasse le total.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Year of birth (date unknown)</source>
        <translation>Année de naissance (date inconnue)</translation>
    </message>
    <message>
        <source>Age at return</source>
        <translation>Âge au retour</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Pièce d'identité</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>N° de pièce d'identité</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Date de retour</translation>
    </message>
    <message>
        <source>Returned from</source>
        <translation>Pays de retour</translation>
    </message>
    <message>
        <source>Return type</source>
        <translation>Type de retour</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie de retour</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal de l'entretien</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Arrival group</source>
        <translation>Groupe d'arrivée</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Situation matrimoniale</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Taille du ménage</translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation>Personnes à charge</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Niveau d'études</translation>
    </message>
    <message>
        <source>Occupation before departure</source>
        <translation>Métier avant le départ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Notes on vulnerabilities</source>
        <translation>Notes sur les vulnérabilités</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amount (currency units)</source>
        <translation>Montant (unités de la devise)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>N° de reçu</translation>
    </message>
    <message>
        <source>Reverses seq.</source>
        <translation>Annule le n°</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Entries written</source>
        <translation>Écritures inscrites dans le classeur</translation>
    </message>
    <message>
        <source>Ledger sheets</source>
        <translation>Feuilles du grand livre</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Total {currency} ({entries} entries)</source>
        <translation>Total {currency} ({entries} écritures)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <source>Paid (currency units)</source>
        <translation>Payé (unités de la devise)</translation>
    </message>
    <message>
        <source>Reversed (currency units)</source>
        <translation>Annulé (unités de la devise)</translation>
    </message>
    <message>
        <source>Net (currency units)</source>
        <translation>Net (unités de la devise)</translation>
    </message>
    <message>
        <source>Total {currency}</source>
        <translation>Total {currency}</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Disbursement ledger</source>
        <translation>Grand livre des décaissements</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>Migrants de retour</translation>
    </message>
    <message>
        <source>Rows written</source>
        <translation>Lignes écrites</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Returnees (one row per case)</source>
        <translation>Migrants de retour (une ligne par dossier)</translation>
    </message>
    <message>
        <source>Return date from</source>
        <translation>Date de retour, du</translation>
    </message>
    <message>
        <source>Return date to</source>
        <translation>Date de retour, au</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Sensitive data</source>
        <translation>Données sensibles</translation>
    </message>
    <message>
        <source>included: {columns} (recorded in the audit trail)</source>
        <translation>incluses : {columns} (inscrit au journal d'audit)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Intended for</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>a partner outside the desk: only persons whose consent to share with institutions is in force</source>
        <translation>un partenaire extérieur au guichet : seulement les personnes dont le consentement au partage avec les institutions est en vigueur</translation>
    </message>
    <message>
        <source>Cases left out for lack of consent</source>
        <translation>Dossiers écartés faute de consentement</translation>
    </message>
    <message>
        <source>Persons left out for lack of consent</source>
        <translation>Personnes écartées faute de consentement</translation>
    </message>
    <message>
        <source>use inside the desk: every person, whatever their consent to share</source>
        <translation>usage interne au guichet : toutes les personnes, quel que soit leur consentement au partage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>all donors</source>
        <translation>tous les bailleurs</translation>
    </message>
    <message>
        <source>none: numbers of persons only, each person counted once per line</source>
        <translation>aucune : des nombres de personnes seulement, chaque personne comptée une fois par ligne</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d'âge</translation>
    </message>
    <message>
        <source>age at return (at registration when the return date is unknown)</source>
        <translation>âge au retour (à l'enregistrement quand la date de retour est inconnue)</translation>
    </message>
    <message>
        <source>Committee decisions</source>
        <translation>Décisions du comité</translation>
    </message>
    <message>
        <source>Session held on</source>
        <translation>Session tenue le</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>final (session closed)</source>
        <translation>définitif (session close)</translation>
    </message>
    <message>
        <source>provisional (session still open)</source>
        <translation>provisoire (session encore ouverte)</translation>
    </message>
    <message>
        <source>none: case numbers only</source>
        <translation>aucune : numéros de dossier seulement</translation>
    </message>
    <message>
        <source>Decisions “{decision}”</source>
        <translation>Décisions « {decision} »</translation>
    </message>
    <message>
        <source>Plans waiting for a committee when exported</source>
        <translation>Plans en attente d'un comité au moment de l'export</translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation>Visites de suivi</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>none: case numbers, sex and region only</source>
        <translation>aucune : numéros de dossier, sexe et région seulement</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exporté par</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Days late counted on</source>
        <translation>Jours de retard comptés au</translation>
    </message>
    <message>
        <source>Visits in the export</source>
        <translation>Visites dans l’export</translation>
    </message>
    <message>
        <source>Visits with the status “{status}”</source>
        <translation>Visites au statut « {status} »</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Type de visite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Project status</source>
        <translation>État du projet</translation>
    </message>
    <message>
        <source>Income band</source>
        <translation>Tranche de revenu</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Emplois créés</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Situation d’emploi</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Entries in the export</source>
        <translation>Écritures exportées</translation>
    </message>
    <message>
        <source>Entries in the whole ledger</source>
        <translation>Écritures dans tout le grand livre</translation>
    </message>
    <message>
        <source>HXL hashtags</source>
        <translation>Étiquettes HXL</translation>
    </message>
    <message>
        <source>Period closing report</source>
        <translation>Rapport de clôture de période</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Clôturé par</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <source>Ledger length at closing</source>
        <translation>Longueur du grand livre à la clôture</translation>
    </message>
    <message>
        <source>Ledger fingerprint at closing (SHA-256)</source>
        <translation>Empreinte du grand livre à la clôture (SHA-256)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Regroupé par</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>ExportsTab</name>
    <message>
        <source>All donors</source>
        <translation>Tous les bailleurs</translation>
    </message>
    <message>
        <source>The workbook &amp;leaves the desk: only persons who agreed to sharing</source>
        <translation>Le classeur q&amp;uitte le guichet : seulement les personnes qui ont accepté le partage</translation>
    </message>
    <message>
        <source>Untick only for a workbook that stays at the desk: every person is then in it.</source>
        <translation>Ne décochez que pour un classeur qui reste au guichet : toutes les personnes y figurent alors.</translation>
    </message>
    <message>
        <source>with HXL hash&amp;tags</source>
        <translation>avec les éti&amp;quettes HXL</translation>
    </message>
    <message>
        <source>Adds the row of Humanitarian Exchange Language hashtags that donors' dashboards read.</source>
        <translation>Ajoute la ligne d'étiquettes HXL (Humanitarian Exchange Language) que lisent les tableaux de bord des bailleurs.</translation>
    </message>
    <message>
        <source>and the donor's re&amp;port as a PDF (key figures, tables and charts)</source>
        <translation>et le ra&amp;pport pour le bailleur en PDF (chiffres clés, tableaux et graphiques)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <source>&amp;Period from</source>
        <translation>&amp;Période du</translation>
    </message>
    <message>
        <source>&amp;Donor</source>
        <translation>&amp;Bailleur</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>A workbook for a donor or a partner</source>
        <translation>Un classeur pour un bailleur ou un partenaire</translation>
    </message>
    <message>
        <source>Your role may not export anything here.</source>
        <translation>Votre rôle ne permet aucun export ici.</translation>
    </message>
    <message>
        <source>{column} (sensitive)</source>
        <translation>{column} (sensible)</translation>
    </message>
    <message>
        <source>Sensitive: exported only when you tick it, and recorded in the audit trail.</source>
        <translation>Sensible : exportée seulement si vous la cochez, et inscrite au journal d'audit.</translation>
    </message>
    <message>
        <source>Period: type the dates as dd/mm/yyyy.</source>
        <translation>Période : tapez les dates sous la forme jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>Period: this export needs both dates.</source>
        <translation>Période : cet export demande les deux dates.</translation>
    </message>
    <message>
        <source>Period: the end comes before the start.</source>
        <translation>Période : la fin vient avant le début.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>There is no committee session to export yet.</source>
        <translation>Il n'y a encore aucune session du comité à exporter.</translation>
    </message>
    <message>
        <source>Columns: tick at least one column to export.</source>
        <translation>Colonnes : cochez au moins une colonne à exporter.</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Export vers {file}…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Nom du guichet</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>French name</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Nom en anglais</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>Relative's phone</source>
        <translation>Téléphone du proche</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Pièce d'identité</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numéro de la pièce</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville ou commune</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Skills and experience</source>
        <translation>Compétences et expérience</translation>
    </message>
    <message>
        <source>Occupation before departure</source>
        <translation>Métier avant le départ</translation>
    </message>
    <message>
        <source>Relative to contact</source>
        <translation>Proche à contacter</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Situation matrimoniale</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Niveau d'études</translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation>Personnes à charge</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Taille du ménage</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Relation to the person</source>
        <translation>Lien avec la personne</translation>
    </message>
    <message>
        <source>Notes on vulnerabilities</source>
        <translation>Notes sur les vulnérabilités</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal de l'entretien</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie de retour</translation>
    </message>
    <message>
        <source>Type of return</source>
        <translation>Type de retour</translation>
    </message>
    <message>
        <source>Arrival group</source>
        <translation>Groupe d'arrivée</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Country returned from</source>
        <translation>Pays de retour</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>Date de retour</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>Pays de transit</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Regions covered</source>
        <translation>Régions couvertes</translation>
    </message>
    <message>
        <source>Departments covered</source>
        <translation>Départements couverts</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Reason for the reassignment</source>
        <translation>Motif de la réaffectation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Reason given to the person</source>
        <translation>Motif donné à la personne</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Type of plan</source>
        <translation>Type de projet</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Reason for the reversal</source>
        <translation>Motif de la contre-passation</translation>
    </message>
    <message>
        <source>Mobile-money number</source>
        <translation>Numéro mobile money</translation>
    </message>
    <message>
        <source>Visits at months</source>
        <translation>Visites aux mois</translation>
    </message>
    <message>
        <source>Questionnaire at months</source>
        <translation>Questionnaire aux mois</translation>
    </message>
    <message>
        <source>By phone at months</source>
        <translation>Par téléphone aux mois</translation>
    </message>
    <message>
        <source>Reason for renewing</source>
        <translation>Motif du renouvellement</translation>
    </message>
    <message>
        <source>Reason for the visit</source>
        <translation>Motif de la visite</translation>
    </message>
    <message>
        <source>Reason for the new date</source>
        <translation>Motif de la nouvelle date</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motif de l'annulation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Motif de la réouverture</translation>
    </message>
    <message>
        <source>Question {code}</source>
        <translation>Question {code}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>M&amp;ine only</source>
        <translation>Les m&amp;iennes</translation>
    </message>
    <message>
        <source>Only the visits you do yourself</source>
        <translation>Seulement les visites que vous faites vous-même</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>Every operator</source>
        <translation>Tous les opérateurs</translation>
    </message>
    <message>
        <source>Every region</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Every programme</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>&amp;Agent</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Opérateur</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Ré&amp;gion</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name} (moi)</translation>
    </message>
</context>
<context>
    <name>FinanceHomeWidget</name>
    <message>
        <source>Click a row, or press Enter, to open the case file</source>
        <translation>Cliquez sur une ligne, ou appuyez sur Entrée, pour ouvrir le dossier</translation>
    </message>
    <message>
        <source>Approved payments to make</source>
        <translation>Paiements approuvés à faire</translation>
    </message>
    <message>
        <source>Open the Disbursements workspace</source>
        <translation>Ouvrir l’espace Décaissements</translation>
    </message>
    <message>
        <source>Cash to prepare</source>
        <translation>Espèces à préparer</translation>
    </message>
    <message>
        <source>Transfers not on a statement</source>
        <translation>Transferts hors relevé</translation>
    </message>
    <message>
        <source>Open the reconciliation</source>
        <translation>Ouvrir le rapprochement</translation>
    </message>
    <message>
        <source>Months still open</source>
        <translation>Mois encore ouverts</translation>
    </message>
    <message>
        <source>Open Disbursements › Periods to close a month</source>
        <translation>Ouvrir Décaissements › Périodes pour clôturer un mois</translation>
    </message>
    <message>
        <source>Approved, waiting for payment</source>
        <translation>Approuvés, en attente de paiement</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Nothing approved is waiting for payment.</source>
        <translation>Rien d’approuvé n’attend de paiement.</translation>
    </message>
    <message>
        <source>pay them in Disbursements</source>
        <translation>les payer dans Décaissements</translation>
    </message>
    <message>
        <source>Transfers not yet on a statement</source>
        <translation>Transferts pas encore sur un relevé</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Every transfer is matched to its statement line.</source>
        <translation>Chaque transfert est rapproché de sa ligne de relevé.</translation>
    </message>
    <message>
        <source>reconcile in Disbursements</source>
        <translation>rapprocher dans Décaissements</translation>
    </message>
    <message>
        <source>Budget: paid against the committee's approvals</source>
        <translation>Budget : payé par rapport aux approbations du comité</translation>
    </message>
    <message>
        <source>Donor – programme</source>
        <translation>Bailleur – programme</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Paid on plans</source>
        <translation>Payé sur projets</translation>
    </message>
    <message>
        <source>Share paid</source>
        <translation>Part payée</translation>
    </message>
    <message>
        <source>Other aid paid</source>
        <translation>Autres aides payées</translation>
    </message>
    <message>
        <source>No approval and no payment yet.</source>
        <translation>Aucune approbation ni aucun paiement pour l’instant.</translation>
    </message>
    <message>
        <source>Other aid: pocket money, transport, medical costs, outside the plans</source>
        <translation>Autres aides : pécule, transport, frais médicaux, hors projets</translation>
    </message>
    <message>
        <source>{count} payments in cash</source>
        <translation>{count} paiements en espèces</translation>
    </message>
    <message>
        <source>past months not closed: {count}</source>
        <translation>mois passés non clôturés : {count}</translation>
    </message>
    <message>
        <source>only the current month</source>
        <translation>seulement le mois en cours</translation>
    </message>
    <message>
        <source>To hand out: {parts}</source>
        <translation>À remettre : {parts}</translation>
    </message>
    <message>
        <source>{modality} {amount} ({count})</source>
        <translation>{modality} {amount} ({count})</translation>
    </message>
</context>
<context>
    <name>Followup</name>
    <message>
        <source>Follow-up visits – {name}</source>
        <translation>Visites de suivi – {name}</translation>
    </message>
    <message>
        <source>{kind} – {number} – {name}</source>
        <translation>{kind} – {number} – {name}</translation>
    </message>
    <message>
        <source>{kind} – {number}</source>
        <translation>{kind} – {number}</translation>
    </message>
    <message>
        <source>Overdue by {days} days.</source>
        <translation>En retard de {days} jours.</translation>
    </message>
    <message>
        <source>Follow-up at {month} months.</source>
        <translation>Suivi à {month} mois.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>The sustainability questionnaire is due at this visit.</source>
        <translation>Le questionnaire de durabilité est à faire à cette visite.</translation>
    </message>
    <message>
        <source>Town: {town}</source>
        <translation>Localité : {town}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>Téléphone : {phone}</translation>
    </message>
    <message>
        <source>Recorded at a follow-up visit.</source>
        <translation>Constaté lors d'une visite de suivi.</translation>
    </message>
    <message>
        <source>Case closed: {reason}.</source>
        <translation>Dossier clôturé : {reason}.</translation>
    </message>
    <message>
        <source>{count} late</source>
        <translation>{count} en retard</translation>
    </message>
    <message>
        <source>{count} to do</source>
        <translation>{count} à faire</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>{count} faites</translation>
    </message>
    <message>
        <source>{count} missed</source>
        <translation>{count} manquées</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} jours de retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Prévue aujourd'hui</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Mois {month}</translation>
    </message>
    <message>
        <source>Month {month}, period {cycle}</source>
        <translation>Mois {month}, période {cycle}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>{name} (operator)</source>
        <translation>{name} (opérateur)</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <source>{kind} + questionnaire</source>
        <translation>{kind} + questionnaire</translation>
    </message>
    <message>
        <source>1 visit today</source>
        <translation>1 visite aujourd'hui</translation>
    </message>
    <message>
        <source>{count} visits today</source>
        <translation>{count} visites aujourd'hui</translation>
    </message>
    <message>
        <source>No visit today</source>
        <translation>Aucune visite aujourd'hui</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} en retard</translation>
    </message>
    <message>
        <source>1 job created</source>
        <translation>1 emploi créé</translation>
    </message>
    <message>
        <source>{count} jobs created</source>
        <translation>{count} emplois créés</translation>
    </message>
    <message>
        <source>Problems: {text}</source>
        <translation>Difficultés : {text}</translation>
    </message>
    <message>
        <source>Advice given: {text}</source>
        <translation>Conseils donnés : {text}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>Your follow-up visits: open the calendar</source>
        <translation>Vos visites de suivi : ouvrir le calendrier</translation>
    </message>
    <message>
        <source>This visit no longer exists; refresh (F5).</source>
        <translation>Cette visite n'existe plus ; actualisez (F5).</translation>
    </message>
</context>
<context>
    <name>FollowupScheduleWidget</name>
    <message>
        <source>The desk's default (programmes without their own)</source>
        <translation>Par défaut du guichet (programmes sans calendrier propre)</translation>
    </message>
    <message>
        <source>e.g. 1, 3, 6, 9, 12</source>
        <translation>p. ex. 1, 3, 6, 9, 12</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>p. ex. 12</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>p. ex. 1</translation>
    </message>
    <message>
        <source>&amp;Save the schedule</source>
        <translation>&amp;Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>Visits of the monitoring year</source>
        <translation>Visites de l’année de suivi</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Visits at months</source>
        <translation>&amp;Visites aux mois</translation>
    </message>
    <message>
        <source>Questionnaire at &amp;months</source>
        <translation>Questionnaire aux &amp;mois</translation>
    </message>
    <message>
        <source>By p&amp;hone at months</source>
        <translation>Par télép&amp;hone aux mois</translation>
    </message>
    <message>
        <source>Months after the plan's approval, separated by commas. The other months are field visits by the designated operator. Cases already scheduled keep their visits.</source>
        <translation>Mois après l’approbation du plan, séparés par des virgules. Les autres mois sont des visites de terrain de l’opérateur désigné. Les dossiers déjà planifiés gardent leurs visites.</translation>
    </message>
    <message>
        <source>Save the &amp;number of attempts</source>
        <translation>Enregistrer le &amp;nombre de tentatives</translation>
    </message>
    <message>
        <source>Closing a case</source>
        <translation>Clôture d’un dossier</translation>
    </message>
    <message>
        <source>Unreachable &amp;attempts before closing</source>
        <translation>&amp;Tentatives sans joindre la personne avant clôture</translation>
    </message>
    <message>
        <source>Saved. Plans approved from now on follow this schedule.</source>
        <translation>Enregistré. Les plans approuvés à partir de maintenant suivent ce calendrier.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>FollowupTab</name>
    <message>
        <source>Start the sche&amp;dule…</source>
        <translation>Démarrer le ca&amp;lendrier…</translation>
    </message>
    <message>
        <source>Rene&amp;w…</source>
        <translation>Reno&amp;uveler…</translation>
    </message>
    <message>
        <source>Add a &amp;visit…</source>
        <translation>Ajouter une &amp;visite…</translation>
    </message>
    <message>
        <source>Recor&amp;d…</source>
        <translation>Enre&amp;gistrer…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Reporter…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <source>C&amp;lose the case…</source>
        <translation>&amp;Clôturer le dossier…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>R&amp;ouvrir…</translation>
    </message>
    <message>
        <source>Interim monitorin&amp;g report…</source>
        <translation>Rapport de suivi intermé&amp;diaire…</translation>
    </message>
    <message>
        <source>Final monitoring report…</source>
        <translation>Rapport de suivi final…</translation>
    </message>
    <message>
        <source>Reopening a case is a desk manager's decision, with a reason.</source>
        <translation>Rouvrir un dossier est une décision du responsable du guichet, avec un motif.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closing and reopening&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clôtures et réouvertures&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Le dossier est clôturé.</translation>
    </message>
    <message>
        <source>The case is closed ({reason}) since {day}, by {who}.</source>
        <translation>Le dossier est clôturé ({reason}) depuis le {day}, par {who}.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No visit and no payment any more. Only a desk manager can reopen it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Plus de visite ni de paiement. Seul un responsable du guichet peut le rouvrir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No follow-up schedule yet. It starts by itself when the committee approves the plan; for a case without a plan (social support only), start it here.</source>
        <translation>Pas encore de calendrier de suivi. Il démarre de lui-même quand le comité approuve le plan ; pour un dossier sans plan (accompagnement social seul), démarrez-le ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} visits&lt;/b&gt;: {done} done, {planned} to do</source>
        <translation>&lt;b&gt;{count} visites&lt;/b&gt; : {done} faites, {planned} à faire</translation>
    </message>
    <message>
        <source>{count} late (the oldest {days})</source>
        <translation>{count} en retard (la plus ancienne : {days})</translation>
    </message>
    <message>
        <source>Next: {kind} on {day}, by {who}.</source>
        <translation>Prochaine : {kind} le {day}, par {who}.</translation>
    </message>
    <message>
        <source>No visit left to do: renew the schedule or close the case.</source>
        <translation>Plus aucune visite à faire : renouvelez le calendrier ou clôturez le dossier.</translation>
    </message>
    <message>
        <source>Start the follow-up</source>
        <translation>Démarrer le suivi</translation>
    </message>
    <message>
        <source>&amp;Start of the monitoring year</source>
        <translation>&amp;Début de l'année de suivi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Schedule started on {day}: {count} visits planned.</source>
        <translation>Calendrier démarré le {day} : {count} visites prévues.</translation>
    </message>
    <message>
        <source>Renew the follow-up</source>
        <translation>Renouveler le suivi</translation>
    </message>
    <message>
        <source>Another monitoring period, after the last visit: the programme's visits are planned again.</source>
        <translation>Une nouvelle période de suivi après la dernière visite : les visites du programme sont prévues à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Reason for renewing</source>
        <translation>&amp;Motif du renouvellement</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Renewed: {count} more visits planned.</source>
        <translation>Renouvelé : {count} visites de plus sont prévues.</translation>
    </message>
    <message>
        <source>Visit added.</source>
        <translation>Visite ajoutée.</translation>
    </message>
    <message>
        <source>Moved to {day}.</source>
        <translation>Reportée au {day}.</translation>
    </message>
    <message>
        <source>Cancel a visit</source>
        <translation>Annuler une visite</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Annuler la visite</translation>
    </message>
    <message>
        <source>Visit of {day} cancelled.</source>
        <translation>Visite du {day} annulée.</translation>
    </message>
    <message>
        <source>The case is closed ({reason}): {count} planned visits cancelled, payments stopped.</source>
        <translation>Le dossier est clôturé ({reason}) : {count} visites prévues annulées, paiements arrêtés.</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Rouvrir le dossier</translation>
    </message>
    <message>
        <source>The case goes back to where it was before closing. The visits cancelled stay cancelled: add visits or renew the schedule afterwards.</source>
        <translation>Le dossier revient là où il en était avant la clôture. Les visites annulées le restent : ajoutez des visites ou renouvelez le calendrier ensuite.</translation>
    </message>
    <message>
        <source>&amp;Reason for reopening</source>
        <translation>&amp;Motif de la réouverture</translation>
    </message>
    <message>
        <source>The case is reopened.</source>
        <translation>Le dossier est rouvert.</translation>
    </message>
    <message>
        <source>Save the monitoring report</source>
        <translation>Enregistrer le rapport de suivi</translation>
    </message>
    <message>
        <source>final-report.pdf</source>
        <translation>rapport-final.pdf</translation>
    </message>
    <message>
        <source>interim-report.pdf</source>
        <translation>rapport-intermediaire.pdf</translation>
    </message>
</context>
<context>
    <name>FollowupWidget</name>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>S&amp;emaine</translation>
    </message>
    <message>
        <source>Agen&amp;da</source>
        <translation>Agen&amp;da</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>My visits to m&amp;y phone (.ics)…</source>
        <translation>Mes visites sur mon télé&amp;phone (.ics)…</translation>
    </message>
    <message>
        <source>The operator's visits (.ics)…</source>
        <translation>Les visites de l'opérateur (.ics)…</translation>
    </message>
    <message>
        <source>Refre&amp;sh (F5)</source>
        <translation>Actuali&amp;ser (F5)</translation>
    </message>
    <message>
        <source>O&amp;verdue ({count})</source>
        <translation>En re&amp;tard ({count})</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>En re&amp;tard</translation>
    </message>
    <message>
        <source>Planned visits whose date is past</source>
        <translation>Visites prévues dont la date est passée</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Enregistrer le calendrier</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>Le fichier n'a pas pu être écrit à cet endroit.</translation>
    </message>
    <message>
        <source>Saved to {path}: open it on the phone to add the visits to its calendar.</source>
        <translation>Enregistré dans {path} : ouvrez-le sur le téléphone pour ajouter les visites à son agenda.</translation>
    </message>
    <message>
        <source>my-visits.ics</source>
        <translation>mes-visites.ics</translation>
    </message>
    <message>
        <source>operator-visits.ics</source>
        <translation>visites-operateur.ics</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History – {record}</source>
        <translation>Historique – {record}</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>No consent recorded</source>
        <translation>Aucun consentement enregistré</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Processing of data not consented</source>
        <translation>Traitement des données non consenti</translation>
    </message>
    <message>
        <source>No donor</source>
        <translation>Sans bailleur</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Sans programme</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Sans secteur</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
</context>
<context>
    <name>HomeList</name>
    <message>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
</context>
<context>
    <name>HomeWidget</name>
    <message>
        <source>Good day, {name}</source>
        <translation>Bonjour, {name}</translation>
    </message>
    <message>
        <source>{role} · {desk}</source>
        <translation>{role} · {desk}</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Read the figures again from the database</source>
        <translation>Relire les chiffres dans la base de données</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>The figures could not be read again: {error} The figures shown are from before.</source>
        <translation>Les chiffres n’ont pas pu être relus : {error} Les chiffres affichés sont ceux d’avant.</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Pas encore à jour</translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation>À jour à {time}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>TRUE</source>
        <translation>VRAI</translation>
    </message>
    <message>
        <source>FALSE</source>
        <translation>FAUX</translation>
    </message>
    <message>
        <source>this value is required. Fill it in, then import the file again.</source>
        <translation>cette valeur est obligatoire. Remplissez-la, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>the text is {count} characters long; at most {max} are accepted. Shorten it, then import the file again.</source>
        <translation>le texte compte {count} caractères ; {max} au plus sont acceptés. Raccourcissez-le, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>the cell shows the Excel error {value}. Correct the formula or type the value itself, then import the file again.</source>
        <translation>la cellule affiche l’erreur Excel {value}. Corrigez la formule ou tapez la valeur elle-même, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>the cell holds a formula ({formula}), not a value. Replace the formulas by their values (copy the column, then Paste special → Values), then import the file again.</source>
        <translation>la cellule contient une formule ({formula}), pas une valeur. Remplacez les formules par leurs valeurs (copiez la colonne, puis Collage spécial → Valeurs), puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>the cell holds a formula, not a value. Replace the formulas by their values (copy the column, then Paste special → Values), then import the file again.</source>
        <translation>la cellule contient une formule, pas une valeur. Remplacez les formules par leurs valeurs (copiez la colonne, puis Collage spécial → Valeurs), puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>« {text} »</translation>
    </message>
    <message>
        <source>{letter} (“{title}”)</source>
        <translation>{letter} (« {title} »)</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Type it as dd/mm/yyyy (e.g. 28/11/2026), then import the file again.</source>
        <translation>« {value} » n’est pas une date. Tapez-la sous la forme jj/mm/aaaa (p. ex. 28/11/2026), puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” looks like a year, not a date. Type the whole date as dd/mm/yyyy, then import the file again.</source>
        <translation>« {value} » ressemble à une année, pas à une date. Tapez la date complète sous la forme jj/mm/aaaa, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>{value} is before 1900. Check the year, then import the file again.</source>
        <translation>{value} est avant 1900. Vérifiez l’année, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>{value} is in the future, which this date cannot be (a date of birth?). Check the year, then import the file again.</source>
        <translation>{value} est dans le futur, ce que cette date ne peut pas être (une date de naissance ?). Vérifiez l’année, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” does not exist (no such day in that month). Correct the date (dd/mm/yyyy), then import the file again.</source>
        <translation>« {value} » n’existe pas (ce jour n’existe pas dans ce mois). Corrigez la date (jj/mm/aaaa), puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number. Type it with its country code (e.g. +237 6 99 12 34 56), then import the file again.</source>
        <translation>« {value} » n’est pas un numéro de téléphone. Tapez-le avec son indicatif pays (p. ex. +237 6 99 12 34 56), puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number. Type a number without decimals (e.g. 3), then import the file again.</source>
        <translation>« {value} » n’est pas un nombre entier. Tapez un nombre sans décimales (p. ex. 3), puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>{value} is less than {min}, the smallest value accepted. Correct it.</source>
        <translation>{value} est inférieur à {min}, la plus petite valeur acceptée. Corrigez-le.</translation>
    </message>
    <message>
        <source>{value} is more than {max}, the largest value accepted. Correct it.</source>
        <translation>{value} est supérieur à {max}, la plus grande valeur acceptée. Corrigez-le.</translation>
    </message>
    <message>
        <source>“{value}” is not a number. Type digits only, with spaces for thousands if you like (e.g. 12500 or 12 500,50), then import the file again.</source>
        <translation>« {value} » n’est pas un nombre. Tapez seulement des chiffres, avec des espaces pour les milliers si vous voulez (p. ex. 12500 ou 12 500,50), puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” is ambiguous: is the separator for thousands or for decimals? Type the amount without thousands separators (e.g. 12500 or 12,50), then import the file again.</source>
        <translation>« {value} » est ambigu : le séparateur est-il celui des milliers ou des décimales ? Tapez le montant sans séparateur de milliers (p. ex. 12500 ou 12,50), puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” has decimals, but this column takes whole amounts only. Correct it, then import the file again.</source>
        <translation>« {value} » a des décimales, mais cette colonne n’accepte que des montants entiers. Corrigez-le, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” has more than {decimals} digits after the decimal mark. Round it, then import the file again.</source>
        <translation>« {value} » a plus de {decimals} chiffres après la virgule. Arrondissez-le, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” is not a yes/no answer. Type Oui or Non (Yes or No; 1 or 0; X for yes), then import the file again.</source>
        <translation>« {value} » n’est pas une réponse oui/non. Tapez Oui ou Non (Yes ou No ; 1 ou 0 ; X pour oui), puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” is not in the list. Did you mean {suggestions}? Choose a value from the list (the template's drop-down shows them), then import the file again.</source>
        <translation>« {value} » ne fait pas partie de la liste. Vouliez-vous dire {suggestions} ? Choisissez une valeur de la liste (la liste déroulante du modèle les montre), puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” is not in the list ({choices}). Choose one of these, then import the file again.</source>
        <translation>« {value} » ne fait pas partie de la liste ({choices}). Choisissez l’une de ces valeurs, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” is not in the list. Choose a value from the list (the template's drop-down shows them), then import the file again.</source>
        <translation>« {value} » ne fait pas partie de la liste. Choisissez une valeur de la liste (la liste déroulante du modèle les montre), puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” was stored as a number by Excel, which keeps only 15 digits. Format the column as text and type the number again, then import the file again.</source>
        <translation>« {value} » a été enregistré comme un nombre par Excel, qui ne garde que 15 chiffres. Mettez la colonne au format Texte et tapez de nouveau le numéro, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” is not an identity number (it has decimals). Correct it, then import the file again.</source>
        <translation>« {value} » n’est pas un numéro de pièce d’identité (il a des décimales). Corrigez-le, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” has {count} digits instead of {digits}: Excel stored it as a number and dropped its leading zeros. Format the column as text and type the number again, then import the file again.</source>
        <translation>« {value} » a {count} chiffres au lieu de {digits} : Excel l’a enregistré comme un nombre et a supprimé ses zéros de tête. Mettez la colonne au format Texte et tapez de nouveau le numéro, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{value}” has {count} digits instead of {digits}. Correct it, then import the file again.</source>
        <translation>« {value} » a {count} chiffres au lieu de {digits}. Corrigez-le, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>Fichier importé</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne des en-têtes</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Lignes avec des problèmes</translation>
    </message>
    <message>
        <source>Rows repeated in the file</source>
        <translation>Lignes en double dans le fichier</translation>
    </message>
    <message>
        <source>Rows in this workbook</source>
        <translation>Lignes dans ce classeur</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>colonne {letter}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has no row {row} to read the headers from.</source>
        <translation>La feuille « {sheet} » n’a pas de ligne {row} où lire les en-têtes.</translation>
    </message>
    <message>
        <source>No header row found in the first {rows} rows of the sheet “{sheet}”. The row above the data must name its columns, e.g. {examples}. Check that you chose the right sheet, or use the template.</source>
        <translation>Aucune ligne d’en-têtes trouvée dans les {rows} premières lignes de la feuille « {sheet} ». La ligne au-dessus des données doit nommer ses colonnes, p. ex. {examples}. Vérifiez que vous avez choisi la bonne feuille, ou utilisez le modèle.</translation>
    </message>
    <message>
        <source>The mapping gives column {letter} to both “{first}” and “{second}”. Choose one column for each, then import the file again.</source>
        <translation>La correspondance attribue la colonne {letter} à la fois à « {first} » et à « {second} ». Choisissez une colonne pour chacun, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>The header “{header}” appears in several columns: {columns}. Rename them so that each header appears once (or choose the right column in the mapping), then import again.</source>
        <translation>L’en-tête « {header} » apparaît dans plusieurs colonnes : {columns}. Renommez-les pour que chaque en-tête n’apparaisse qu’une fois (ou choisissez la bonne colonne dans la correspondance), puis importez à nouveau.</translation>
    </message>
    <message>
        <source>Several columns look like “{label}”: {columns}. Choose the right one in the mapping (or rename the others), then import again.</source>
        <translation>Plusieurs colonnes ressemblent à « {label} » : {columns}. Choisissez la bonne dans la correspondance (ou renommez les autres), puis importez à nouveau.</translation>
    </message>
    <message>
        <source>The mapping puts “{label}” in column {letter}, but the sheet's table has no such column. Check the mapping, then import the file again.</source>
        <translation>La correspondance place « {label} » dans la colonne {letter}, mais le tableau de la feuille n’a pas cette colonne. Vérifiez la correspondance, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>The mapping looks for the column “{header}” (for “{label}”), but the sheet has no such column. Check the mapping, then import the file again.</source>
        <translation>La correspondance cherche la colonne « {header} » (pour « {label} »), mais la feuille n’a pas cette colonne. Vérifiez la correspondance, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has no column for: {columns}. Add the missing columns (the template has them) or choose them in the mapping, then import the file again.</source>
        <translation>La feuille « {sheet} » n’a pas de colonne pour : {columns}. Ajoutez les colonnes manquantes (le modèle les contient) ou choisissez-les dans la correspondance, puis importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>“{sheet}” (very hidden)</source>
        <translation>« {sheet} » (très masquée)</translation>
    </message>
    <message>
        <source>This workbook also has hidden sheets: {sheets}. Check that you are importing the right sheet; choose another one in the list if need be.</source>
        <translation>Ce classeur a aussi des feuilles masquées : {sheets}. Vérifiez que vous importez la bonne feuille ; choisissez-en une autre dans la liste au besoin.</translation>
    </message>
    <message>
        <source>Row {row} repeats row {first} of the file: it is imported only once (row {first}).</source>
        <translation>La ligne {row} répète la ligne {first} du fichier : elle n’est importée qu’une fois (ligne {first}).</translation>
    </message>
    <message>
        <source>{read} rows read: {good} without problems, {bad} with problems, {duplicates} repeated.</source>
        <translation>{read} lignes lues : {good} sans problème, {bad} avec des problèmes, {duplicates} en double.</translation>
    </message>
    <message>
        <source>“{name}” has no sheet with a table to import.</source>
        <translation>« {name} » n’a aucune feuille avec un tableau à importer.</translation>
    </message>
    <message>
        <source>“{name}” has no sheet named “{sheet}” (it has: {sheets}).</source>
        <translation>« {name} » n’a pas de feuille nommée « {sheet} » (il a : {sheets}).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty. Choose the sheet that holds the table.</source>
        <translation>La feuille « {sheet} » est vide. Choisissez la feuille qui contient le tableau.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” has a header row (row {row}) but no rows below it. Check that you chose the right file and sheet.</source>
        <translation>La feuille « {sheet} » a une ligne d’en-têtes (ligne {row}) mais aucune ligne en dessous. Vérifiez que vous avez choisi le bon fichier et la bonne feuille.</translation>
    </message>
    <message>
        <source>These columns are not imported: {columns}.</source>
        <translation>Ces colonnes ne sont pas importées : {columns}.</translation>
    </message>
    <message>
        <source>Blank rows skipped: {count}.</source>
        <translation>Lignes vides ignorées : {count}.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: {problem}</source>
        <translation>Ligne {row}, colonne « {column} » : {problem}</translation>
    </message>
    <message>
        <source>{read} rows read: {new} to import, {bad} with problems, {review} possible duplicates to review, {already} already imported, {withdrawn} refused (consent withdrawn).</source>
        <translation>{read} lignes lues : {new} à importer, {bad} avec des problèmes, {review} doublons possibles à examiner, {already} déjà importées, {withdrawn} refusées (consentement retiré).</translation>
    </message>
    <message>
        <source>Of the rows to import, {count} change a record already there.</source>
        <translation>Parmi les lignes à importer, {count} modifient une fiche déjà enregistrée.</translation>
    </message>
    <message>
        <source>Row {row}: already imported on {date} by {who}; nothing new is created.</source>
        <translation>Ligne {row} : déjà importée le {date} par {who} ; rien de nouveau n'est créé.</translation>
    </message>
    <message>
        <source>Returnees</source>
        <translation>Retournés</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>même numéro de pièce</translation>
    </message>
    <message>
        <source>same names and date of birth</source>
        <translation>mêmes noms et date de naissance</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>Row {row}: this person withdrew their consent on {date}; their data is not imported.</source>
        <translation>Ligne {row} : cette personne a retiré son consentement le {date} ; ses données ne sont pas importées.</translation>
    </message>
    <message>
        <source>This row was already settled by someone else; refresh.</source>
        <translation>Cette ligne a déjà été tranchée par quelqu'un d'autre ; actualisez.</translation>
    </message>
    <message>
        <source>The file “{name}” cannot be opened. Check that it still exists and that you may read it (close it in Excel if it is open), then try again.</source>
        <translation>Le fichier « {name} » ne peut pas être ouvert. Vérifiez qu’il existe toujours et que vous avez le droit de le lire (fermez-le dans Excel s’il y est ouvert), puis réessayez.</translation>
    </message>
    <message>
        <source>The file “{name}” is empty. Choose the workbook again, or ask for a new copy.</source>
        <translation>Le fichier « {name} » est vide. Choisissez de nouveau le classeur, ou demandez une nouvelle copie.</translation>
    </message>
    <message>
        <source>The file “{name}” is refused: it is larger than {size} MB, far more than an import needs. Split it into several workbooks and import them one after the other.</source>
        <translation>Le fichier « {name} » est refusé : il dépasse {size} Mo, bien plus qu’une importation n’en demande. Répartissez-le en plusieurs classeurs et importez-les l’un après l’autre.</translation>
    </message>
    <message>
        <source>“{name}” is a PDF document, not an Excel workbook. Ask the sender for the Excel file (.xlsx); a PDF cannot be imported.</source>
        <translation>« {name} » est un document PDF, pas un classeur Excel. Demandez le fichier Excel (.xlsx) à l’expéditeur : un PDF ne peut pas être importé.</translation>
    </message>
    <message>
        <source>“{name}” is a text file (CSV, web page or XML) given an Excel name, not a real workbook. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and import that file.</source>
        <translation>« {name} » est un fichier texte (CSV, page web ou XML) portant un nom Excel, pas un vrai classeur. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le comme classeur Excel (.xlsx) et importez ce fichier.</translation>
    </message>
    <message>
        <source>“{name}” is not an Excel workbook (.xlsx). Choose the right file, or open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>« {name} » n’est pas un classeur Excel (.xlsx). Choisissez le bon fichier, ou ouvrez-le dans Excel ou LibreOffice et enregistrez-le comme classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>“{name}” is damaged: it cannot be read as an Excel workbook (an incomplete download or copy?). Ask for the file again, or open it in Excel or LibreOffice, save it again as .xlsx and import that.</source>
        <translation>« {name} » est endommagé : il ne peut pas être lu comme un classeur Excel (téléchargement ou copie incomplète ?). Demandez à nouveau le fichier, ou ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau en .xlsx et importez ce fichier.</translation>
    </message>
    <message>
        <source>“{name}” is refused: once unpacked it would be far larger than any real workbook (up to {size} MB), which only damaged or malicious files do. Nothing was read. Ask the sender for a new copy.</source>
        <translation>« {name} » est refusé : une fois décompressé, il serait bien plus volumineux que n’importe quel vrai classeur (jusqu’à {size} Mo), ce que font seulement les fichiers endommagés ou malveillants. Rien n’a été lu. Demandez une nouvelle copie à l’expéditeur.</translation>
    </message>
    <message>
        <source>“{name}” is refused: a part of it unpacks to more than the file declares, which only damaged or malicious files do. Reading stopped there and nothing was imported. Ask the sender for a new copy.</source>
        <translation>« {name} » est refusé : une de ses parties se décompresse en plus que ce que le fichier annonce, ce que font seulement les fichiers endommagés ou malveillants. La lecture s’est arrêtée là et rien n’a été importé. Demandez une nouvelle copie à l’expéditeur.</translation>
    </message>
    <message>
        <source>“{name}” is protected by a password. Open it in Excel with its password, remove the password (File → Info → Protect Workbook → Encrypt with Password, leave it empty), save, and import it again.</source>
        <translation>« {name} » est protégé par un mot de passe. Ouvrez-le dans Excel avec son mot de passe, retirez le mot de passe (Fichier → Informations → Protéger le classeur → Chiffrer avec mot de passe, laissez-le vide), enregistrez et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>“{name}” is in the old Excel format (.xls, Excel 97-2003). Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and import that file.</source>
        <translation>« {name} » est dans l’ancien format Excel (.xls, Excel 97-2003). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le comme classeur Excel (.xlsx) et importez ce fichier.</translation>
    </message>
    <message>
        <source>“{name}” is an Excel binary workbook (.xlsb). Open it in Excel, save it as an Excel workbook (.xlsx) and import that file.</source>
        <translation>« {name} » est un classeur Excel binaire (.xlsb). Ouvrez-le dans Excel, enregistrez-le comme classeur Excel (.xlsx) et importez ce fichier.</translation>
    </message>
    <message>
        <source>“{name}” is an OpenDocument spreadsheet (LibreOffice .ods). Open it in LibreOffice, save it as an Excel workbook (.xlsx) and import that file.</source>
        <translation>« {name} » est une feuille de calcul OpenDocument (LibreOffice .ods). Ouvrez-la dans LibreOffice, enregistrez-la comme classeur Excel (.xlsx) et importez ce fichier.</translation>
    </message>
    <message>
        <source>“{name}” is a Word or PowerPoint document, not an Excel workbook. Choose the Excel file (.xlsx).</source>
        <translation>« {name} » est un document Word ou PowerPoint, pas un classeur Excel. Choisissez le fichier Excel (.xlsx).</translation>
    </message>
    <message>
        <source>“{name}” is refused: its part “{part}” declares XML entities (a DOCTYPE), which Excel never writes and which can be used to attack the computer. Nothing was read. Ask the sender for a copy saved by Excel or LibreOffice.</source>
        <translation>« {name} » est refusé : sa partie « {part} » déclare des entités XML (un DOCTYPE), ce qu’Excel n’écrit jamais et qui peut servir à attaquer l’ordinateur. Rien n’a été lu. Demandez à l’expéditeur une copie enregistrée par Excel ou LibreOffice.</translation>
    </message>
    <message>
        <source>“{name}” is refused: its part “{part}” does not start like the XML that Excel writes. Nothing was read. Ask the sender for a copy saved by Excel or LibreOffice.</source>
        <translation>« {name} » est refusé : sa partie « {part} » ne commence pas comme le XML qu’écrit Excel. Rien n’a été lu. Demandez à l’expéditeur une copie enregistrée par Excel ou LibreOffice.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Not in the list</source>
        <translation>Pas dans la liste</translation>
    </message>
    <message>
        <source>Choose a value from the drop-down list.</source>
        <translation>Choisissez une valeur dans la liste déroulante.</translation>
    </message>
    <message>
        <source>Not a date</source>
        <translation>Ce n’est pas une date</translation>
    </message>
    <message>
        <source>Type a date as dd/mm/yyyy (e.g. 28/11/2026), not in the future.</source>
        <translation>Tapez une date sous la forme jj/mm/aaaa (p. ex. 28/11/2026), pas dans le futur.</translation>
    </message>
    <message>
        <source>Type a date as dd/mm/yyyy (e.g. 28/11/2026).</source>
        <translation>Tapez une date sous la forme jj/mm/aaaa (p. ex. 28/11/2026).</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Trop long</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>{max} caractères au plus.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Row {row}: row {first} already gives this person's attendance on {day}.</source>
        <translation>Ligne {row} : la ligne {first} donne déjà la présence de cette personne le {day}.</translation>
    </message>
    <message>
        <source>Row {row}: there is no case numbered “{number}”; check the number.</source>
        <translation>Ligne {row} : aucun dossier ne porte le numéro « {number} » ; vérifiez le numéro.</translation>
    </message>
    <message>
        <source>Row {row}: case {number} is not “{name}”; check the case number and the name.</source>
        <translation>Ligne {row} : le dossier {number} n'est pas celui de « {name} » ; vérifiez le numéro de dossier et le nom.</translation>
    </message>
    <message>
        <source>Row {row}: case {number} has no seat in a session of the course {course}; enrol them first.</source>
        <translation>Ligne {row} : le dossier {number} n'a pas de place dans une session de la formation {course} ; inscrivez d'abord la personne.</translation>
    </message>
    <message>
        <source>Row {row}: {day} is not a day of case {number}'s session of {course}; check the date.</source>
        <translation>Ligne {row} : le {day} n'est pas un jour de la session de {course} du dossier {number} ; vérifiez la date.</translation>
    </message>
    <message>
        <source>Row {row}: case {number} has two sessions of {course} on {day}; give the session's first day.</source>
        <translation>Ligne {row} : le dossier {number} a deux sessions de {course} le {day} ; indiquez le premier jour de la session.</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>Row {row}: operator “{name}” is already on row {first} of the file with other details; keep one row per operator.</source>
        <translation>Ligne {row} : l'opérateur « {name} » figure déjà à la ligne {first} du fichier avec d'autres informations ; gardez une seule ligne par opérateur.</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Ligne {row} : {message}</translation>
    </message>
    <message>
        <source>{count} problems in all: nothing was imported, since a statement is imported whole or not at all.</source>
        <translation>{count} problèmes en tout : rien n’a été importé, car un relevé s’importe en entier ou pas du tout.</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Returnees (arrival lists, donors' rosters)</source>
        <translation>Retournés (listes d'arrivée, listes des bailleurs)</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>Présences aux formations</translation>
    </message>
    <message>
        <source>What the workbook holds: each kind has its own columns and checks.</source>
        <translation>Ce que contient le classeur : chaque type a ses colonnes et ses contrôles.</translation>
    </message>
    <message>
        <source>&amp;Choose a workbook…</source>
        <translation>&amp;Choisir un classeur…</translation>
    </message>
    <message>
        <source>No workbook chosen yet.</source>
        <translation>Aucun classeur choisi pour l'instant.</translation>
    </message>
    <message>
        <source>Or drop the .xlsx file anywhere on this screen.</source>
        <translation>Ou déposez le fichier .xlsx n'importe où sur cet écran.</translation>
    </message>
    <message>
        <source>e.g. IOM Douala (optional)</source>
        <translation>ex. OIM Douala (facultatif)</translation>
    </message>
    <message>
        <source>The donor or partner who sent the file. The columns you choose are remembered under this name when you import; type a new name to start a new profile.</source>
        <translation>Le bailleur ou partenaire qui a envoyé le fichier. Les colonnes choisies sont retenues sous ce nom à l'import ; tapez un nouveau nom pour créer un nouveau profil.</translation>
    </message>
    <message>
        <source>Download the empty &amp;workbook…</source>
        <translation>&amp;Télécharger le classeur vierge…</translation>
    </message>
    <message>
        <source>The workbook a partner fills in: the expected headers, drop-down lists and instructions.</source>
        <translation>Le classeur qu'un partenaire remplit : les en-têtes attendus, les listes déroulantes et les instructions.</translation>
    </message>
    <message>
        <source>Chec&amp;k the file</source>
        <translation>&amp;Vérifier le fichier</translation>
    </message>
    <message>
        <source>S&amp;heet</source>
        <translation>&amp;Feuille</translation>
    </message>
    <message>
        <source>Sent &amp;by</source>
        <translation>Envo&amp;yé par</translation>
    </message>
    <message>
        <source>2 · Which column holds what</source>
        <translation>2 · Quelle colonne contient quoi</translation>
    </message>
    <message>
        <source>3 · The rows, checked</source>
        <translation>3 · Les lignes, vérifiées</translation>
    </message>
    <message>
        <source>1 · The workbook</source>
        <translation>1 · Le classeur</translation>
    </message>
    <message>
        <source>It &amp;holds</source>
        <translation>Il &amp;contient</translation>
    </message>
    <message>
        <source>Choose the workbook to import</source>
        <translation>Choisir le classeur à importer</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <source>{sheet} (very hidden)</source>
        <translation>{sheet} (très masquée)</translation>
    </message>
    <message>
        <source>{sheet} (hidden)</source>
        <translation>{sheet} (masquée)</translation>
    </message>
    <message>
        <source>The columns changed: check the file again.</source>
        <translation>Les colonnes ont changé : vérifiez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Non importées : {columns}.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>operators-to-fill-in.xlsx</source>
        <translation>operateurs-a-remplir.xlsx</translation>
    </message>
    <message>
        <source>attendance-to-fill-in.xlsx</source>
        <translation>presences-a-remplir.xlsx</translation>
    </message>
    <message>
        <source>Save the empty workbook</source>
        <translation>Enregistrer le classeur vierge</translation>
    </message>
    <message>
        <source>returnees-to-fill-in.xlsx</source>
        <translation>migrants-de-retour-a-remplir.xlsx</translation>
    </message>
    <message>
        <source>The empty workbook is saved to {path}. Send it to the partner; its instructions sheet says how to fill it in.</source>
        <translation>Le classeur vierge est enregistré dans {path}. Envoyez-le au partenaire ; sa feuille d'instructions explique comment le remplir.</translation>
    </message>
</context>
<context>
    <name>IndicatorReport</name>
    <message>
        <source>Registered</source>
        <translation>Enregistrées</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évaluées</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Orientées</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Formées</translation>
    </message>
    <message>
        <source>Plan approved</source>
        <translation>Plan approuvé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payées</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Suivies</translation>
    </message>
    <message>
        <source>Indicator report</source>
        <translation>Rapport d’indicateurs</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Produced on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Aucune donnée pour cette période</translation>
    </message>
    <message>
        <source>Nothing was recorded for this donor's programmes between these dates: no case opened, no assessment, referral, training, committee approval, payment or follow-up visit. Every indicator is zero.</source>
        <translation>Rien n’a été enregistré pour les programmes de ce bailleur entre ces dates : aucun dossier ouvert, aucune évaluation, orientation, formation, approbation en comité, aucun paiement ni aucune visite de suivi. Tous les indicateurs sont à zéro.</translation>
    </message>
    <message>
        <source>Nothing was recorded between these dates: no case opened, no assessment, referral, training, committee approval, payment or follow-up visit. Every indicator is zero.</source>
        <translation>Rien n’a été enregistré entre ces dates : aucun dossier ouvert, aucune évaluation, orientation, formation, approbation en comité, aucun paiement ni aucune visite de suivi. Tous les indicateurs sont à zéro.</translation>
    </message>
    <message>
        <source>Check the period and the donor chosen. Work recorded after the report was produced is not in it.</source>
        <translation>Vérifiez la période et le bailleur choisis. Ce qui a été saisi après l’établissement du rapport n’y figure pas.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Numbers of persons: a person with several cases is counted once per indicator. Tables and charts by group follow; each indicator is defined on the last page.</source>
        <translation>Nombres de personnes : une personne qui a plusieurs dossiers est comptée une fois par indicateur. Suivent les tableaux et graphiques par groupe ; chaque indicateur est défini en dernière page.</translation>
    </message>
    <message>
        <source>A bar with a break is longer than drawn: the chart is scaled on the groups whose value is recorded, so that they stay readable; its figure is exact.</source>
        <translation>Une barre interrompue est plus longue que dessinée : le graphique est à l’échelle des groupes dont la valeur est renseignée, pour qu’ils restent lisibles ; son chiffre est exact.</translation>
    </message>
    <message>
        <source>What each indicator counts</source>
        <translation>Ce que compte chaque indicateur</translation>
    </message>
    <message>
        <source>Each indicator counts persons, not cases: a person with several cases counts once on each line.</source>
        <translation>Chaque indicateur compte des personnes, non des dossiers : une personne qui a plusieurs dossiers compte une fois sur chaque ligne.</translation>
    </message>
    <message>
        <source>Age band: age at return (at registration when the return date is unknown). Aid level: the latest baseline assessment's recommendation. Sector: the sector of the current plan.</source>
        <translation>Tranche d’âge : âge au retour (à l’enregistrement quand la date de retour est inconnue). Niveau d’aide : la recommandation de la dernière évaluation initiale. Secteur : celui du plan en cours.</translation>
    </message>
    <message>
        <source>“Not recorded” groups the persons for whom the desk has no value. The report holds no names or personal data.</source>
        <translation>« Non renseigné » regroupe les personnes pour lesquelles le guichet n’a pas de valeur. Le rapport ne contient ni nom ni donnée personnelle.</translation>
    </message>
    <message>
        <source>Donor: only the cases of the programmes this donor funds are counted.</source>
        <translation>Bailleur : seuls les dossiers des programmes que ce bailleur finance sont comptés.</translation>
    </message>
    <message>
        <source>Counting the indicators…</source>
        <translation>Calcul des indicateurs…</translation>
    </message>
    <message>
        <source>Drawing the report…</source>
        <translation>Mise en page du rapport…</translation>
    </message>
    <message>
        <source>Saving {file}…</source>
        <translation>Enregistrement de {file}…</translation>
    </message>
    <message>
        <source>Report written to {file}.</source>
        <translation>Rapport enregistré dans {file}.</translation>
    </message>
    <message>
        <source>all donors</source>
        <translation>tous les bailleurs</translation>
    </message>
</context>
<context>
    <name>InstrumentWidget</name>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Question (French)</source>
        <translation>Question (français)</translation>
    </message>
    <message>
        <source>Question (English)</source>
        <translation>Question (anglais)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>e.g. work and income weigh more in the economic part</source>
        <translation>ex. : le travail et le revenu pèsent plus dans la partie économique</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Within each dimension the weights of the questions add up to 1, and so do the weights of the three dimensions. Saving makes a new version: new assessments use it, earlier assessments keep the version they were answered with.</source>
        <translation>Dans chaque dimension, les pondérations des questions totalisent 1, de même que celles des trois dimensions. Enregistrer crée une nouvelle version : les nouvelles évaluations l'utilisent, les évaluations antérieures gardent la version avec laquelle elles ont été faites.</translation>
    </message>
    <message>
        <source>What &amp;changed</source>
        <translation>Ce qui &amp;change</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · version {version} in use</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · version {version} en usage</translation>
    </message>
    <message>
        <source>Weight of the dimension “{name}”</source>
        <translation>Pondération de la dimension « {name} »</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>{dimension}: {total}</source>
        <translation>{dimension} : {total}</translation>
    </message>
    <message>
        <source>dimensions: {total}</source>
        <translation>dimensions : {total}</translation>
    </message>
    <message>
        <source>Weights add up to: {sums}</source>
        <translation>Totaux des pondérations : {sums}</translation>
    </message>
    <message>
        <source>Version {number} saved. New assessments use it; earlier ones keep their own version.</source>
        <translation>Version {number} enregistrée. Les nouvelles évaluations l'utilisent ; les précédentes gardent leur propre version.</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Untitled intake</source>
        <translation>Entretien sans nom</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>estimated: only the year is known</source>
        <translation>estimée : seule l'année est connue</translation>
    </message>
    <message>
        <source>e.g. 6 99 12 34 56</source>
        <translation>ex. 6 99 12 34 56</translation>
    </message>
    <message>
        <source>e.g. Niger, Algérie</source>
        <translation>ex. Niger, Algérie</translation>
    </message>
    <message>
        <source>agrees to the processing of their data by the desk</source>
        <translation>accepte le traitement de ses données par le guichet</translation>
    </message>
    <message>
        <source>agrees to sharing with the operator who will coach them</source>
        <translation>accepte le partage avec l'opérateur qui l'accompagnera</translation>
    </message>
    <message>
        <source>agrees to sharing with the institutions they are referred to</source>
        <translation>accepte le partage avec les institutions vers lesquelles elle est orientée</translation>
    </message>
    <message>
        <source>agrees to a photo</source>
        <translation>accepte d'être photographiée</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Prénoms</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xe</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date de nai&amp;ssance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Pièce d'identité</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numéro de la pièce</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville ou commune</translation>
    </message>
    <message>
        <source>Interview by</source>
        <translation>Entretien par</translation>
    </message>
    <message>
        <source>Date of &amp;return</source>
        <translation>Date de &amp;retour</translation>
    </message>
    <message>
        <source>Date of departure</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>Country returned from</source>
        <translation>Pays de retour</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie de retour</translation>
    </message>
    <message>
        <source>Transit countries</source>
        <translation>Pays de transit</translation>
    </message>
    <message>
        <source>Type of return</source>
        <translation>Type de retour</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Arrival group</source>
        <translation>Groupe d'arrivée</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Situation matrimoniale</translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation>Personnes à charge</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Taille du ménage</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Niveau d'études</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Occupation before departure</source>
        <translation>Métier avant le départ</translation>
    </message>
    <message>
        <source>Skills and experience</source>
        <translation>Compétences et expérience</translation>
    </message>
    <message>
        <source>Relative to contact</source>
        <translation>Proche à contacter</translation>
    </message>
    <message>
        <source>Relative's phone</source>
        <translation>Téléphone du proche</translation>
    </message>
    <message>
        <source>Notes (medical, psychosocial): confidential</source>
        <translation>Notes (médicales, psychosociales) : confidentiel</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>Langue de l'entretien</translation>
    </message>
    <message>
        <source>Guardian (for a minor)</source>
        <translation>Tuteur (pour un mineur)</translation>
    </message>
    <message>
        <source>Relation to the person</source>
        <translation>Lien avec la personne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>1. Identity</source>
        <translation>1. Identité</translation>
    </message>
    <message>
        <source>2. Return</source>
        <translation>2. Retour</translation>
    </message>
    <message>
        <source>3. Situation</source>
        <translation>3. Situation</translation>
    </message>
    <message>
        <source>4. Vulnerabilities (confidential)</source>
        <translation>4. Vulnérabilités (confidentiel)</translation>
    </message>
    <message>
        <source>5. Consent and notes</source>
        <translation>5. Consentement et notes</translation>
    </message>
    <message>
        <source>{label}: type a date as dd/mm/yyyy, e.g. 12/03/1998.</source>
        <translation>{label} : saisissez une date jj/mm/aaaa, ex. 12/03/1998.</translation>
    </message>
    <message>
        <source>{label}: “{text}” is not in the list of countries.</source>
        <translation>{label} : « {text} » n'est pas dans la liste des pays.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>Date de retour</translation>
    </message>
</context>
<context>
    <name>IntakeSheet</name>
    <message>
        <source>Intake sheet</source>
        <translation>Fiche d'accueil</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal de l'entretien</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>{birth} (age {age})</source>
        <translation>{birth} ({age} ans)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Pièce d'identité</translation>
    </message>
    <message>
        <source>Place of settlement</source>
        <translation>Lieu d'installation</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Confidential: share only with the people who need it.</source>
        <translation>Confidentiel : à ne partager qu'avec les personnes qui en ont besoin.</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>Aucune signalée</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Aucun consentement recueilli</translation>
    </message>
    <message>
        <source>Consent withdrawn: nothing may be shared.</source>
        <translation>Consentement retiré : aucun partage possible.</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recueilli par</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Motif du retrait</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Returnee (or guardian)</source>
        <translation>Migrant de retour (ou tuteur)</translation>
    </message>
    <message>
        <source>Agent: {name}</source>
        <translation>Agent : {name}</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
</context>
<context>
    <name>IntakeWidget</name>
    <message>
        <source>&amp;Register (Ctrl+S)</source>
        <translation>&amp;Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Garder en &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Nouvel entretien</translation>
    </message>
    <message>
        <source>&amp;Open the case file</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Intake interview&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Entretien d'accueil&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Resume a draft:</source>
        <translation>Reprendre un brouillon :</translation>
    </message>
    <message>
        <source>New case for a person already registered: &lt;b&gt;{name}&lt;/b&gt;, born {birth} ({case}). Their earlier file, trainings and payments stay attached.</source>
        <translation>Nouveau dossier pour une personne déjà enregistrée : &lt;b&gt;{name}&lt;/b&gt;, née le {birth} ({case}). Son dossier précédent, ses formations et ses paiements restent rattachés.</translation>
    </message>
    <message>
        <source>Registered: case &lt;b&gt;{number}&lt;/b&gt; for {name}.</source>
        <translation>Enregistré : dossier &lt;b&gt;{number}&lt;/b&gt; pour {name}.</translation>
    </message>
    <message>
        <source>Draft saved. Resume it from “Resume a draft”.</source>
        <translation>Brouillon gardé. Reprenez-le depuis « Reprendre un brouillon ».</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other / not said</source>
        <translation>Autre / non précisé</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Au guichet</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aérienne</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Terrestre</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>Maritime</translation>
    </message>
    <message>
        <source>Assisted voluntary return</source>
        <translation>Retour volontaire aidé</translation>
    </message>
    <message>
        <source>Forced return</source>
        <translation>Retour forcé</translation>
    </message>
    <message>
        <source>Spontaneous return</source>
        <translation>Retour spontané</translation>
    </message>
    <message>
        <source>End of studies</source>
        <translation>Fin d'études</translation>
    </message>
    <message>
        <source>Diaspora youth</source>
        <translation>Jeune de la diaspora</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>Carte nationale d'identité</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Consular card</source>
        <translation>Carte consulaire</translation>
    </message>
    <message>
        <source>Laissez-passer</source>
        <translation>Laissez-passer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Célibataire</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Marié(e)</translation>
    </message>
    <message>
        <source>Living with a partner</source>
        <translation>En union libre</translation>
    </message>
    <message>
        <source>Divorced or separated</source>
        <translation>Divorcé(e) ou séparé(e)</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Veuf ou veuve</translation>
    </message>
    <message>
        <source>No schooling</source>
        <translation>Non scolarisé(e)</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primaire</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondaire</translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation>Formation professionnelle</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Supérieur</translation>
    </message>
    <message>
        <source>Medical needs</source>
        <translation>Besoins médicaux</translation>
    </message>
    <message>
        <source>Psychosocial distress</source>
        <translation>Détresse psychosociale</translation>
    </message>
    <message>
        <source>Victim of trafficking</source>
        <translation>Victime de traite</translation>
    </message>
    <message>
        <source>Unaccompanied or separated minor</source>
        <translation>Mineur non accompagné ou séparé</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Grossesse</translation>
    </message>
    <message>
        <source>Elderly person</source>
        <translation>Personne âgée</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>Parent seul</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Operator designated</source>
        <translation>Opérateur désigné</translation>
    </message>
    <message>
        <source>Plan submitted</source>
        <translation>Projet soumis</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>To amend</source>
        <translation>À amender</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Ajourné</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>En formation</translation>
    </message>
    <message>
        <source>Disbursing</source>
        <translation>En décaissement</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>En suivi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Entrepreneurship and business management</source>
        <translation>Entrepreneuriat et gestion d'entreprise</translation>
    </message>
    <message>
        <source>Civic training</source>
        <translation>Formation civique</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Recherche d'emploi</translation>
    </message>
    <message>
        <source>Completed (last visit done)</source>
        <translation>Terminé (dernière visite faite)</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Re-migrated</source>
        <translation>Ré-émigré(e)</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé(e)</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation>Visite au bureau</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Person unreachable</source>
        <translation>Personne injoignable</translation>
    </message>
    <message>
        <source>Person re-migrated</source>
        <translation>Personne ré-émigrée</translation>
    </message>
    <message>
        <source>Person deceased</source>
        <translation>Personne décédée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En activité</translation>
    </message>
    <message>
        <source>Struggling</source>
        <translation>En difficulté</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Closed down</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>No income yet</source>
        <translation>Pas encore de revenu</translation>
    </message>
    <message>
        <source>Low (below the minimum wage)</source>
        <translation>Faible (moins que le salaire minimum)</translation>
    </message>
    <message>
        <source>Medium (one to two minimum wages)</source>
        <translation>Moyen (un à deux salaires minimum)</translation>
    </message>
    <message>
        <source>High (more than two minimum wages)</source>
        <translation>Élevé (plus de deux salaires minimum)</translation>
    </message>
    <message>
        <source>Works in their own business</source>
        <translation>Travaille dans sa propre activité</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Salarié(e)</translation>
    </message>
    <message>
        <source>Looking for work</source>
        <translation>Cherche du travail</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Sans activité</translation>
    </message>
    <message>
        <source>Arrival pocket money</source>
        <translation>Pécule d'arrivée</translation>
    </message>
    <message>
        <source>Social aid</source>
        <translation>Aide sociale</translation>
    </message>
    <message>
        <source>Business-creation instalment</source>
        <translation>Tranche d'aide à la création d'entreprise</translation>
    </message>
    <message>
        <source>Employment aid</source>
        <translation>Aide à l'emploi</translation>
    </message>
    <message>
        <source>Training allowance</source>
        <translation>Indemnité de formation</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Soins médicaux</translation>
    </message>
    <message>
        <source>In-kind purchase (paid to a supplier)</source>
        <translation>Achat en nature (payé à un fournisseur)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation>Mobile money</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>In kind (supplier)</source>
        <translation>En nature (fournisseur)</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d'approbation</translation>
    </message>
    <message>
        <source>Approved, to pay</source>
        <translation>Approuvée, à payer</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Paid, then reversed</source>
        <translation>Payée puis contre-passée</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The case is closed: no payment can be made on a closed case.</source>
        <translation>Le dossier est clos : aucun paiement n'est possible sur un dossier clos.</translation>
    </message>
    <message>
        <source>The person's consent is not recorded: record it in the case file first.</source>
        <translation>Le consentement de la personne n'est pas enregistré : enregistrez-le d'abord dans le dossier.</translation>
    </message>
    <message>
        <source>The person withdrew their consent: no payment can be made.</source>
        <translation>La personne a retiré son consentement : aucun paiement n'est possible.</translation>
    </message>
    <message>
        <source>The plan is not approved by the committee.</source>
        <translation>Le plan n'est pas approuvé par le comité.</translation>
    </message>
    <message>
        <source>The plan was approved in {currency}: ask for the amount in that currency.</source>
        <translation>Le plan a été approuvé en {currency} : demandez le montant dans cette monnaie.</translation>
    </message>
    <message>
        <source>This would exceed the amount approved by the committee ({ceiling}): already paid {paid}, already asked {pending}, this request {amount}.</source>
        <translation>Cela dépasserait le montant approuvé par le comité ({ceiling}) : déjà payé {paid}, déjà demandé {pending}, cette demande {amount}.</translation>
    </message>
    <message>
        <source>This instalment was replaced by a newer committee decision.</source>
        <translation>Cette tranche a été remplacée par une décision plus récente du comité.</translation>
    </message>
    <message>
        <source>Instalment {n} waits for the operator's interim report.</source>
        <translation>La tranche {n} attend le rapport intermédiaire de l'opérateur.</translation>
    </message>
    <message>
        <source>The programme requires training not completed yet: {missing}.</source>
        <translation>Le programme exige une formation pas encore achevée : {missing}.</translation>
    </message>
    <message>
        <source>The period {period} is closed: choose a date in an open period.</source>
        <translation>La période {period} est clôturée : choisissez une date dans une période ouverte.</translation>
    </message>
    <message>
        <source>This request is not approved by a manager.</source>
        <translation>Cette demande n'est pas approuvée par un responsable.</translation>
    </message>
    <message>
        <source>You approved this request: another person must pay it (separation of duties).</source>
        <translation>Vous avez approuvé cette demande : une autre personne doit la payer (séparation des tâches).</translation>
    </message>
    <message>
        <source>You asked for this payment: another person must pay it (separation of duties).</source>
        <translation>Vous avez demandé ce paiement : une autre personne doit le payer (séparation des tâches).</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
</context>
<context>
    <name>LedgerScreens</name>
    <message>
        <source>This cannot be done:</source>
        <translation>Impossible :</translation>
    </message>
    <message>
        <source>Save the receipts</source>
        <translation>Enregistrer les reçus</translation>
    </message>
    <message>
        <source>receipt-{number}.pdf</source>
        <translation>recu-{number}.pdf</translation>
    </message>
    <message>
        <source>receipts-{day}.pdf</source>
        <translation>recus-{day}.pdf</translation>
    </message>
    <message>
        <source>Waiting for the interim report</source>
        <translation>En attente du rapport intermédiaire</translation>
    </message>
    <message>
        <source>Open: can be asked for</source>
        <translation>Ouverte : peut être demandée</translation>
    </message>
    <message>
        <source>Asked, waiting for approval</source>
        <translation>Demandée, en attente d'approbation</translation>
    </message>
    <message>
        <source>Approved, to pay</source>
        <translation>Approuvée, à payer</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>non requis</translation>
    </message>
    <message>
        <source>Instalment {number} of the plan</source>
        <translation>Tranche {number} du projet</translation>
    </message>
    <message>
        <source>Instalment {number} of the plan – {kind}</source>
        <translation>Tranche {number} du projet – {kind}</translation>
    </message>
    <message>
        <source>collected by {proxy} (proxy)</source>
        <translation>perçu par {proxy} (mandataire)</translation>
    </message>
    <message>
        <source>Asked by {name} on {when}</source>
        <translation>Demandé par {name} le {when}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <source>Decided by {name}</source>
        <translation>Décidé par {name}</translation>
    </message>
    <message>
        <source>Reversal of No. {seq}</source>
        <translation>Contre-passation du n° {seq}</translation>
    </message>
    <message>
        <source>Instalment of the plan</source>
        <translation>Tranche du projet</translation>
    </message>
    <message>
        <source>{kind} (reversed)</source>
        <translation>{kind} (contre-passé)</translation>
    </message>
    <message>
        <source>Reverses entry No. {seq}: the original stays in the ledger.</source>
        <translation>Contre-passe l'écriture n° {seq} : l'originale reste dans le journal.</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Reversed by a later entry: it no longer counts in the net total.</source>
        <translation>Contre-passée par une écriture ultérieure : elle ne compte plus dans le total net.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Fingerprint of the ledger at closing (entry No. {seq}):
{fingerprint}</source>
        <translation>Empreinte du journal à la clôture (écriture n° {seq}) :
{fingerprint}</translation>
    </message>
    <message>
        <source>{modality}: {details}</source>
        <translation>{modality} : {details}</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>All donors</source>
        <translation>Tous les bailleurs</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>Tous les paiements</translation>
    </message>
    <message>
        <source>All modalities</source>
        <translation>Toutes les modalités</translation>
    </message>
    <message>
        <source>Case number, receipt number or transaction reference</source>
        <translation>N° de dossier, n° de reçu ou référence de la transaction</translation>
    </message>
    <message>
        <source>Open the &amp;case file</source>
        <translation>Ouvrir le d&amp;ossier</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>&amp;Contre-passer…</translation>
    </message>
    <message>
        <source>Print the recei&amp;pt</source>
        <translation>Imprimer le &amp;reçu</translation>
    </message>
    <message>
        <source>Print the &amp;day's receipts…</source>
        <translation>Imprimer les reçus d'un jo&amp;ur…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xporter vers Excel…</translation>
    </message>
    <message>
        <source>Refre&amp;sh (F5)</source>
        <translation>Actuali&amp;ser (F5)</translation>
    </message>
    <message>
        <source>with HXL hash&amp;tags</source>
        <translation>avec les éti&amp;quettes HXL</translation>
    </message>
    <message>
        <source>Adds the row of Humanitarian Exchange Language hashtags that donors' dashboards read.</source>
        <translation>Ajoute la ligne d'étiquettes HXL (Humanitarian Exchange Language) que lisent les tableaux de bord des bailleurs.</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>Rec&amp;herche</translation>
    </message>
    <message>
        <source>Paid fro&amp;m</source>
        <translation>Pa&amp;yé du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Dates: type them as dd/mm/yyyy; the wrong one is ignored.</source>
        <translation>Dates : saisissez-les au format jj/mm/aaaa ; celle qui est erronée est ignorée.</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Aucune écriture ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; entries · paid {paid} · reversed {reversed} · &lt;b&gt;net {net}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; écritures · payé {paid} · contre-passé {reversed} · &lt;b&gt;net {net}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Print the day's receipts</source>
        <translation>Imprimer les reçus d'un jour</translation>
    </message>
    <message>
        <source>&amp;Day paid</source>
        <translation>&amp;Jour du paiement</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>No payment with a receipt on {day}.</source>
        <translation>Aucun paiement avec reçu le {day}.</translation>
    </message>
    <message>
        <source>Printing {count} receipts…</source>
        <translation>Impression de {count} reçus…</translation>
    </message>
    <message>
        <source>ledger-{day}.xlsx</source>
        <translation>journal-{day}.xlsx</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>{count} entries exported to {path}.</source>
        <translation>{count} écritures exportées dans {path}.</translation>
    </message>
    <message>
        <source>Exporting the ledger…</source>
        <translation>Export du journal…</translation>
    </message>
</context>
<context>
    <name>LedgerWidget</name>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Demandes</translation>
    </message>
    <message>
        <source>Led&amp;ger</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Balances</source>
        <translation>&amp;Totaux</translation>
    </message>
    <message>
        <source>Peri&amp;ods</source>
        <translation>&amp;Périodes</translation>
    </message>
    <message>
        <source>Re&amp;conciliation</source>
        <translation>Rappro&amp;chement</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <source>This workstation was locked because nobody used it. Your work is kept.</source>
        <translation>Ce poste a été verrouillé faute d'activité. Votre travail est conservé.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked – {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Verrouillé – {name}&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Guichet – log in</source>
        <translation>Guichet – connexion</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Demonstration desk: log in as &lt;b&gt;agent&lt;/b&gt;, &lt;b&gt;manager&lt;/b&gt;, &lt;b&gt;finance&lt;/b&gt; or &lt;b&gt;admin&lt;/b&gt;, password &lt;b&gt;demo&lt;/b&gt;.</source>
        <translation>Guichet de démonstration : connectez-vous comme &lt;b&gt;agent&lt;/b&gt;, &lt;b&gt;manager&lt;/b&gt;, &lt;b&gt;finance&lt;/b&gt; ou &lt;b&gt;admin&lt;/b&gt;, mot de passe &lt;b&gt;demo&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Guichet – {desk}</source>
        <translation>Guichet – {desk}</translation>
    </message>
    <message>
        <source>DEMO – invented data for training; never enter a real returnee here</source>
        <translation>DÉMO – données inventées pour la formation ; n'enregistrez jamais ici un vrai migrant de retour</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open the desk's own database</source>
        <translation>Ouvrir la base du guichet</translation>
    </message>
    <message>
        <source>Open the demonstration desk</source>
        <translation>Ouvrir le guichet de démonstration</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>À &amp;propos de Guichet</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>Base : {db}</translation>
    </message>
    <message>
        <source>Leave this desk?</source>
        <translation>Quitter ce guichet ?</translation>
    </message>
    <message>
        <source>Close this window? Anything not saved will be lost.</source>
        <translation>Fermer cette fenêtre ? Ce qui n'est pas enregistré sera perdu.</translation>
    </message>
    <message>
        <source>About Guichet</source>
        <translation>À propos de Guichet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Guichet {version}&lt;/h3&gt;&lt;p&gt;Reintegration desk: {desk}&lt;/p&gt;&lt;p&gt;Database: {db} ({backend}, schema {revision})&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Guichet {version}&lt;/h3&gt;&lt;p&gt;Guichet de réintégration : {desk}&lt;/p&gt;&lt;p&gt;Base de données : {db} ({backend}, schéma {revision})&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManagerCharts</name>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Returnees arrived, per month</source>
        <translation>Migrants de retour arrivés, par mois</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation>Dossiers par étape</translation>
    </message>
    <message>
        <source>{count} other sectors</source>
        <translation>{count} autres secteurs</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvés</translation>
    </message>
    <message>
        <source>To amend</source>
        <translation>À amender</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Ajournés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Committee decisions by sector</source>
        <translation>Décisions du comité par secteur</translation>
    </message>
    <message>
        <source>First assessment ({count})</source>
        <translation>Première évaluation ({count})</translation>
    </message>
    <message>
        <source>At 12 months ({count})</source>
        <translation>À 12 mois ({count})</translation>
    </message>
    <message>
        <source>Sustainability scores (0 to 1)</source>
        <translation>Scores de durabilité (0 à 1)</translation>
    </message>
</context>
<context>
    <name>ManagerHomeWidget</name>
    <message>
        <source>Click a row, or press Enter, to open the case file</source>
        <translation>Cliquez sur une ligne, ou appuyez sur Entrée, pour ouvrir le dossier</translation>
    </message>
    <message>
        <source>Cases waiting for an operator</source>
        <translation>Dossiers en attente d’opérateur</translation>
    </message>
    <message>
        <source>Open the designation of operators</source>
        <translation>Ouvrir la désignation des opérateurs</translation>
    </message>
    <message>
        <source>Plans ready for the committee</source>
        <translation>Projets prêts pour le comité</translation>
    </message>
    <message>
        <source>Open the validation committee</source>
        <translation>Ouvrir le comité de validation</translation>
    </message>
    <message>
        <source>Payment requests to approve</source>
        <translation>Demandes de paiement à approuver</translation>
    </message>
    <message>
        <source>Open the Disbursements workspace</source>
        <translation>Ouvrir l’espace Décaissements</translation>
    </message>
    <message>
        <source>Operators full or nearly</source>
        <translation>Opérateurs pleins ou presque</translation>
    </message>
    <message>
        <source>Open the operators</source>
        <translation>Ouvrir les opérateurs</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>Visites de suivi en retard</translation>
    </message>
    <message>
        <source>Open the overdue visits</source>
        <translation>Ouvrir les visites en retard</translation>
    </message>
    <message>
        <source>Waiting for an operator, the longest first</source>
        <translation>En attente d’opérateur, les plus anciens d’abord</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Retour le</translation>
    </message>
    <message>
        <source>Every case has its operator.</source>
        <translation>Chaque dossier a son opérateur.</translation>
    </message>
    <message>
        <source>designate in Operators</source>
        <translation>désigner dans Opérateurs</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>No plan waiting for the committee.</source>
        <translation>Aucun projet n’attend le comité.</translation>
    </message>
    <message>
        <source>open the Committee</source>
        <translation>ouvrir le Comité</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>No request waiting for approval.</source>
        <translation>Aucune demande n’attend d’approbation.</translation>
    </message>
    <message>
        <source>approve them in Disbursements</source>
        <translation>les approuver dans Décaissements</translation>
    </message>
    <message>
        <source>Operators at 90 % of capacity or more</source>
        <translation>Opérateurs remplis à 90 % ou plus</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Every operator has room for new cases.</source>
        <translation>Chaque opérateur a de la place pour de nouveaux dossiers.</translation>
    </message>
    <message>
        <source>Click an operator, or press Enter, to open the operators</source>
        <translation>Cliquez sur un opérateur, ou appuyez sur Entrée, pour ouvrir les opérateurs</translation>
    </message>
    <message>
        <source>Overdue visits by operator</source>
        <translation>Visites en retard par opérateur</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No operator is late with a visit.</source>
        <translation>Aucun opérateur n’a de visite en retard.</translation>
    </message>
    <message>
        <source>Click an operator, or press Enter, to open the overdue visits</source>
        <translation>Cliquez sur un opérateur, ou appuyez sur Entrée, pour ouvrir les visites en retard</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>À &amp;faire</translation>
    </message>
    <message>
        <source>Chart: &amp;returns and stages</source>
        <translation>Graphiques : &amp;retours et étapes</translation>
    </message>
    <message>
        <source>Chart: c&amp;ommittee and scores</source>
        <translation>Graphiques : c&amp;omité et scores</translation>
    </message>
    <message>
        <source>{count} over capacity</source>
        <translation>{count} au-delà de leur capacité</translation>
    </message>
    <message>
        <source>{count} of them by operators</source>
        <translation>dont {count} chez les opérateurs</translation>
    </message>
    <message>
        <source>{count} in all</source>
        <translation>{count} au total</translation>
    </message>
    <message>
        <source>see them</source>
        <translation>les voir</translation>
    </message>
</context>
<context>
    <name>MappingTableWidget</name>
    <message>
        <source>Expected column</source>
        <translation>Colonne attendue</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— absente du fichier —</translation>
    </message>
    <message>
        <source>Choose the column of the file for: {columns}.</source>
        <translation>Choisissez la colonne du fichier pour : {columns}.</translation>
    </message>
    <message>
        <source>“{column}” is chosen for several expected columns ({labels}): choose one for each.</source>
        <translation>« {column} » est choisie pour plusieurs colonnes attendues ({labels}) : choisissez-en une pour chacune.</translation>
    </message>
    <message>
        <source>Required: choose the column of the file that holds it.</source>
        <translation>Obligatoire : choisissez la colonne du fichier qui la contient.</translation>
    </message>
    <message>
        <source>This column of the file is also chosen for another expected column.</source>
        <translation>Cette colonne du fichier est aussi choisie pour une autre colonne attendue.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something unexpected went wrong. Nothing was saved. The details are in the application log.</source>
        <translation>Un problème inattendu est survenu. Rien n'a été enregistré. Les détails sont dans le journal de l'application.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu'un d'autre</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>Now in the database:</source>
        <translation>Actuellement dans la base :</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>Minutes of the validation committee</source>
        <translation>Procès-verbal du comité de validation</translation>
    </message>
    <message>
        <source>Validation committee of {date}</source>
        <translation>Comité de validation du {date}</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>{decision}, above the request</source>
        <translation>{decision}, au-delà de la demande</translation>
    </message>
    <message>
        <source>Place: {place}.</source>
        <translation>Lieu : {place}.</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Membres présents</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Synthesis by sector and value chain</source>
        <translation>Synthèse par secteur et filière</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>all value chains</source>
        <translation>toutes filières</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous secteurs</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Criteria: profitability / viability / relevance / technical feasibility, each from 1 to 5.</source>
        <translation>Critères : rentabilité / viabilité / pertinence / faisabilité technique, chacun de 1 à 5.</translation>
    </message>
    <message>
        <source>Conditions and remarks</source>
        <translation>Conditions et remarques</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Approved above the request ({requested}): {approved}.</source>
        <translation>Approuvé au-delà de la demande ({requested}) : {approved}.</translation>
    </message>
    <message>
        <source>Decision of the validation committee</source>
        <translation>Décision du comité de validation</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Dossier {number}</translation>
    </message>
    <message>
        <source>Decision of the validation committee of {date}</source>
        <translation>Décision du comité de validation du {date}</translation>
    </message>
    <message>
        <source>Your reintegration plan ({sector}) was examined by the committee. Decision: {decision}.</source>
        <translation>Votre projet de réintégration ({sector}) a été examiné par le comité. Décision : {decision}.</translation>
    </message>
    <message>
        <source>Amount approved: {amount}. Your operator, {operator}, will tell you when the first instalment is paid.</source>
        <translation>Montant approuvé : {amount}. Votre opérateur, {operator}, vous dira quand la première tranche sera versée.</translation>
    </message>
    <message>
        <source>Conditions set by the committee: {conditions}</source>
        <translation>Conditions fixées par le comité : {conditions}</translation>
    </message>
    <message>
        <source>The committee's remarks: {comment}</source>
        <translation>Remarques du comité : {comment}</translation>
    </message>
    <message>
        <source>For the desk: {name}</source>
        <translation>Pour le guichet : {name}</translation>
    </message>
    <message>
        <source>No decision recorded in this session.</source>
        <translation>Aucune décision enregistrée dans cette session.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>Final monitoring report</source>
        <translation>Rapport final de suivi</translation>
    </message>
    <message>
        <source>Interim monitoring report</source>
        <translation>Rapport intermédiaire de suivi</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Period covered</source>
        <translation>Période couverte</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>{programme} (funder: {donor})</source>
        <translation>{programme} (bailleur : {donor})</translation>
    </message>
    <message>
        <source>The person and the case</source>
        <translation>La personne et le dossier</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Réside à</translation>
    </message>
    <message>
        <source>Case opened on</source>
        <translation>Dossier ouvert le</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Retour le</translation>
    </message>
    <message>
        <source>Status of the case</source>
        <translation>Statut du dossier</translation>
    </message>
    <message>
        <source>What was planned</source>
        <translation>Ce qui était prévu</translation>
    </message>
    <message>
        <source>No reintegration plan was drafted for this case.</source>
        <translation>Aucun plan de réintégration n’a été rédigé pour ce dossier.</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>{amount}, committee of {date}</source>
        <translation>{amount}, comité du {date}</translation>
    </message>
    <message>
        <source>Type of plan</source>
        <translation>Type de plan</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Apport personnel</translation>
    </message>
    <message>
        <source>Requested from the programme</source>
        <translation>Demandé au programme</translation>
    </message>
    <message>
        <source>Approved by the committee</source>
        <translation>Approuvé par le comité</translation>
    </message>
    <message>
        <source>Conditions set by the committee</source>
        <translation>Conditions fixées par le comité</translation>
    </message>
    <message>
        <source>{kind} (reversal of receipt {receipt})</source>
        <translation>{kind} (annulation du reçu {receipt})</translation>
    </message>
    <message>
        <source>What was paid</source>
        <translation>Ce qui a été payé</translation>
    </message>
    <message>
        <source>Nothing was paid on this case yet.</source>
        <translation>Rien n’a encore été payé sur ce dossier.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Total paid (net of reversals)</source>
        <translation>Total payé (net des annulations)</translation>
    </message>
    <message>
        <source>Against the plan: {paid} paid of the {approved} approved, {left} left to pay.</source>
        <translation>Sur le plan : {paid} payés sur les {approved} approuvés, {left} restant à payer.</translation>
    </message>
    <message>
        <source>Other support (arrival, transport, care…): {amount}.</source>
        <translation>Autres aides (arrivée, transport, soins…) : {amount}.</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>En retard de {days} jours</translation>
    </message>
    <message>
        <source>(questionnaire)</source>
        <translation>(questionnaire)</translation>
    </message>
    <message>
        <source>What the follow-up visits saw</source>
        <translation>Ce que les visites de suivi ont constaté</translation>
    </message>
    <message>
        <source>No follow-up visit is scheduled for this case.</source>
        <translation>Aucune visite de suivi n’est planifiée pour ce dossier.</translation>
    </message>
    <message>
        <source>{done} of {recorded} visits recorded took place; {planned} still planned.</source>
        <translation>{done} des {recorded} visites enregistrées ont eu lieu ; {planned} encore prévues.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Problems: {text}</source>
        <translation>Difficultés : {text}</translation>
    </message>
    <message>
        <source>Advice given: {text}</source>
        <translation>Conseils donnés : {text}</translation>
    </message>
    <message>
        <source>Problems seen and advice given</source>
        <translation>Difficultés constatées et conseils donnés</translation>
    </message>
    <message>
        <source>Sustainability scores</source>
        <translation>Scores de durabilité</translation>
    </message>
    <message>
        <source>The sustainability questionnaire was not administered.</source>
        <translation>Le questionnaire de durabilité n’a pas été administré.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Composite score</source>
        <translation>Score composite</translation>
    </message>
    <message>
        <source>Scores run from 0 (weak) to 1 (strong).</source>
        <translation>Les scores vont de 0 (faible) à 1 (fort).</translation>
    </message>
    <message>
        <source>The follow-up questionnaire has not been administered yet.</source>
        <translation>Le questionnaire de suivi n’a pas encore été administré.</translation>
    </message>
    <message>
        <source>The two questionnaires were answered with different versions: compare the scores with care.</source>
        <translation>Les deux questionnaires ont été remplis avec des versions différentes : comparez les scores avec prudence.</translation>
    </message>
    <message>
        <source>The business at the last visit</source>
        <translation>L’activité à la dernière visite</translation>
    </message>
    <message>
        <source>No visit took place.</source>
        <translation>Aucune visite n’a eu lieu.</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Emplois créés</translation>
    </message>
    <message>
        <source>The person's work</source>
        <translation>Activité de la personne</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Dossier clôturé</translation>
    </message>
    <message>
        <source>{date}: {reason}</source>
        <translation>{date} : {reason}</translation>
    </message>
    <message>
        <source>Note on the closing</source>
        <translation>Note sur la clôture</translation>
    </message>
    <message>
        <source>Not yet: the case is still open.</source>
        <translation>Pas encore : le dossier est toujours ouvert.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>At the last visit the business was not running normally: see the advice given.</source>
        <translation>À la dernière visite, l’activité ne fonctionnait pas normalement : voir les conseils donnés.</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <source>{date} · {kind} (overdue)</source>
        <translation>{date} · {kind} (en retard)</translation>
    </message>
    <message>
        <source>{date} · {kind}</source>
        <translation>{date} · {kind}</translation>
    </message>
    <message>
        <source>End of the follow-up</source>
        <translation>Fin du suivi</translation>
    </message>
    <message>
        <source>Where the project stands</source>
        <translation>Où en est le projet</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>For the desk: {name}</source>
        <translation>Pour le guichet : {name}</translation>
    </message>
    <message>
        <source>For the operator: {name}</source>
        <translation>Pour l’opérateur : {name}</translation>
    </message>
    <message>
        <source>Date and signature:</source>
        <translation>Date et signature :</translation>
    </message>
</context>
<context>
    <name>MonthTab</name>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd'hui</translation>
    </message>
    <message>
        <source>Each day: {legend}; missed or unreachable in brown.</source>
        <translation>Chaque jour : {legend} ; manquées ou injoignables en brun.</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faites</translation>
    </message>
    <message>
        <source>&lt;b&gt;This month&lt;/b&gt;: {planned} to do · {done} done · {other} missed · {late}</source>
        <translation>&lt;b&gt;Ce mois-ci&lt;/b&gt; : {planned} à faire · {done} faites · {other} manquées · {late}</translation>
    </message>
    <message>
        <source>{count} late</source>
        <translation>{count} en retard</translation>
    </message>
    <message>
        <source>{day} – {count} visits</source>
        <translation>{day} – {count} visites</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move a visit</source>
        <translation>Reporter une visite</translation>
    </message>
    <message>
        <source>e.g. the person is travelling that week; market day</source>
        <translation>p. ex. la personne est en voyage cette semaine ; jour de marché</translation>
    </message>
    <message>
        <source>&amp;New date</source>
        <translation>&amp;Nouvelle date</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <source>&lt;br&gt;First due on {day}.</source>
        <translation>&lt;br&gt;Prévue d'abord le {day}.</translation>
    </message>
    <message>
        <source>Move the visit</source>
        <translation>Reporter la visite</translation>
    </message>
    <message>
        <source>After the end of the follow-up</source>
        <translation>Après la fin du suivi</translation>
    </message>
    <message>
        <source>This date is after the end of the follow-up period ({end}). Support beyond it needs the schedule renewed, with a reason (case file, Follow-up tab, Renew…). Move the visit anyway?</source>
        <translation>Cette date tombe après la fin de la période de suivi ({end}). Accompagner au-delà demande de renouveler le calendrier, avec un motif (dossier, onglet Suivi, Renouveler…). Reporter la visite quand même ?</translation>
    </message>
    <message>
        <source>New date: type it as dd/mm/yyyy.</source>
        <translation>Nouvelle date : saisissez-la au format jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>Reason for the new date: required, it stays in the case's history.</source>
        <translation>Motif de la nouvelle date : obligatoire, il reste dans l'historique du dossier.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New committee session</source>
        <translation>Nouvelle session du comité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>One member per line, e.g. Jean Mbarga – MINJEC</source>
        <translation>Un membre par ligne, ex. : Jean Mbarga – MINJEC</translation>
    </message>
    <message>
        <source>&amp;Add a member</source>
        <translation>&amp;Ajouter un membre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Members present</source>
        <translation>&amp;Membres présents</translation>
    </message>
    <message>
        <source>Open the session</source>
        <translation>Ouvrir la session</translation>
    </message>
    <message>
        <source>Date: type it as dd/mm/yyyy.</source>
        <translation>Date : saisissez-la jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>New operator</source>
        <translation>Nouvel opérateur</translation>
    </message>
    <message>
        <source>Active (can be designated)</source>
        <translation>Actif (peut être désigné)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aid levels handled</source>
        <translation>Niveaux d'aide traités</translation>
    </message>
    <message>
        <source>&amp;Capacity (cases in progress)</source>
        <translation>&amp;Capacité (dossiers en cours)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Agreement reference</source>
        <translation>Référence de la convention</translation>
    </message>
    <message>
        <source>Agreement from / to</source>
        <translation>Convention du / au</translation>
    </message>
    <message>
        <source>Regions covered</source>
        <translation>Régions couvertes</translation>
    </message>
    <message>
        <source>Departments covered</source>
        <translation>Départements couverts</translation>
    </message>
    <message>
        <source>Sectors of expertise</source>
        <translation>Secteurs d'expertise</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Agreement dates: type them as dd/mm/yyyy.</source>
        <translation>Dates de la convention : saisissez-les jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>OperatorReport</name>
    <message>
        <source>Caseload</source>
        <translation>Portefeuille de dossiers</translation>
    </message>
    <message>
        <source>In figures</source>
        <translation>En chiffres</translation>
    </message>
    <message>
        <source>Cases in progress</source>
        <translation>Dossiers en cours</translation>
    </message>
    <message>
        <source>Plans approved by the committee</source>
        <translation>Projets approuvés par le comité</translation>
    </message>
    <message>
        <source>Paid on those plans</source>
        <translation>Versé sur ces plans</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>Visites de suivi en retard</translation>
    </message>
    <message>
        <source>Businesses running at the last visit</source>
        <translation>Activités en marche à la dernière visite</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>{running} of {seen} ({percent} %)</source>
        <translation>{running} sur {seen} ({percent} %)</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>social reintegration</source>
        <translation>réintégration sociale</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>emploi</translation>
    </message>
    <message>
        <source>business creation</source>
        <translation>création d'entreprise</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>agreement expired on {date}</source>
        <translation>convention expirée le {date}</translation>
    </message>
    <message>
        <source>covers {place}</source>
        <translation>couvre {place}</translation>
    </message>
    <message>
        <source>covers the region of {place}</source>
        <translation>couvre la région de {place}</translation>
    </message>
    <message>
        <source>does not cover {place}</source>
        <translation>ne couvre pas {place}</translation>
    </message>
    <message>
        <source>coaches this sector</source>
        <translation>accompagne ce secteur</translation>
    </message>
    <message>
        <source>handles {levels}</source>
        <translation>traite : {levels}</translation>
    </message>
    <message>
        <source>at capacity ({load}/{capacity})</source>
        <translation>au complet ({load}/{capacity})</translation>
    </message>
    <message>
        <source>{load}/{capacity} cases</source>
        <translation>{load}/{capacity} dossiers</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
</context>
<context>
    <name>OperatorsWidget</name>
    <message>
        <source>&amp;Designation</source>
        <translation>&amp;Désignation</translation>
    </message>
    <message>
        <source>Di&amp;rectory</source>
        <translation>An&amp;nuaire</translation>
    </message>
</context>
<context>
    <name>OverdueTab</name>
    <message>
        <source>{count} visits overdue, the most late first</source>
        <translation>{count} visites en retard, les plus en retard d'abord</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Rien en retard.</translation>
    </message>
    <message>
        <source>The overdue list follows the agent and operator filters; region and programme do not apply here.</source>
        <translation>La liste des retards suit les filtres agent et opérateur ; la région et le programme ne s'y appliquent pas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue by operator&lt;/b&gt;: {list}</source>
        <translation>&lt;b&gt;Retards par opérateur&lt;/b&gt; : {list}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>&amp;New password (8 characters or more)</source>
        <translation>&amp;Nouveau mot de passe (8 caractères ou plus)</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Nouveau mot de passe (&amp;confirmation)</translation>
    </message>
    <message>
        <source>Save my password</source>
        <translation>Enregistrer mon mot de passe</translation>
    </message>
    <message>
        <source>Your account has a temporary password: choose your own, known only to you.</source>
        <translation>Votre compte a un mot de passe provisoire : choisissez le vôtre, connu de vous seul.</translation>
    </message>
    <message>
        <source>New password again: the two passwords differ.</source>
        <translation>Confirmation : les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Pay</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>&lt;br&gt;Collected by a proxy: &lt;b&gt;{name}&lt;/b&gt; (check their ID document)</source>
        <translation>&lt;br&gt;Perçu par un mandataire : &lt;b&gt;{name}&lt;/b&gt; (vérifiez sa pièce d'identité)</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:18px'&gt;&lt;b&gt;{amount}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;{beneficiary}&lt;/b&gt; · {case}&lt;br&gt;{payment}&lt;br&gt;{modality}{proxy}&lt;/p&gt;&lt;p&gt;Asked by {requested_by} · approved by {approved_by}&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:18px'&gt;&lt;b&gt;{amount}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;{beneficiary}&lt;/b&gt; · {case}&lt;br&gt;{payment}&lt;br&gt;{modality}{proxy}&lt;/p&gt;&lt;p&gt;Demandé par {requested_by} · approuvé par {approved_by}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Required: the transaction number</source>
        <translation>Obligatoire : le numéro de la transaction</translation>
    </message>
    <message>
        <source>&amp;Date paid</source>
        <translation>&amp;Date du paiement</translation>
    </message>
    <message>
        <source>Transaction &amp;reference *</source>
        <translation>&amp;Référence de la transaction *</translation>
    </message>
    <message>
        <source>Transaction &amp;reference</source>
        <translation>&amp;Référence de la transaction</translation>
    </message>
    <message>
        <source>Record the payment</source>
        <translation>Enregistrer le paiement</translation>
    </message>
    <message>
        <source>Date paid: type it as dd/mm/yyyy.</source>
        <translation>Date du paiement : saisissez-la au format jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Approved by the committee</source>
        <translation>Approuvé par le comité</translation>
    </message>
    <message>
        <source>Paid on the plan</source>
        <translation>Payé sur le projet</translation>
    </message>
    <message>
        <source>Remaining on the plan</source>
        <translation>Reste sur le projet</translation>
    </message>
    <message>
        <source>Other aid paid</source>
        <translation>Autres aides payées</translation>
    </message>
    <message>
        <source>Asked, not paid yet</source>
        <translation>Demandé, pas encore payé</translation>
    </message>
    <message>
        <source>Interim report receive&amp;d…</source>
        <translation>Rapport intermé&amp;diaire reçu…</translation>
    </message>
    <message>
        <source>Ask for this i&amp;nstalment…</source>
        <translation>Demander cette &amp;tranche…</translation>
    </message>
    <message>
        <source>As&amp;k for a payment…</source>
        <translation>Dem&amp;ander un paiement…</translation>
    </message>
    <message>
        <source>&amp;Withdraw the request…</source>
        <translation>&amp;Retirer la demande…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Instalments of the plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tranches du projet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests for this case&lt;/b&gt;</source>
        <translation>&lt;b&gt;Demandes pour ce dossier&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No plan approved by the committee yet: only aid outside the plan (pocket money, social aid, transport, medical care…) can be asked for.</source>
        <translation>Aucun projet approuvé par le comité pour l'instant : seules les aides hors projet (pécule, aide sociale, transport, soins médicaux…) peuvent être demandées.</translation>
    </message>
    <message>
        <source>Next: instalment {number}/{of}, {amount} – {state}.</source>
        <translation>Prochaine : tranche {number}/{of}, {amount} – {state}.</translation>
    </message>
    <message>
        <source>Every instalment of the plan is asked for or paid.</source>
        <translation>Toutes les tranches du projet sont demandées ou payées.</translation>
    </message>
    <message>
        <source>waiting for the operator's interim report</source>
        <translation>en attente du rapport intermédiaire de l'opérateur</translation>
    </message>
    <message>
        <source>it can be asked for now</source>
        <translation>elle peut être demandée dès maintenant</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>Retirer la demande</translation>
    </message>
    <message>
        <source>{payment} – {amount}</source>
        <translation>{payment} – {amount}</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Interim report received</source>
        <translation>Rapport intermédiaire reçu</translation>
    </message>
    <message>
        <source>Operator's interim report &amp;received on</source>
        <translation>Rapport intermédiaire de l'opérateur &amp;reçu le</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>PeriodClosing</name>
    <message>
        <source>Period closing report</source>
        <translation>Rapport de clôture de période</translation>
    </message>
    <message>
        <source>Closing of the period {period}</source>
        <translation>Clôture de la période {period}</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Clôturée par</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Entries in the period</source>
        <translation>Écritures de la période</translation>
    </message>
    <message>
        <source>Ledger length at closing</source>
        <translation>Longueur du grand livre à la clôture</translation>
    </message>
    <message>
        <source>Totals per donor</source>
        <translation>Totaux par bailleur</translation>
    </message>
    <message>
        <source>Totals per programme</source>
        <translation>Totaux par programme</translation>
    </message>
    <message>
        <source>Totals per modality</source>
        <translation>Totaux par mode de paiement</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Contre-passé</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Fingerprint of the ledger at closing</source>
        <translation>Empreinte du grand livre à la clôture</translation>
    </message>
    <message>
        <source>Keep this page. The fingerprint below is the SHA-256 of the last entry of the ledger when the period was closed; each entry's fingerprint covers its own fields and the one before it. If any entry up to there is later changed, removed or cut, “desk verify” will no longer find this value.</source>
        <translation>Conservez cette page. L'empreinte ci-dessous est le SHA-256 de la dernière écriture du grand livre au moment de la clôture ; l'empreinte de chaque écriture couvre ses propres champs et celle de l'écriture précédente. Si une écriture jusque-là est ensuite modifiée, supprimée ou coupée, « desk verify » ne retrouvera plus cette valeur.</translation>
    </message>
</context>
<context>
    <name>PeriodsBox</name>
    <message>
        <source>Months of the ledger</source>
        <translation>Mois du journal</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Encore ouverts</translation>
    </message>
    <message>
        <source>to close</source>
        <translation>à clôturer</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} écritures</translation>
    </message>
    <message>
        <source>current month</source>
        <translation>mois en cours</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No month closed yet.</source>
        <translation>Aucun mois clôturé pour l’instant.</translation>
    </message>
    <message>
        <source>Last closed:</source>
        <translation>Dernier clôturé :</translation>
    </message>
    <message>
        <source>{month}, on {date} ({count} months closed in all)</source>
        <translation>{month}, le {date} ({count} mois clôturés en tout)</translation>
    </message>
    <message>
        <source>Close a month in Disbursements</source>
        <translation>Clôturer un mois dans Décaissements</translation>
    </message>
</context>
<context>
    <name>PeriodsTab</name>
    <message>
        <source>&amp;Close the month…</source>
        <translation>&amp;Clôturer le mois…</translation>
    </message>
    <message>
        <source>Print the closing re&amp;port…</source>
        <translation>Imprimer le &amp;rapport de clôture…</translation>
    </message>
    <message>
        <source>&amp;Verify the ledger</source>
        <translation>&amp;Vérifier le journal</translation>
    </message>
    <message>
        <source>Refre&amp;sh (F5)</source>
        <translation>Actuali&amp;ser (F5)</translation>
    </message>
    <message>
        <source>A month is closed once it is over, in order: nothing can be posted into it afterwards, and the ledger's fingerprint at that moment is kept to prove later that nothing was changed.</source>
        <translation>Un mois se clôture une fois terminé, dans l'ordre : plus rien ne peut y être enregistré ensuite, et l'empreinte du journal à ce moment est conservée pour prouver plus tard que rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Save the closing report</source>
        <translation>Enregistrer le rapport de clôture</translation>
    </message>
    <message>
        <source>closing-{period}.pdf</source>
        <translation>cloture-{period}.pdf</translation>
    </message>
    <message>
        <source>Close the month</source>
        <translation>Clôturer le mois</translation>
    </message>
    <message>
        <source>Close {month}? {entries} entries. Nothing can be posted into it afterwards: a payment or a reversal forgotten in {month} will have to be dated in an open month. This cannot be undone.</source>
        <translation>Clôturer {month} ? {entries} écritures. Plus rien ne pourra y être enregistré : un paiement ou une contre-passation oublié en {month} devra être daté dans un mois ouvert. Cette opération est définitive.</translation>
    </message>
    <message>
        <source>{month} is closed. Fingerprint of the ledger: {fingerprint}</source>
        <translation>{month} est clôturé. Empreinte du journal : {fingerprint}</translation>
    </message>
    <message>
        <source>Verifying every entry of the ledger…</source>
        <translation>Vérification de chaque écriture du journal…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The ledger is intact.&lt;/b&gt; {entries} entries checked, each one chained to the one before. Last entry No. {seq}, fingerprint &lt;code&gt;{fingerprint}&lt;/code&gt;.</source>
        <translation>&lt;b&gt;Le journal est intact.&lt;/b&gt; {entries} écritures vérifiées, chacune chaînée à la précédente. Dernière écriture n° {seq}, empreinte &lt;code&gt;{fingerprint}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>No. {seq}: </source>
        <translation>N° {seq} : </translation>
    </message>
    <message>
        <source>&lt;p&gt;…and {count} more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;…et {count} autres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} problems found in the ledger&lt;/b&gt; ({entries} entries checked):</source>
        <translation>&lt;b&gt;{count} problèmes trouvés dans le journal&lt;/b&gt; ({entries} écritures vérifiées) :</translation>
    </message>
</context>
<context>
    <name>PlaceholderWidget</name>
    <message>
        <source>This workspace arrives in a coming version of Guichet.</source>
        <translation>Cet espace de travail arrive dans une prochaine version de Guichet.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Equipment</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Raw material and stock</source>
        <translation>Matières premières et stock</translation>
    </message>
    <message>
        <source>Premises (rent, works)</source>
        <translation>Local (loyer, travaux)</translation>
    </message>
    <message>
        <source>Working capital</source>
        <translation>Fonds de roulement</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Business creation</source>
        <translation>Création d'entreprise</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>submitted to the committee</source>
        <translation>soumis au comité</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>to amend</source>
        <translation>à amender</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>ajourné</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Add a &amp;line</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>&amp;Save the plan</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Su&amp;bmit to the committee</source>
        <translation>Sou&amp;mettre au comité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Market and local context</source>
        <translation>Marché et contexte local</translation>
    </message>
    <message>
        <source>The person's experience</source>
        <translation>Expérience de la personne</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>Own contribution</source>
        <translation>Apport personnel</translation>
    </message>
    <message>
        <source>Instalments (%)</source>
        <translation>Tranches (%)</translation>
    </message>
    <message>
        <source>No plan yet: draft it with the person.</source>
        <translation>Pas encore de projet : rédigez-le avec la personne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {number}&lt;/b&gt; of {count} – {status}</source>
        <translation>&lt;b&gt;Version {number}&lt;/b&gt; sur {count} – {status}</translation>
    </message>
    <message>
        <source>The committee's remarks: {remarks}</source>
        <translation>Remarques du comité : {remarks}</translation>
    </message>
    <message>
        <source>Budget line {n}: quantity and unit cost are whole numbers.</source>
        <translation>Ligne de budget {n} : la quantité et le coût unitaire sont des nombres entiers.</translation>
    </message>
    <message>
        <source>Instalments: percentages separated by /, e.g. 70/30.</source>
        <translation>Tranches : des pourcentages séparés par /, ex. 70/30.</translation>
    </message>
    <message>
        <source>Total {total} – own contribution {own} – requested &lt;b&gt;{requested}&lt;/b&gt;</source>
        <translation>Total {total} – apport personnel {own} – demandé &lt;b&gt;{requested}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Choose a workbook (or drop it on this screen) and its columns, then check the file.</source>
        <translation>Choisissez un classeur (ou déposez-le sur cet écran) et ses colonnes, puis vérifiez le fichier.</translation>
    </message>
    <message>
        <source>“{file}”, sheet “{sheet}”: {count} rows read.</source>
        <translation>« {file} », feuille « {sheet} » : {count} lignes lues.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible duplicates ({count})&lt;/b&gt;: these rows look like persons already registered and are kept aside by the import. Compare (double-click a line to open the registered file), then decide in the Possible duplicates tab whether each is the same person.</source>
        <translation>&lt;b&gt;Doublons possibles ({count})&lt;/b&gt; : ces lignes ressemblent à des personnes déjà enregistrées et sont mises de côté par l'import. Comparez (double-cliquez sur une ligne pour ouvrir la fiche enregistrée), puis décidez dans l'onglet Doublons possibles s'il s'agit de la même personne.</translation>
    </message>
    <message>
        <source>Select a row to read what is said about it.</source>
        <translation>Sélectionnez une ligne pour lire ce qui en est dit.</translation>
    </message>
    <message>
        <source>Row {row}: imported.</source>
        <translation>Ligne {row} : importée.</translation>
    </message>
    <message>
        <source>Row {row}: nothing wrong, it will be imported.</source>
        <translation>Ligne {row} : rien à redire, elle sera importée.</translation>
    </message>
    <message>
        <source>All: {count}</source>
        <translation>Toutes : {count}</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importées : {count}</translation>
    </message>
    <message>
        <source>To import: {count}</source>
        <translation>À importer : {count}</translation>
    </message>
    <message>
        <source>With problems: {count}</source>
        <translation>Avec des problèmes : {count}</translation>
    </message>
    <message>
        <source>Possible duplicates: {count}</source>
        <translation>Doublons possibles : {count}</translation>
    </message>
    <message>
        <source>Already imported: {count}</source>
        <translation>Déjà importées : {count}</translation>
    </message>
    <message>
        <source>Refused: {count}</source>
        <translation>Refusées : {count}</translation>
    </message>
    <message>
        <source>Persons who withdrew their consent: never imported.</source>
        <translation>Personnes qui ont retiré leur consentement : jamais importées.</translation>
    </message>
    <message>
        <source>&amp;Import the good rows ({count})</source>
        <translation>&amp;Importer les lignes correctes ({count})</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>&amp;Save the rows with problems ({count})…</source>
        <translation>&amp;Enregistrer les lignes à problèmes ({count})…</translation>
    </message>
    <message>
        <source>No row with problems</source>
        <translation>Aucune ligne à problème</translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation>Importer les lignes correctes</translation>
    </message>
    <message>
        <source>Register {count} returnees, each with a new case file? It is done in one go: all of them or, if anything goes wrong, none.</source>
        <translation>Enregistrer {count} migrants de retour, chacun avec un nouveau dossier ? C'est fait en une seule fois : tous ou, en cas de problème, aucun.</translation>
    </message>
    <message>
        <source>Importing {count} rows…</source>
        <translation>Import de {count} lignes…</translation>
    </message>
    <message>
        <source>{count} operators imported ({changed} of them already known, now updated).</source>
        <translation>{count} opérateurs importés (dont {changed} déjà connus, mis à jour).</translation>
    </message>
    <message>
        <source>{count} days of attendance recorded ({changed} of them corrected).</source>
        <translation>{count} journées de présence enregistrées (dont {changed} corrigées).</translation>
    </message>
    <message>
        <source>{count} returnees registered: the Registry finds them now.</source>
        <translation>{count} migrants de retour enregistrés : le Registre les trouve dès maintenant.</translation>
    </message>
    <message>
        <source>{count} possible duplicates were not imported: decide in each case file.</source>
        <translation>{count} doublons possibles n'ont pas été importés : décidez dans chaque dossier.</translation>
    </message>
    <message>
        <source>The columns are remembered for “{profile}”.</source>
        <translation>Les colonnes sont retenues pour « {profile} ».</translation>
    </message>
    <message>
        <source>Save the rows with problems</source>
        <translation>Enregistrer les lignes à problèmes</translation>
    </message>
    <message>
        <source>{file}-to-correct.xlsx</source>
        <translation>{file}-a-corriger.xlsx</translation>
    </message>
    <message>
        <source>{count} rows with problems saved to {path}, each with what is wrong in its last column. Correct them there and import that workbook again.</source>
        <translation>{count} lignes à problèmes enregistrées dans {path}, chacune avec ce qui ne va pas dans sa dernière colonne. Corrigez-les dans ce classeur, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Saving the rows with problems…</source>
        <translation>Enregistrement des lignes à problèmes…</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Payment receipt</source>
        <translation>Reçu de paiement</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N° {number}</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Paid on {date}</source>
        <translation>Payé le {date}</translation>
    </message>
    <message>
        <source>DUPLICATA</source>
        <translation>DUPLICATA</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Montant reçu</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>{name}, proxy of the beneficiary</source>
        <translation>{name}, mandataire du bénéficiaire</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Perçu par</translation>
    </message>
    <message>
        <source>Proxy's ID document</source>
        <translation>Pièce d'identité du mandataire</translation>
    </message>
    <message>
        <source>The beneficiary in person</source>
        <translation>Le bénéficiaire en personne</translation>
    </message>
    <message>
        <source>Paid for</source>
        <translation>Objet du paiement</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Mobile money account</source>
        <translation>Compte mobile money</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>Référence de la transaction</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>I, the undersigned, {collector}, acknowledge that I have received the amount above on behalf of {beneficiary}.</source>
        <translation>Je soussigné(e), {collector}, reconnais avoir reçu le montant ci-dessus pour le compte de {beneficiary}.</translation>
    </message>
    <message>
        <source>I, the undersigned, {beneficiary}, acknowledge that I have received the amount above.</source>
        <translation>Je soussigné(e), {beneficiary}, reconnais avoir reçu le montant ci-dessus.</translation>
    </message>
    <message>
        <source>Proxy's signature</source>
        <translation>Signature du mandataire</translation>
    </message>
    <message>
        <source>Beneficiary's signature</source>
        <translation>Signature du bénéficiaire</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Empreinte digitale</translation>
    </message>
    <message>
        <source>Cashier's signature</source>
        <translation>Signature du caissier</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>Row {row} looks like the header row but has neither a reference column nor a phone column. Name one e.g. “Référence” or “Téléphone”, then import the file again.</source>
        <translation>La ligne {row} semble être la ligne d’en-tête mais n’a ni colonne de référence ni colonne de téléphone. Nommez-en une p. ex. « Référence » ou « Téléphone », puis importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: “{value}” is too large to be a payment. Correct the file and import it again.</source>
        <translation>Ligne {row}, colonne « {column} » : « {value} » est trop élevé pour un paiement. Corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Row {row}, column “{column}”: the amount is zero. Correct or remove the line, then import the file again.</source>
        <translation>Ligne {row}, colonne « {column} » : le montant est nul. Corrigez ou supprimez la ligne, puis importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>This statement was already imported on {date} by {who}.</source>
        <translation>Ce relevé a déjà été importé le {date} par {who}.</translation>
    </message>
    <message>
        <source>This statement no longer exists.</source>
        <translation>Ce relevé n'existe plus.</translation>
    </message>
    <message>
        <source>This line or entry no longer exists; refresh.</source>
        <translation>Cette ligne ou cette écriture n'existe plus ; actualisez.</translation>
    </message>
    <message>
        <source>Entry {seq} is already matched to another statement line.</source>
        <translation>L'écriture {seq} est déjà rapprochée d'une autre ligne de relevé.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Match proposed</source>
        <translation>Rapprochement proposé</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>Montant différent</translation>
    </message>
    <message>
        <source>Not in the ledger</source>
        <translation>Absent du grand livre</translation>
    </message>
    <message>
        <source>same reference</source>
        <translation>même référence</translation>
    </message>
    <message>
        <source>same amount, number and date</source>
        <translation>même montant, numéro et date</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
</context>
<context>
    <name>ReconciliationTab</name>
    <message>
        <source>&amp;Import a statement…</source>
        <translation>&amp;Importer un relevé…</translation>
    </message>
    <message>
        <source>Con&amp;firm the proposed matches</source>
        <translation>Con&amp;firmer les rapprochements proposés</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Relevé :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines of the statement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lignes du relevé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paid in the ledger, missing from the statement&lt;/b&gt; (mobile money and transfers of those days)</source>
        <translation>&lt;b&gt;Payé au grand livre, absent du relevé&lt;/b&gt; (mobile money et virements de ces jours)</translation>
    </message>
    <message>
        <source>{source} — imported {date} by {who} ({confirmed}/{lines} confirmed)</source>
        <translation>{source} — importé le {date} par {who} ({confirmed}/{lines} confirmées)</translation>
    </message>
    <message>
        <source>No statement yet. Import the operator's or the bank's statement (xlsx) to check it.</source>
        <translation>Aucun relevé pour l'instant. Importez le relevé de l'opérateur ou de la banque (xlsx) pour le contrôler.</translation>
    </message>
    <message>
        <source>{confirmed} confirmed · {matched} matches proposed · {mismatch} amounts differ · {unmatched} lines not in the ledger · {missing} payments missing from the statement</source>
        <translation>{confirmed} confirmées · {matched} rapprochements proposés · {mismatch} montants différents · {unmatched} lignes absentes du grand livre · {missing} paiements absents du relevé</translation>
    </message>
    <message>
        <source>Import a statement</source>
        <translation>Importer un relevé</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record the visit</source>
        <translation>Enregistrer la visite</translation>
    </message>
    <message>
        <source>&lt;b style='font-size:15px'&gt;{name}&lt;/b&gt; · {case}&lt;br&gt;{kind} · {who} · due on {due}</source>
        <translation>&lt;b style='font-size:15px'&gt;{name}&lt;/b&gt; · {case}&lt;br&gt;{kind} · {who} · prévue le {due}</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>how many?</source>
        <translation>combien ?</translation>
    </message>
    <message>
        <source> calls or trips</source>
        <translation> appels ou déplacements</translation>
    </message>
    <message>
        <source>Difficulties seen or told (clients, supplies, health, family…)</source>
        <translation>Difficultés constatées ou racontées (clients, approvisionnement, santé, famille…)</translation>
    </message>
    <message>
        <source>Advice given, and any referral to make (Referrals tab)</source>
        <translation>Conseils donnés, et orientation éventuelle à faire (onglet Orientations)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Date of the visit</source>
        <translation>&amp;Date de la visite</translation>
    </message>
    <message>
        <source>&amp;Attempts made</source>
        <translation>&amp;Tentatives faites</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Ce qui a été constaté</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;Income</source>
        <translation>Re&amp;venus</translation>
    </message>
    <message>
        <source>&amp;Jobs created</source>
        <translation>&amp;Emplois créés</translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation>&amp;Travail</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Di&amp;fficultés</translation>
    </message>
    <message>
        <source>Ad&amp;vice given</source>
        <translation>&amp;Conseils donnés</translation>
    </message>
    <message>
        <source>Sustainability questionnaire</source>
        <translation>Questionnaire de durabilité</translation>
    </message>
    <message>
        <source>Fill in the &amp;questionnaire…</source>
        <translation>Remplir le &amp;questionnaire…</translation>
    </message>
    <message>
        <source>Due at this visit and not filled in yet: fill it in with the person now (the case file's Assessment tab shows it afterwards).</source>
        <translation>À faire à cette visite et pas encore rempli : remplissez-le avec la personne maintenant (l'onglet Évaluation du dossier le montre ensuite).</translation>
    </message>
    <message>
        <source>Filled in on {day}: score &lt;b&gt;{score:.2f}&lt;/b&gt; (first assessment: {baseline:.2f}).</source>
        <translation>Rempli le {day} : score &lt;b&gt;{score:.2f}&lt;/b&gt; (première évaluation : {baseline:.2f}).</translation>
    </message>
    <message>
        <source>Fill it in &amp;again…</source>
        <translation>Le remplir à &amp;nouveau…</translation>
    </message>
    <message>
        <source>The visit did not take place: say why under Problems.</source>
        <translation>La visite n'a pas eu lieu : dites pourquoi sous Difficultés.</translation>
    </message>
    <message>
        <source>Closes the case (re-migrated): you will be asked to confirm.</source>
        <translation>Clôture le dossier (ré-émigré) : une confirmation vous sera demandée.</translation>
    </message>
    <message>
        <source>Closes the case (deceased): you will be asked to confirm.</source>
        <translation>Clôture le dossier (décédé) : une confirmation vous sera demandée.</translation>
    </message>
    <message>
        <source>Each unreachable visit counts as an attempt: after {count} in a row, the case is closed as unreachable.</source>
        <translation>Chaque visite où la personne est injoignable compte comme une tentative : après {count} de suite, le dossier est clôturé pour personne injoignable.</translation>
    </message>
    <message>
        <source>Each unreachable visit counts as an attempt: after the number of attempts the desk sets, the case is closed as unreachable.</source>
        <translation>Chaque visite où la personne est injoignable compte comme une tentative : après le nombre de tentatives fixé par le guichet, le dossier est clôturé pour personne injoignable.</translation>
    </message>
    <message>
        <source>Close the case?</source>
        <translation>Clôturer le dossier ?</translation>
    </message>
    <message>
        <source>Recording “{outcome}” closes the case of {name} ({case}): the visits still planned are cancelled and no payment can be asked for or paid any more. Only a manager can reopen it.</source>
        <translation>Enregistrer « {outcome} » clôture le dossier de {name} ({case}) : les visites encore prévues sont annulées et plus aucun paiement ne peut être demandé ni payé. Seul un responsable peut le rouvrir.</translation>
    </message>
    <message>
        <source>Record and close the case</source>
        <translation>Enregistrer et clôturer le dossier</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Date of the visit: type it as dd/mm/yyyy.</source>
        <translation>Date de la visite : saisissez-la au format jj/mm/aaaa.</translation>
    </message>
    <message>
        <source>Recorded: {kind} of {name} ({case}) – {outcome}.</source>
        <translation>Enregistré : {kind} de {name} ({case}) – {outcome}.</translation>
    </message>
    <message>
        <source>The case was closed: {reason}. Its planned visits are cancelled and payments are stopped.</source>
        <translation>Le dossier a été clôturé : {reason}. Ses visites prévues sont annulées et les paiements arrêtés.</translation>
    </message>
</context>
<context>
    <name>RefItemDialog</name>
    <message>
        <source>In use (uncheck to retire it from the lists)</source>
        <translation>En usage (décochez pour le retirer des listes)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;French name</source>
        <translation>Nom en &amp;français</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>Nom en &amp;anglais</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Départements</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Bailleurs</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Referral institutions</source>
        <translation>Institutions de référencement</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Value chains</source>
        <translation>Filières</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Monnaies</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
</context>
<context>
    <name>ReferenceWidget</name>
    <message>
        <source>Show retired items</source>
        <translation>Afficher les éléments retirés</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>&amp;Institution</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Answer expected by</source>
        <translation>&amp;Réponse attendue avant le</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Ré&amp;sultat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Answer expected by: type a date as dd/mm/yyyy.</source>
        <translation>Réponse attendue : saisissez une date jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <source>Referral letter</source>
        <translation>Lettre d'orientation</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Date : {date}</translation>
    </message>
    <message>
        <source>To: {institution}</source>
        <translation>À : {institution}</translation>
    </message>
    <message>
        <source>The reintegration desk refers to you the person below, who returned recently and whom we support. Thank you for receiving them and for letting us know the outcome.</source>
        <translation>Le guichet de réintégration vous oriente la personne ci-dessous, revenue récemment et que nous accompagnons. Merci de la recevoir et de nous faire connaître la suite donnée.</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville ou commune</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Motif de l'orientation</translation>
    </message>
    <message>
        <source>Please receive the person before {date}.</source>
        <translation>Merci de recevoir la personne avant le {date}.</translation>
    </message>
    <message>
        <source>The person agreed on {date} to their data being shared with the institutions they are referred to.</source>
        <translation>La personne a accepté le {date} que ses données soient partagées avec les institutions vers lesquelles elle est orientée.</translation>
    </message>
    <message>
        <source>For the desk: {agent}</source>
        <translation>Pour le guichet : {agent}</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>service given</source>
        <translation>service rendu</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sans réponse</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Nouvelle orientation…</translation>
    </message>
    <message>
        <source>Record the &amp;answer…</source>
        <translation>Enregistrer la &amp;réponse…</translation>
    </message>
    <message>
        <source>Print the &amp;letter…</source>
        <translation>Imprimer la &amp;lettre…</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
</context>
<context>
    <name>RegistryWidget</name>
    <message>
        <source>Name, case number, phone or ID number…</source>
        <translation>Nom, numéro de dossier, téléphone ou pièce d'identité…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous statuts</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Toutes régions</translation>
    </message>
    <message>
        <source>Any programme</source>
        <translation>Tous programmes</translation>
    </message>
    <message>
        <source>Vulnerable only</source>
        <translation>Vulnérables seulement</translation>
    </message>
    <message>
        <source>Returned from</source>
        <translation>Retour du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>{count}{more} cases</source>
        <translation>{count}{more} dossiers</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Ask for a payment</source>
        <translation>Demander un paiement</translation>
    </message>
    <message>
        <source>Approved by the committee {approved} · paid on the plan {paid} · asked, not paid yet {pending}</source>
        <translation>Approuvé par le comité {approved} · payé sur le projet {paid} · demandé, pas encore payé {pending}</translation>
    </message>
    <message>
        <source>None: not an instalment of the plan</source>
        <translation>Aucune : pas une tranche du projet</translation>
    </message>
    <message>
        <source>Instalment {number}/{of} – {amount} ({state})</source>
        <translation>Tranche {number}/{of} – {amount} ({state})</translation>
    </message>
    <message>
        <source>e.g. MTN Mobile Money, Orange Money</source>
        <translation>ex. MTN Mobile Money, Orange Money</translation>
    </message>
    <message>
        <source>the number the money goes to</source>
        <translation>le numéro qui reçoit l'argent</translation>
    </message>
    <message>
        <source>bank, then account number or IBAN</source>
        <translation>banque, puis numéro de compte ou IBAN</translation>
    </message>
    <message>
        <source>the supplier paid for the goods</source>
        <translation>le fournisseur payé pour les biens</translation>
    </message>
    <message>
        <source>Collected by someone else, on the person's behalf (a &amp;proxy)</source>
        <translation>Perçu par une autre personne pour son compte (un man&amp;dataire)</translation>
    </message>
    <message>
        <source>type and number, e.g. CNI 123456789</source>
        <translation>type et numéro, ex. CNI 123456789</translation>
    </message>
    <message>
        <source>&amp;Instalment</source>
        <translation>&amp;Tranche</translation>
    </message>
    <message>
        <source>&amp;Kind of payment</source>
        <translation>&amp;Nature du paiement</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>Paid &amp;by</source>
        <translation>Payé &amp;par</translation>
    </message>
    <message>
        <source>Mobile-money &amp;operator</source>
        <translation>&amp;Opérateur mobile money</translation>
    </message>
    <message>
        <source>Mobile-money &amp;number</source>
        <translation>N&amp;uméro mobile money</translation>
    </message>
    <message>
        <source>Bank a&amp;ccount</source>
        <translation>&amp;Compte bancaire</translation>
    </message>
    <message>
        <source>&amp;Supplier</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <source>Proxy's na&amp;me</source>
        <translation>Nom du mand&amp;ataire</translation>
    </message>
    <message>
        <source>Proxy's ID &amp;document</source>
        <translation>Pièce d'&amp;identité du mandataire</translation>
    </message>
    <message>
        <source>No&amp;te for the manager</source>
        <translation>Note pour le &amp;responsable</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>Proxy's name: required when someone else collects.</source>
        <translation>Nom du mandataire : obligatoire quand une autre personne perçoit l'argent.</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>&amp;Approve</source>
        <translation>Appr&amp;ouver</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>Pa&amp;yer…</translation>
    </message>
    <message>
        <source>Only a desk manager approves or refuses a request.</source>
        <translation>Seul le responsable du guichet approuve ou refuse une demande.</translation>
    </message>
    <message>
        <source>Only a finance officer pays (never the person who approved).</source>
        <translation>Seul le chargé des finances paie (jamais la personne qui a approuvé).</translation>
    </message>
    <message>
        <source>Ref&amp;use…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Refre&amp;sh (F5)</source>
        <translation>Actuali&amp;ser (F5)</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>À approuver</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>&lt;b style='font-size:14px'&gt;{heading}&lt;/b&gt; – {count} requests{total}</source>
        <translation>&lt;b style='font-size:14px'&gt;{heading}&lt;/b&gt; – {count} demandes{total}</translation>
    </message>
    <message>
        <source>Approved: {amount} for {name} ({case}). It now waits in “To pay”.</source>
        <translation>Approuvé : {amount} pour {name} ({case}). La demande attend maintenant dans « À payer ».</translation>
    </message>
    <message>
        <source>Refuse a request</source>
        <translation>Refuser une demande</translation>
    </message>
    <message>
        <source>&lt;b&gt;{amount}&lt;/b&gt; for &lt;b&gt;{name}&lt;/b&gt; ({case})&lt;br&gt;{payment}</source>
        <translation>&lt;b&gt;{amount}&lt;/b&gt; pour &lt;b&gt;{name}&lt;/b&gt; ({case})&lt;br&gt;{payment}</translation>
    </message>
    <message>
        <source>&amp;Reason given to the person</source>
        <translation>&amp;Motif communiqué à la personne</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>Refused: the request of {name} ({case}).</source>
        <translation>Refusée : la demande de {name} ({case}).</translation>
    </message>
    <message>
        <source>Paid: {amount} to {name} ({case}), receipt No. {receipt}.</source>
        <translation>Payé : {amount} à {name} ({case}), reçu n° {receipt}.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Payment recorded, receipt No. {receipt}. Print the receipt now, for the person to sign?</source>
        <translation>Paiement enregistré, reçu n° {receipt}. Imprimer le reçu maintenant, pour que la personne le signe ?</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Later, with the day's receipts</source>
        <translation>Plus tard, avec les reçus du jour</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Reverse an entry</source>
        <translation>Contre-passer une écriture</translation>
    </message>
    <message>
        <source>&lt;p&gt;Entry &lt;b&gt;No. {seq}&lt;/b&gt; of {day} · receipt {receipt}&lt;/p&gt;&lt;p&gt;&lt;b&gt;{beneficiary}&lt;/b&gt; · {case}&lt;br&gt;{payment} · {modality}&lt;/p&gt;&lt;p style='font-size:16px'&gt;&lt;b&gt;{amount}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An opposite entry of &lt;b&gt;{opposite}&lt;/b&gt; will be posted. The original stays in the ledger; the request goes back to the case, which may ask again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Écriture &lt;b&gt;n° {seq}&lt;/b&gt; du {day} · reçu {receipt}&lt;/p&gt;&lt;p&gt;&lt;b&gt;{beneficiary}&lt;/b&gt; · {case}&lt;br&gt;{payment} · {modality}&lt;/p&gt;&lt;p style='font-size:16px'&gt;&lt;b&gt;{amount}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Une écriture inverse de &lt;b&gt;{opposite}&lt;/b&gt; sera enregistrée. L'originale reste dans le journal ; la demande revient au dossier, qui peut la refaire.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. paid on the wrong case; wrong mobile-money number</source>
        <translation>ex. payé sur le mauvais dossier ; mauvais numéro mobile money</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Date of the reversal</source>
        <translation>&amp;Date de la contre-passation</translation>
    </message>
    <message>
        <source>Reverse the entry</source>
        <translation>Contre-passer l'écriture</translation>
    </message>
    <message>
        <source>Post the reversal of entry No. {seq} ({amount})? A reversal cannot be undone.</source>
        <translation>Enregistrer la contre-passation de l'écriture n° {seq} ({amount}) ? Une contre-passation est définitive.</translation>
    </message>
    <message>
        <source>Reason for the reversal: required, it goes into the ledger.</source>
        <translation>Motif de la contre-passation : obligatoire, il figure dans le journal.</translation>
    </message>
    <message>
        <source>Date of the reversal: type it as dd/mm/yyyy.</source>
        <translation>Date de la contre-passation : saisissez-la au format jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>&amp;Same person: a new case on their file</source>
        <translation>&amp;Même personne : un nouveau dossier sur sa fiche</translation>
    </message>
    <message>
        <source>Di&amp;fferent person: a new file</source>
        <translation>Personne di&amp;fférente : une nouvelle fiche</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} rows to review.&lt;/b&gt; Each looks like a person already registered: compare them with the file in the Registry, then say whether it is the same person.</source>
        <translation>&lt;b&gt;{count} lignes à examiner.&lt;/b&gt; Chacune ressemble à une personne déjà enregistrée : comparez-la avec sa fiche dans le Registre, puis dites s'il s'agit de la même personne.</translation>
    </message>
    <message>
        <source>Row {row}: a new case was opened on the file of {name}.</source>
        <translation>Ligne {row} : un nouveau dossier a été ouvert sur la fiche de {name}.</translation>
    </message>
    <message>
        <source>Row {row}: registered as a new person.</source>
        <translation>Ligne {row} : enregistrée comme une nouvelle personne.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Front-desk agent</source>
        <translation>Agent d'accueil</translation>
    </message>
    <message>
        <source>Desk manager</source>
        <translation>Responsable du guichet</translation>
    </message>
    <message>
        <source>Finance officer</source>
        <translation>Responsable financier</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Training session</source>
        <translation>Session de formation</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>First and last day: type both as dd/mm/yyyy.</source>
        <translation>Premier et dernier jour : saisissez-les jj/mm/aaaa.</translation>
    </message>
</context>
<context>
    <name>SettingsWidget</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Desk &amp;name</source>
        <translation>&amp;Nom du guichet</translation>
    </message>
    <message>
        <source>&amp;Lock an idle workstation after</source>
        <translation>&amp;Verrouiller un poste inactif après</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Saved. Other workstations apply it at their next login.</source>
        <translation>Enregistré. Les autres postes l'appliquent à leur prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up the desk</source>
        <translation>Configurer le guichet</translation>
    </message>
    <message>
        <source>Cameroon (XAF)</source>
        <translation>Cameroun (XAF)</translation>
    </message>
    <message>
        <source>Togo (XOF)</source>
        <translation>Togo (XOF)</translation>
    </message>
    <message>
        <source>Tunisia (TND)</source>
        <translation>Tunisie (TND)</translation>
    </message>
    <message>
        <source>e.g. Guichet diaspora – Yaoundé</source>
        <translation>ex. Guichet diaspora – Yaoundé</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Desk name</source>
        <translation>&amp;Nom du guichet</translation>
    </message>
    <message>
        <source>Administrator's &amp;user name</source>
        <translation>&amp;Identifiant de l'administrateur</translation>
    </message>
    <message>
        <source>Administrator's &amp;full name</source>
        <translation>Nom &amp;complet de l'administrateur</translation>
    </message>
    <message>
        <source>&amp;Password (8 characters or more)</source>
        <translation>&amp;Mot de passe (8 caractères ou plus)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Mot de passe (&amp;confirmation)</translation>
    </message>
    <message>
        <source>Create the desk</source>
        <translation>Créer le guichet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;A new desk&lt;/h3&gt;&lt;p&gt;The administrator then creates the accounts of the agents, the manager and the finance officer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Un nouveau guichet&lt;/h3&gt;&lt;p&gt;L'administrateur crée ensuite les comptes des agents, du responsable et du responsable financier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation>Confirmation : les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Lock the workstation now</source>
        <translation>Verrouiller le poste maintenant</translation>
    </message>
    <message>
        <source>Home: count everything again</source>
        <translation>Accueil : tout recompter</translation>
    </message>
    <message>
        <source>Intake interview: register the case</source>
        <translation>Entretien d'accueil : enregistrer le dossier</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>In a list: open the selected case, visit or request</source>
        <translation>Dans une liste : ouvrir le dossier, la visite ou la demande sélectionnés</translation>
    </message>
    <message>
        <source>underlined letter</source>
        <translation>lettre soulignée</translation>
    </message>
    <message>
        <source>Press the button or go to the field whose letter is underlined</source>
        <translation>Appuyer sur le bouton ou aller au champ dont la lettre est soulignée</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Champ suivant / précédent</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Fermer une fenêtre sans enregistrer</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu'elles font</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Where the database is</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>Restore the last backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The damaged database was left as it was. Start Guichet again to restore the last backup, or ask your administrator.</source>
        <translation>La base de données endommagée a été laissée telle quelle. Relancez Guichet pour restaurer la dernière sauvegarde, ou demandez à votre administrateur.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>le fichier n’est pas une base de données</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>its contents cannot be read</source>
        <translation>son contenu est illisible</translation>
    </message>
    <message>
        <source>its journal is there but the file itself is missing</source>
        <translation>son journal est présent mais le fichier lui-même a disparu</translation>
    </message>
    <message>
        <source>The database {file} cannot be opened: {reason}. It was left as it was, and no new database was created in its place.</source>
        <translation>La base de données {file} ne peut pas être ouverte : {reason}. Elle a été laissée telle quelle, et aucune nouvelle base n’a été créée à sa place.</translation>
    </message>
    <message>
        <source>The last verified backup, {backup}, was made on {date}: restore it to carry on working.</source>
        <translation>La dernière sauvegarde vérifiée, {backup}, date du {date} : restaurez-la pour continuer à travailler.</translation>
    </message>
    <message>
        <source>No verified backup was found. Do not delete the file: ask your administrator, who may still be able to recover it.</source>
        <translation>Aucune sauvegarde vérifiée n’a été trouvée. Ne supprimez pas le fichier : demandez à votre administrateur, qui pourra peut-être encore le récupérer.</translation>
    </message>
    <message>
        <source>This desk is already open in another Guichet, on this computer or on another one that uses the same file. Close it there first: two Guichet writing to one file could damage it.</source>
        <translation>Ce guichet est déjà ouvert dans un autre Guichet, sur cet ordinateur ou sur un autre qui utilise le même fichier. Fermez-le d’abord là-bas : deux Guichet qui écrivent dans un même fichier pourraient l’endommager.</translation>
    </message>
    <message>
        <source>{user} on {machine}</source>
        <translation>{user} sur {machine}</translation>
    </message>
    <message>
        <source>This desk is already open in Guichet ({who}, since {since}). Close it there first: two Guichet writing to one file could damage it.</source>
        <translation>Ce guichet est déjà ouvert dans Guichet ({who}, depuis le {since}). Fermez-le d’abord là-bas : deux Guichet qui écrivent dans un même fichier pourraient l’endommager.</translation>
    </message>
    <message>
        <source>The database is on a network share ({share}). A database file on a share can be damaged when the network hiccups or two computers write to it at once. Keep it on this computer's own disk; for several workstations, use a PostgreSQL server instead.</source>
        <translation>La base de données est sur un partage réseau ({share}). Un fichier de base de données sur un partage peut être endommagé lors d’une coupure du réseau ou quand deux ordinateurs y écrivent en même temps. Gardez-le sur le disque de cet ordinateur ; pour plusieurs postes, utilisez plutôt un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>The database is in a folder synchronised by {service}. The sync may copy the file while Guichet writes to it, which can damage it or lose recent work. Move it to a folder that is not synchronised (and send backups to a second destination instead); for several workstations, use a PostgreSQL server.</source>
        <translation>La base de données est dans un dossier synchronisé par {service}. La synchronisation peut copier le fichier pendant que Guichet y écrit, ce qui peut l’endommager ou faire perdre le travail récent. Déplacez-la dans un dossier non synchronisé (et envoyez plutôt les sauvegardes vers une seconde destination) ; pour plusieurs postes, utilisez un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and that the server is running, then try again.</source>
        <translation>Le serveur de base de données est injoignable. Vérifiez le réseau et que le serveur fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk that holds the database is full, so it could not be brought up to date; it was left as it was. Free some space, then try again.</source>
        <translation>Le disque qui contient la base de données est plein : elle n’a pas pu être mise à jour et a été laissée telle quelle. Libérez de la place, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>TodayVisitsPanel</name>
    <message>
        <source>&lt;h3&gt;Today's visits&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Visites du jour&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Click a visit to record it, move it or open the case file.</source>
        <translation>Cliquez sur une visite pour l'enregistrer, la reporter ou ouvrir le dossier.</translation>
    </message>
    <message>
        <source>See my &amp;overdue visits</source>
        <translation>Voir mes visites en &amp;retard</translation>
    </message>
    <message>
        <source>Open the follow-up &amp;calendar</source>
        <translation>Ouvrir le &amp;calendrier de suivi</translation>
    </message>
    <message>
        <source>No visit due today, nothing overdue.</source>
        <translation>Aucune visite prévue aujourd'hui, rien en retard.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Entrepreneurship and business management</source>
        <translation>Entrepreneuriat et gestion d'entreprise</translation>
    </message>
    <message>
        <source>Civic</source>
        <translation>Civique</translation>
    </message>
    <message>
        <source>Job search (CV, letter, interview)</source>
        <translation>Recherche d'emploi (CV, lettre, entretien)</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>liste d'attente</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>dropped out</source>
        <translation>abandon</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>TrainingDocuments</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d'émargement</translation>
    </message>
    <message>
        <source>Course {code}</source>
        <translation>Formation {code}</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Each participant ticks or signs the box of every day attended.</source>
        <translation>Chaque participant coche ou signe la case de chaque jour de présence.</translation>
    </message>
    <message>
        <source>Days {first} to {last} of {total}.</source>
        <translation>Jours {first} à {last} sur {total}.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Nobody has a seat in this session yet.</source>
        <translation>Personne n'a encore de place dans cette session.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d'attente</translation>
    </message>
    <message>
        <source>Certificate of training</source>
        <translation>Attestation de formation</translation>
    </message>
    <message>
        <source>This is to certify that</source>
        <translation>Nous attestons que</translation>
    </message>
    <message>
        <source>case {case_number}</source>
        <translation>dossier {case_number}</translation>
    </message>
    <message>
        <source>has completed the training</source>
        <translation>a suivi avec succès la formation</translation>
    </message>
    <message>
        <source>provided by {provider}</source>
        <translation>dispensée par {provider}</translation>
    </message>
    <message>
        <source>The trainer: {trainer}</source>
        <translation>Le formateur : {trainer}</translation>
    </message>
    <message>
        <source>The trainer</source>
        <translation>Le formateur</translation>
    </message>
    <message>
        <source>For the desk: {signatory}</source>
        <translation>Pour le guichet : {signatory}</translation>
    </message>
    <message>
        <source>For the desk</source>
        <translation>Pour le guichet</translation>
    </message>
    <message>
        <source>1 day, on {date}, in {place}</source>
        <translation>1 jour, le {date}, à {place}</translation>
    </message>
    <message>
        <source>{duration} days, from {start} to {end}, in {place}</source>
        <translation>{duration} jours, du {start} au {end}, à {place}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N° {number}</translation>
    </message>
    <message>
        <source>Completed on {date}</source>
        <translation>Terminée le {date}</translation>
    </message>
</context>
<context>
    <name>TrainingWidget</name>
    <message>
        <source>Current and coming sessions only</source>
        <translation>Sessions en cours et à venir seulement</translation>
    </message>
    <message>
        <source>New &amp;course…</source>
        <translation>Nouvelle &amp;formation…</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Nouvelle &amp;session…</translation>
    </message>
    <message>
        <source>&amp;Enrol cases…</source>
        <translation>&amp;Inscrire des dossiers…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel enrolment</source>
        <translation>A&amp;nnuler l'inscription</translation>
    </message>
    <message>
        <source>&amp;Attendance of a day…</source>
        <translation>&amp;Présences d'un jour…</translation>
    </message>
    <message>
        <source>Record the &amp;outcome</source>
        <translation>Enregistrer le &amp;résultat</translation>
    </message>
    <message>
        <source>Print the attendance &amp;sheet…</source>
        <translation>Imprimer la feuille d'é&amp;margement…</translation>
    </message>
    <message>
        <source>Print the cer&amp;tificates…</source>
        <translation>Imprimer les a&amp;ttestations…</translation>
    </message>
    <message>
        <source>No session.</source>
        <translation>Aucune session.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{course}&lt;/b&gt; – {start} to {end}, {place} – trainer {trainer}: {enrolled}/{capacity} seats, {waiting} waiting</source>
        <translation>&lt;b&gt;{course}&lt;/b&gt; – du {start} au {end}, {place} – formateur {trainer} : {enrolled}/{capacity} places, {waiting} en attente</translation>
    </message>
    <message>
        <source>Enrol cases</source>
        <translation>Inscrire des dossiers</translation>
    </message>
    <message>
        <source>Case numbers, separated by commas, spaces or new lines:</source>
        <translation>Numéros de dossier, séparés par des virgules, des espaces ou des retours à la ligne :</translation>
    </message>
    <message>
        <source>No case has the number {number}.</source>
        <translation>Aucun dossier ne porte le numéro {number}.</translation>
    </message>
    <message>
        <source>Session full</source>
        <translation>Session complète</translation>
    </message>
    <message>
        <source>{count} on the waiting list: {numbers}. They get a seat, in this order, when one is freed.</source>
        <translation>{count} sur la liste d'attente : {numbers}. Ils auront une place, dans cet ordre, dès qu'une se libère.</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>attendance-sheet.pdf</source>
        <translation>feuille-emargement.pdf</translation>
    </message>
    <message>
        <source>certificates.pdf</source>
        <translation>attestations.pdf</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Edit user {name}</source>
        <translation>Modifier l'utilisateur {name}</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nom &amp;complet</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation>Mot de passe &amp;provisoire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>UsersWidget</name>
    <message>
        <source>&amp;Add a user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>&amp;Désactiver / réactiver</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Temporary password for {user} (8 characters or more). They choose their own at next login.</source>
        <translation>Mot de passe provisoire pour {user} (8 caractères ou plus). Il choisira le sien à la prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>entry {seq} (receipt {receipt})</source>
        <translation>écriture {seq} (reçu {receipt})</translation>
    </message>
    <message>
        <source>entry {seq}</source>
        <translation>écriture {seq}</translation>
    </message>
    <message>
        <source>Entries {first} to {last} are missing: history was deleted.</source>
        <translation>Les écritures {first} à {last} manquent : l'historique a été supprimé.</translation>
    </message>
    <message>
        <source>{entry}: not linked to the entry before it (an entry was removed or inserted).</source>
        <translation>{entry} : non liée à l'écriture précédente (une écriture a été supprimée ou insérée).</translation>
    </message>
    <message>
        <source>{entry}: its stored fields do not match its fingerprint: amount, date, case, payee or reference were changed after it was posted.</source>
        <translation>{entry} : ses champs ne correspondent plus à son empreinte : montant, date, dossier, bénéficiaire ou référence ont été modifiés après sa passation.</translation>
    </message>
    <message>
        <source>{entry}: its period does not match its date.</source>
        <translation>{entry} : sa période ne correspond pas à sa date.</translation>
    </message>
    <message>
        <source>{entry}: differs from the fingerprint printed when {period} was closed.</source>
        <translation>{entry} : diffère de l'empreinte imprimée à la clôture de {period}.</translation>
    </message>
    <message>
        <source>{entry}: posted into {period} after that period was closed.</source>
        <translation>{entry} : passée dans {period} après la clôture de cette période.</translation>
    </message>
    <message>
        <source>{entry}: a reversal that does not mirror the entry it reverses.</source>
        <translation>{entry} : une contre-passation qui ne reflète pas l'écriture qu'elle annule.</translation>
    </message>
    <message>
        <source>The ledger numbered {numbered} entries but holds {held}: entries were deleted.</source>
        <translation>Le grand livre a numéroté {numbered} écritures mais en contient {held} : des écritures ont été supprimées.</translation>
    </message>
    <message>
        <source>When {period} was closed the ledger had {n} entries; it now has {held}: history was cut.</source>
        <translation>À la clôture de {period}, le grand livre avait {n} écritures ; il en a maintenant {held} : l'historique a été coupé.</translation>
    </message>
    <message>
        <source>Receipt numbers are not a gapless sequence (missing or repeated: {numbers}).</source>
        <translation>Les numéros de reçu ne se suivent pas sans trou (manquants ou répétés : {numbers}).</translation>
    </message>
    <message>
        <source>Case {case}: paid {paid} against a plan approved for {ceiling}.</source>
        <translation>Dossier {case} : {paid} payés pour un plan approuvé à {ceiling}.</translation>
    </message>
    <message>
        <source>The balances kept for {period} ({kind}, {currency}) differ from the sum of its entries.</source>
        <translation>Les soldes tenus pour {period} ({kind}, {currency}) diffèrent de la somme de ses écritures.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Clés étrangères</translation>
    </message>
    <message>
        <source>Append-only guards</source>
        <translation>Protections en ajout seul</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Audit row {id} ({when})</source>
        <translation>Ligne d’audit {id} ({when})</translation>
    </message>
    <message>
        <source>Audit rows numbered {first} to {last} are missing: part of the trail was deleted.</source>
        <translation>Les lignes d’audit numérotées {first} à {last} manquent : une partie du journal a été supprimée.</translation>
    </message>
    <message>
        <source>{row}: not linked to the row before it (a row was removed or inserted).</source>
        <translation>{row} : non liée à la ligne précédente (une ligne a été supprimée ou insérée).</translation>
    </message>
    <message>
        <source>{row}: its content does not match its fingerprint: it was changed after it was written.</source>
        <translation>{row} : son contenu ne correspond pas à son empreinte : elle a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Vérification du journal d’audit…</translation>
    </message>
    <message>
        <source>The audit trail numbered {numbered} rows but holds {held}: its last rows were deleted.</source>
        <translation>Le journal d’audit a numéroté {numbered} lignes mais n’en contient que {held} : ses dernières lignes ont été supprimées.</translation>
    </message>
    <message>
        <source>The audit trail holds {held} rows but numbered only {numbered}: rows were added from outside.</source>
        <translation>Le journal d’audit contient {held} lignes mais n’en a numéroté que {numbered} : des lignes ont été ajoutées de l’extérieur.</translation>
    </message>
    <message>
        <source>{check}: not checked, the schema is not this version's.</source>
        <translation>{check} : non vérifié, le schéma n’est pas celui de cette version.</translation>
    </message>
    <message>
        <source>{check}: could not be checked.</source>
        <translation>{check} : vérification impossible.</translation>
    </message>
    <message>
        <source>{check}: the database could not be read ({reason}).</source>
        <translation>{check} : la base n’a pas pu être lue ({reason}).</translation>
    </message>
    <message>
        <source>Ledger: {count} entries, problems found.</source>
        <translation>Grand livre : {count} écritures, problèmes trouvés.</translation>
    </message>
    <message>
        <source>Ledger: {count} entries, chain intact, balances, receipts and periods agree; fingerprint {fingerprint}.</source>
        <translation>Grand livre : {count} écritures, chaîne intacte, soldes, reçus et périodes concordants ; empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>Audit trail: {count} rows, chain broken.</source>
        <translation>Journal d’audit : {count} lignes, chaîne rompue.</translation>
    </message>
    <message>
        <source>Audit trail: {count} rows, chain intact; fingerprint {fingerprint}.</source>
        <translation>Journal d’audit : {count} lignes, chaîne intacte ; empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>Schema: revision {revision}, the one this version expects.</source>
        <translation>Schéma : révision {revision}, celle qu’attend cette version.</translation>
    </message>
    <message>
        <source>Schema: this database has no Guichet schema (never initialised, or not a desk's database).</source>
        <translation>Schéma : cette base n’a pas de schéma Guichet (jamais initialisée, ou ce n’est pas la base d’un guichet).</translation>
    </message>
    <message>
        <source>Schema: revision {revision} was written by a newer Guichet; this one expects {head}.</source>
        <translation>Schéma : la révision {revision} a été écrite par un Guichet plus récent ; celui-ci attend {head}.</translation>
    </message>
    <message>
        <source>Schema: revision {revision}, this version expects {head}: open the application to upgrade it.</source>
        <translation>Schéma : révision {revision}, cette version attend {head} : ouvrez l’application pour la mettre à niveau.</translation>
    </message>
    <message>
        <source>Schema: revision {revision}.</source>
        <translation>Schéma : révision {revision}.</translation>
    </message>
    <message>
        <source>Database file: {pages} pages ({size} MB) read, no damage found ({check}).</source>
        <translation>Fichier de la base : {pages} pages ({size} Mo) lues, aucun dommage ({check}).</translation>
    </message>
    <message>
        <source>Database file damaged: {detail}</source>
        <translation>Fichier de la base endommagé : {detail}</translation>
    </message>
    <message>
        <source>Database file damaged: more damage not listed.</source>
        <translation>Fichier de la base endommagé : d’autres dommages ne sont pas listés.</translation>
    </message>
    <message>
        <source>Database file: {pages} pages ({size} MB) read, damage found ({check}).</source>
        <translation>Fichier de la base : {pages} pages ({size} Mo) lues, dommages trouvés ({check}).</translation>
    </message>
    <message>
        <source>Index {index} is not valid (an interrupted build): rebuild it with REINDEX.</source>
        <translation>L’index {index} n’est pas valide (construction interrompue) : reconstruisez-le avec REINDEX.</translation>
    </message>
    <message>
        <source>Database server: PostgreSQL checks its pages (data checksums {checksums}); {indexes} indexes valid.</source>
        <translation>Serveur de base de données : PostgreSQL contrôle ses pages (sommes de contrôle {checksums}) ; {indexes} index valides.</translation>
    </message>
    <message>
        <source>{table}: {count} rows point at missing records of {parent} (first: row {row}).</source>
        <translation>{table} : {count} lignes pointent vers des enregistrements absents de {parent} (première : ligne {row}).</translation>
    </message>
    <message>
        <source>{table}: constraint {name} was added without checking the rows already there (NOT VALID).</source>
        <translation>{table} : la contrainte {name} a été ajoutée sans vérifier les lignes existantes (NOT VALID).</translation>
    </message>
    <message>
        <source>{table}: its references are not enforced (their triggers are disabled).</source>
        <translation>{table} : ses références ne sont pas contrôlées (leurs déclencheurs sont désactivés).</translation>
    </message>
    <message>
        <source>Foreign keys: {count} references checked, some are broken.</source>
        <translation>Clés étrangères : {count} références vérifiées, certaines sont rompues.</translation>
    </message>
    <message>
        <source>Foreign keys: {count} references checked, every one points at an existing record.</source>
        <translation>Clés étrangères : {count} références vérifiées, toutes pointent vers un enregistrement existant.</translation>
    </message>
    <message>
        <source>{table} is no longer append-only: its guard {name} was removed or disabled.</source>
        <translation>{table} n’est plus en ajout seul : sa protection {name} a été supprimée ou désactivée.</translation>
    </message>
    <message>
        <source>Append-only guards: {present} of {expected} in place (ledger and audit trail).</source>
        <translation>Protections en ajout seul : {present} sur {expected} en place (grand livre et journal d’audit).</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Visit – {name}</source>
        <translation>Visite – {name}</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Reporter…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the visit…</source>
        <translation>A&amp;nnuler la visite…</translation>
    </message>
    <message>
        <source>Open the &amp;case file</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&lt;p&gt;Case &lt;b&gt;{case}&lt;/b&gt; · {region}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dossier &lt;b&gt;{case}&lt;/b&gt; · {region}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Prévue le</translation>
    </message>
    <message>
        <source>First due on</source>
        <translation>Date initiale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Conseils donnés</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The sustainability questionnaire is due at this visit.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le questionnaire de durabilité est à faire à cette visite.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Moved: the visit of {name} ({case}) is now due on {day}.</source>
        <translation>Reportée : la visite de {name} ({case}) est maintenant prévue le {day}.</translation>
    </message>
    <message>
        <source>Cancel a visit</source>
        <translation>Annuler une visite</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Annuler la visite</translation>
    </message>
    <message>
        <source>Cancelled: the visit of {name} ({case}) due on {day}.</source>
        <translation>Annulée : la visite de {name} ({case}) prévue le {day}.</translation>
    </message>
</context>
<context>
    <name>VulnerabilitiesTab</name>
    <message>
        <source>&lt;b&gt;Confidential.&lt;/b&gt; The person's vulnerabilities (medical, psychosocial…) are shown only when you need them; each time they are shown, your name is recorded in the audit trail.</source>
        <translation>&lt;b&gt;Confidentiel.&lt;/b&gt; Les vulnérabilités de la personne (médicales, psychosociales…) ne s'affichent que lorsque vous en avez besoin ; chaque affichage inscrit votre nom dans le journal d'audit.</translation>
    </message>
    <message>
        <source>&amp;Show the vulnerabilities</source>
        <translation>&amp;Afficher les vulnérabilités</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>Aucune signalée</translation>
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semaine pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Semaine sui&amp;vante ▶</translation>
    </message>
    <message>
        <source>T&amp;his week</source>
        <translation>Cette semai&amp;ne</translation>
    </message>
    <message>
        <source>Week of {start} to {end}</source>
        <translation>Semaine du {start} au {end}</translation>
    </message>
    <message>
        <source>The whole week</source>
        <translation>Toute la semaine</translation>
    </message>
    <message>
        <source>{scope}: {planned} to do · {done} done · {other} missed</source>
        <translation>{scope} : {planned} à faire · {done} faites · {other} manquées</translation>
    </message>
    <message>
        <source>{count} late</source>
        <translation>{count} en retard</translation>
    </message>
    <message>
        <source>click the day again for the whole week</source>
        <translation>cliquez à nouveau sur le jour pour toute la semaine</translation>
    </message>
    <message>
        <source>click a day for its visits only</source>
        <translation>cliquez sur un jour pour ne voir que ses visites</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Guichet</source>
        <translation>Bienvenue dans Guichet</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Guichet&lt;/h2&gt;&lt;p&gt;This computer has no desk database yet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Set up my desk&lt;/b&gt; creates the desk's own database and its first administrator.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Explore the demonstration desk&lt;/b&gt; opens a separate database filled with invented returnees, to learn and train. It is never mixed with the desk's real data.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Guichet&lt;/h2&gt;&lt;p&gt;Cet ordinateur n'a pas encore de base de guichet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Configurer mon guichet&lt;/b&gt; crée la base du guichet et son premier administrateur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Découvrir le guichet de démonstration&lt;/b&gt; ouvre une base séparée remplie de migrants de retour inventés, pour apprendre et se former. Elle n'est jamais mélangée aux vraies données du guichet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Set up my desk</source>
        <translation>&amp;Configurer mon guichet</translation>
    </message>
    <message>
        <source>&amp;Explore the demonstration desk</source>
        <translation>&amp;Découvrir le guichet de démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Find any returnee by name, case number, phone or ID number and open the case file.</source>
        <translation>Retrouver un migrant de retour par son nom, son numéro de dossier, son téléphone ou sa pièce d'identité, et ouvrir son dossier.</translation>
    </message>
    <message>
        <source>Intake interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Register a walk-in returnee, check for an earlier file, record consent and vulnerabilities.</source>
        <translation>Enregistrer un migrant de retour qui se présente, vérifier s'il a déjà un dossier, recueillir son consentement et ses vulnérabilités.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Needs assessment, referrals to institutions and the reintegration plan.</source>
        <translation>Évaluation des besoins, orientations vers les institutions et projet de réintégration.</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>The operators who coach the projects, and the designation of an operator for each case.</source>
        <translation>Les opérateurs qui accompagnent les projets, et la désignation d'un opérateur pour chaque dossier.</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Validation sessions: approve, amend, postpone or reject plans; minutes and letters.</source>
        <translation>Sessions de validation : approuver, faire amender, ajourner ou rejeter les projets ; procès-verbaux et lettres.</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Training catalogue, sessions, enrolment, attendance and certificates.</source>
        <translation>Catalogue des formations, sessions, inscriptions, présences et attestations.</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Décaissements</translation>
    </message>
    <message>
        <source>Instalments: requests, approvals, payments, receipts, reversals and period closing.</source>
        <translation>Tranches : demandes, approbations, paiements, reçus, contre-passations et clôture de période.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>The calendar of follow-up visits over the year after the project starts.</source>
        <translation>Le calendrier des visites de suivi pendant l'année qui suit le démarrage du projet.</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Workbooks from and for donors and partners: validated imports, faithful exports.</source>
        <translation>Classeurs reçus des bailleurs et partenaires, ou envoyés : imports contrôlés, exports fidèles.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
</TS>
