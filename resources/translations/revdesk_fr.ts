<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Logistics</source>
            <comment>Nothing was generated (provider OPS): this provider handles it outside REVER. Nothing needs to be done here.</comment>
            <translation type="unfinished">Logistique</translation>
        </message>
        <message>
            <source>Logistics</source>
            <comment>{what} created: {id}.</comment>
            <translation type="unfinished">Logistique</translation>
        </message>
        <message>
            <source>Logistics</source>
            <comment>{what} created.</comment>
            <translation type="unfinished">Logistique</translation>
        </message>
        <message>
            <source>Address</source>
            <comment>the street address</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <comment>the postcode</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <comment>the city</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <comment>the country</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <comment>{title}: {fields} missing.</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <comment>Not sent: complete the addresses first.</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address</source>
            <comment>The warehouse address comes from Settings: save it there once and every order has it.</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About revdesk</source>
            <translation>À propos de revdesk</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Dossier de données</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Fichier journal</translation>
        </message>
        <message>
            <source>API address</source>
            <translation>Adresse de l'API</translation>
        </message>
        <message>
            <source>&amp;Copy diagnostics</source>
            <translation>&amp;Copier le diagnostic</translation>
        </message>
        <message>
            <source>Version, Python and Qt versions, the settings (never the API key) and the last errors of the log, to paste into a message to support.</source>
            <translation>Version, versions de Python et de Qt, les paramètres (jamais la clé API) et les dernières erreurs du journal, à coller dans un message au support.</translation>
        </message>
        <message>
            <source>revdesk — the returns-desk station for REVER</source>
            <translation>revdesk — le poste de traitement des retours pour REVER</translation>
        </message>
        <message>
            <source>the built-in sandbox (no API key set)</source>
            <translation>l'environnement d'essai intégré (aucune clé API)</translation>
        </message>
        <message>
            <source>Copied: paste it into your message to support.</source>
            <translation>Copié : collez-le dans votre message au support.</translation>
        </message>
    </context>
    <context>
        <name>BulkStatusDialog</name>
        <message>
            <source>Set status of {n} returns</source>
            <translation>Modifier le statut de {n} retours</translation>
        </message>
        <message>
            <source>Set the shipping status of {n} selected returns to:</source>
            <translation>Passer le statut d'expédition des {n} retours sélectionnés à :</translation>
        </message>
        <message>
            <source>&amp;Start…</source>
            <translation>&amp;Démarrer…</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <extracomment>The question before the change (None until Start is clicked).</extracomment>
            <translation>&amp;Arrêter</translation>
        </message>
        <message>
            <source>%v of %m</source>
            <translation>%v sur %m</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Process</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>Set {n} returns to {status}?</source>
            <translation>Passer {n} retours à {status} ?</translation>
        </message>
        <message>
            <source>Set the shipping status of the {n} selected returns to {status}?</source>
            <translation>Passer le statut d'expédition des {n} retours sélectionnés à {status} ?</translation>
        </message>
        <message>
            <source>Set {n} returns to {status}</source>
            <translation>Passer {n} retours à {status}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Sending {status} to {n} returns…</source>
            <translation>Envoi de {status} pour {n} retours…</translation>
        </message>
        <message>
            <source>Bulk status</source>
            <translation>Statut groupé</translation>
        </message>
        <message>
            <source>✔ set</source>
            <translation>✔ fait</translation>
        </message>
        <message>
            <source>⏳ queued</source>
            <translation>⏳ en attente</translation>
        </message>
        <message>
            <source>not sent (stopped)</source>
            <translation>non envoyé (arrêté)</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>✖ {reason}</source>
            <translation>✖ {reason}</translation>
        </message>
        <message>
            <source>Done: {done} set, {queued} queued, {failed} failed, {cancelled} not sent ({limited} times asked to slow down) in {seconds:.1f} s</source>
            <translation>Terminé : {done} faits, {queued} en attente, {failed} en échec, {cancelled} non envoyés (ralentissement demandé {limited} fois) en {seconds:.1f} s</translation>
        </message>
    </context>
    <context>
        <name>EntriesModel</name>
        <message>
            <source>Process</source>
            <translation>Process</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>Essais</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Queued at</source>
            <translation>En attente depuis</translation>
        </message>
        <message>
            <source>was {status}</source>
            <translation>avant : {status}</translation>
        </message>
    </context>
    <context>
        <name>ErrorPresenter</name>
        <message>
            <source>Something went wrong inside the station ({kind}). It keeps running; the details are in the log.</source>
            <translation>Une erreur s'est produite dans le poste ({kind}). Il continue de fonctionner ; les détails sont dans le journal.</translation>
        </message>
        <message>
            <source>{context}: {message}</source>
            <translation>{context} : {message}</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Une erreur s'est produite</translation>
        </message>
        <message>
            <source>revdesk — this station's data</source>
            <translation>revdesk — données de ce poste</translation>
        </message>
        <message>
            <source>revdesk — station settings</source>
            <translation>revdesk — paramètres du poste</translation>
        </message>
        <message>
            <source>revdesk</source>
            <translation>revdesk</translation>
        </message>
        <message>
            <source>REVER</source>
            <translation>REVER</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more (see the log).</source>
            <translation>
                <numerusform>…et %n autre (voir le journal).</numerusform>
                <numerusform>…et %n autres (voir le journal).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventsModel</name>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Opérateur</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Process</translation>
        </message>
        <message>
            <source>Old → new</source>
            <translation>Avant → après</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
    </context>
    <context>
        <name>Feedback</name>
        <message>
            <source>Undo: sending…</source>
            <translation>Annulation : envoi…</translation>
        </message>
        <message>
            <source>{pid}: sending…</source>
            <translation>{pid} : envoi…</translation>
        </message>
        <message>
            <source>Waiting for REVER's answer.</source>
            <translation>En attente de la réponse de REVER.</translation>
        </message>
        <message>
            <source>was {status}</source>
            <translation>avant : {status}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>undo of {pid} queued</source>
            <translation>annulation de {pid} en attente</translation>
        </message>
        <message>
            <source>{pid} {status} queued</source>
            <translation>{pid} {status} en attente</translation>
        </message>
        <message>
            <source>No connection: it will be sent as soon as REVER answers.</source>
            <translation>Pas de connexion : ce sera envoyé dès que REVER répondra.</translation>
        </message>
        <message>
            <source>{pid} {status} not sent</source>
            <translation>{pid} {status} non envoyé</translation>
        </message>
        <message>
            <source>A later change of this return replaced it (a later scan, the terminal or another window).</source>
            <translation>Une modification plus récente de ce retour l'a remplacé (un autre scan, le terminal ou une autre fenêtre).</translation>
        </message>
        <message>
            <source>{pid} already {status}</source>
            <translation>{pid} déjà {status}</translation>
        </message>
        <message>
            <source>nothing changed (scanned twice?)</source>
            <translation>rien n'a changé (scanné deux fois ?)</translation>
        </message>
        <message>
            <source>shown in the detail</source>
            <translation>affiché dans le détail</translation>
        </message>
        <message numerus="yes">
            <source>%n returns match “{text}”</source>
            <translation>
                <numerusform>%n retour correspond à « {text} »</numerusform>
                <numerusform>%n retours correspondent à « {text} »</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed. Press 1–{n} to choose, or scan another barcode of the parcel.</source>
            <translation>Rien n'a été modifié. Appuyez sur 1–{n} pour choisir, ou scannez un autre code-barres du colis.</translation>
        </message>
        <message>
            <source>Pick one in the list below and press Enter to open it.</source>
            <translation>Choisissez-en un dans la liste ci-dessous et appuyez sur Entrée pour l'ouvrir.</translation>
        </message>
        <message>
            <source>{pid} back to {status}</source>
            <translation>{pid} revenu à {status}</translation>
        </message>
        <message>
            <source>undo of {status}</source>
            <translation>annulation de {status}</translation>
        </message>
        <message>
            <source>Nothing undone</source>
            <translation>Rien n'a été annulé</translation>
        </message>
        <message>
            <source>The last scan ({pid}) is more than {limit} s old: press Ctrl+Z again to be asked whether to undo it.</source>
            <translation>Le dernier scan ({pid}) date de plus de {limit} s : appuyez de nouveau sur Ctrl+Z pour choisir de l'annuler.</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Rien à annuler</translation>
        </message>
        <message>
            <source>Nothing readable was scanned.</source>
            <translation>Rien de lisible n'a été scanné.</translation>
        </message>
        <message>
            <source>A process id has no spaces. Nothing was sent.</source>
            <translation>Un identifiant de process n'a pas d'espaces. Rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>Far too long for a process id. Nothing was sent.</source>
            <translation>Beaucoup trop long pour un identifiant de process. Rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>A process id has no control characters. Nothing was sent.</source>
            <translation>Un identifiant de process n'a pas de caractères de contrôle. Rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>Not in the station's list as a tracking or order number either. Scan the REVER return label. Nothing was sent.</source>
            <translation>Absent aussi de la liste du poste comme numéro de suivi ou de commande. Scannez l'étiquette retour REVER. Rien n'a été envoyé.</translation>
        </message>
        <message>
            <source>This is not a process id</source>
            <translation>Ce n'est pas un identifiant de process</translation>
        </message>
        <message>
            <source>Unknown return {pid}</source>
            <translation>Retour inconnu {pid}</translation>
        </message>
        <message>
            <source>No return has this process id, tracking or order number</source>
            <translation>Aucun retour n'a cet identifiant, ce suivi ou ce numéro de commande</translation>
        </message>
        <message>
            <source>tried {what}</source>
            <translation>essayé : {what}</translation>
        </message>
        <message>
            <source>Put the parcel aside.</source>
            <translation>Mettez le colis de côté.</translation>
        </message>
        <message>
            <source>REVER has no return with this id. Put the parcel aside.</source>
            <translation>REVER n'a aucun retour avec cet identifiant. Mettez le colis de côté.</translation>
        </message>
        <message>
            <source>{pid} is CANCELLED</source>
            <translation>{pid} est ANNULÉ</translation>
        </message>
        <message>
            <source>not changed: put the parcel aside for the lead</source>
            <translation>non modifié : mettez le colis de côté pour le responsable</translation>
        </message>
        <message>
            <source>{pid} NOT sent</source>
            <translation>{pid} NON envoyé</translation>
        </message>
        <message>
            <source>Scan it again when the station is online.</source>
            <translation>Scannez-le à nouveau quand le poste sera en ligne.</translation>
        </message>
        <message>
            <source>{pid} not changed</source>
            <translation>{pid} non modifié</translation>
        </message>
        <message>
            <source>Sounds off: no audio device</source>
            <extracomment>How long after the window is shown the sounds are loaded. Why the sounds cannot play, in the operator's words; "" once they can again. Record what would play without touching the audio device (tests, benchmarks).</extracomment>
            <translation>Sons coupés : aucun périphérique audio</translation>
        </message>
        <message>
            <source>Sounds off: the audio device cannot play them</source>
            <translation>Sons coupés : le périphérique audio ne peut pas les lire</translation>
        </message>
    </context>
    <context>
        <name>FeedbackBanner</name>
        <message>
            <source>Undo  {keys}</source>
            <extracomment>The banner's symbol, logical pixels square: as tall as the title's capitals and more.</extracomment>
            <translation>Annuler  {keys}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Ready: scan a parcel</source>
            <translation>Prêt : scannez un colis</translation>
        </message>
        <message>
            <source>The scan box has the focus. Results appear here.</source>
            <translation>La zone de scan a le focus. Les résultats s'affichent ici.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Status change</source>
            <extracomment>The event itself, for the view and tests.</extracomment>
            <translation>Changement de statut</translation>
        </message>
        <message>
            <source>Label upload</source>
            <translation>Envoi d'étiquette</translation>
        </message>
        <message>
            <source>Logistic order</source>
            <translation>Ordre logistique</translation>
        </message>
        <message>
            <source>Pickup request</source>
            <translation>Demande d'enlèvement</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Impression</translation>
        </message>
        <message>
            <source>Setting change</source>
            <translation>Changement de paramètre</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>transmis</translation>
        </message>
        <message>
            <source>replaced by a later change</source>
            <translation>remplacé par une modification plus récente</translation>
        </message>
        <message>
            <source>discarded</source>
            <translation>abandonné</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>History</source>
            <extracomment>Events listed at once (the newest); the export always has every matching event. Opened from the window: the log is read once the dialog is active, or this long after it is shown when nothing activates it.</extracomment>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Reading the history…</source>
            <extracomment>Prints again the label of a print event (the label actions'), if given. Whether the log was read for the first time. Opened from the window, the reading (a second or more on a long log) waits until the dialog is up: done here, it held the loop while the window was already blocked by the dialog, and a scanner's keys sent meanwhile were addressed to that blocked window, which Qt drops (QA F20).</extracomment>
            <translation>Lecture de l'historique…</translation>
        </message>
        <message>
            <source>This shift</source>
            <translation>Ce service</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>Toutes les actions</translation>
        </message>
        <message>
            <source>Every result</source>
            <translation>Tous les résultats</translation>
        </message>
        <message>
            <source>process id contains…</source>
            <translation>l'identifiant contient…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exporter en CSV…</translation>
        </message>
        <message>
            <source>Re&amp;print this label</source>
            <translation>Ré&amp;imprimer cette étiquette</translation>
        </message>
        <message>
            <source>Parcels whose scan REVER confirmed, undone ones excluded, per hour and status (the time range above applies):</source>
            <translation>Colis dont REVER a confirmé le scan, hors annulations, par heure et par statut (la période ci-dessus s'applique) :</translation>
        </message>
        <message>
            <source>&amp;Events</source>
            <translation>É&amp;vénements</translation>
        </message>
        <message>
            <source>Shift &amp;summary</source>
            <translation>&amp;Bilan du service</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Printing the label of {pid} again…</source>
            <translation>Réimpression de l'étiquette de {pid}…</translation>
        </message>
        <message>
            <source>{n} event(s), newest first.</source>
            <translation>{n} événement(s), les plus récents d'abord.</translation>
        </message>
        <message>
            <source>The newest {n} events (narrow the filters, or export them all).</source>
            <translation>Les {n} événements les plus récents (affinez les filtres, ou exportez-les tous).</translation>
        </message>
        <message>
            <source>{n} parcel(s) received.</source>
            <translation>{n} colis reçu(s).</translation>
        </message>
        <message>
            <source>This shift started {when}.</source>
            <translation>Ce service a commencé {when}.</translation>
        </message>
        <message>
            <source>Still waiting to be sent: {pending}; refused: {failed}.</source>
            <translation>En attente d'envoi : {pending} ; refusés : {failed}.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>CSV files for Excel, semicolon-separated (*.csv)</source>
            <translation>Fichiers CSV pour Excel, séparés par des points-virgules (*.csv)</translation>
        </message>
        <message>
            <source>Export the history as CSV</source>
            <translation>Exporter l'historique en CSV</translation>
        </message>
        <message>
            <source>Not exported: {path} {why}; choose a file.</source>
            <translation>Non exporté : {path} {why} ; choisissez un fichier.</translation>
        </message>
        <message>
            <source>Not exported: {path} could not be written ({why}).</source>
            <translation>Non exporté : impossible d'écrire {path} ({why}).</translation>
        </message>
        <message>
            <source>{n} event(s) exported to {path}.</source>
            <translation>{n} événement(s) exporté(s) vers {path}.</translation>
        </message>
    </context>
    <context>
        <name>LabelActions</name>
        <message>
            <source>&amp;Print label</source>
            <extracomment>Every print, reprint and label upload is recorded here, ok or failed with why. Returns whose intake label was printed after a scan: once per parcel. Read when an action runs (``settings.current``), so a change saved in Settings is used by the next label without a restart.</extracomment>
            <translation>&amp;Imprimer l'étiquette</translation>
        </message>
        <message>
            <source>&amp;Reprint last label</source>
            <translation>Réimprimer la &amp;dernière étiquette</translation>
        </message>
        <message>
            <source>Print &amp;intake label</source>
            <translation>Imprimer l'étiquette d'&amp;entrée</translation>
        </message>
        <message>
            <source>&amp;Save label as PDF…</source>
            <translation>Enre&amp;gistrer l'étiquette en PDF…</translation>
        </message>
        <message>
            <source>Save intake label as P&amp;DF…</source>
            <translation>Enregistrer l'étiquette d'entrée en PD&amp;F…</translation>
        </message>
        <message>
            <source>&amp;Manual logistic order…</source>
            <translation>Ordre logistique &amp;manuel…</translation>
        </message>
        <message>
            <source>Create &amp;logistic order…</source>
            <translation>Créer un ordre &amp;logistique…</translation>
        </message>
        <message>
            <source>Request pic&amp;kup…</source>
            <translation>Demander un enlè&amp;vement…</translation>
        </message>
        <message>
            <source>&amp;Batch print selection</source>
            <translation>Impre&amp;ssion groupée de la sélection</translation>
        </message>
        <message>
            <source>Label print&amp;ers…</source>
            <translation>Im&amp;primantes d'étiquettes…</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>Réimprimer</translation>
        </message>
        <message>
            <source>Intake label</source>
            <translation>Étiquette d'entrée</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Enregistrer PDF</translation>
        </message>
        <message>
            <source>Manual order</source>
            <translation>Ordre manuel</translation>
        </message>
        <message>
            <source>Logistic order</source>
            <translation>Ordre logistique</translation>
        </message>
        <message>
            <source>Pickup</source>
            <translation>Enlèvement</translation>
        </message>
        <message>
            <source>Batch print</source>
            <translation>Impression groupée</translation>
        </message>
        <message>
            <source>Intake PDF</source>
            <translation>PDF d'entrée</translation>
        </message>
        <message>
            <source>Printers</source>
            <translation>Imprimantes</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>É&amp;tiquettes</translation>
        </message>
        <message>
            <source>Select a return first.</source>
            <translation>Sélectionnez d'abord un retour.</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Scaled down to fit the label: {names}.</source>
            <translation>Réduit pour tenir sur l'étiquette : {names}.</translation>
        </message>
        <message>
            <source>Print label</source>
            <translation>Imprimer l'étiquette</translation>
        </message>
        <message>
            <source>Reprint last</source>
            <translation>Réimprimer la dernière</translation>
        </message>
        <message>
            <source>That line of the history is not about one return.</source>
            <translation>Cette ligne de l'historique ne concerne pas un seul retour.</translation>
        </message>
        <message>
            <source>Intake label for {pid} not printed: {why}</source>
            <translation>Étiquette d'entrée de {pid} non imprimée : {why}</translation>
        </message>
        <message>
            <source>{pid}: not printed ({why})</source>
            <translation>{pid} : non imprimée ({why})</translation>
        </message>
        <message>
            <source>None of the selected returns has a label to print.</source>
            <translation>Aucun des retours sélectionnés n'a d'étiquette à imprimer.</translation>
        </message>
        <message>
            <source>Fetching and printing labels…</source>
            <translation>Récupération et impression des étiquettes…</translation>
        </message>
        <message>
            <source>Carrier labels print on {carrier}; intake labels on {intake}.</source>
            <translation>Les étiquettes transporteur s'impriment sur {carrier} ; celles d'entrée sur {intake}.</translation>
        </message>
        <message>
            <source>Save intake label as PDF</source>
            <translation>Enregistrer l'étiquette d'entrée en PDF</translation>
        </message>
        <message>
            <source>Save label as PDF</source>
            <translation>Enregistrer l'étiquette en PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Intake label for {pid}</source>
            <translation>Étiquette d'entrée de {pid}</translation>
        </message>
        <message>
            <source>Carrier label for {pid}</source>
            <translation>Étiquette transporteur de {pid}</translation>
        </message>
        <message numerus="yes">
            <source>Intake labels for %n returns</source>
            <translation>
                <numerusform>Étiquette d'entrée de %n retour</numerusform>
                <numerusform>Étiquettes d'entrée de %n retours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Carrier labels for %n returns</source>
            <translation>
                <numerusform>Étiquette transporteur de %n retour</numerusform>
                <numerusform>Étiquettes transporteur de %n retours</numerusform>
            </translation>
        </message>
        <message>
            <source>{subject} saved as {file}</source>
            <translation>{subject} : enregistré sous {file}</translation>
        </message>
        <message numerus="yes">
            <source>{subject} saved in {folder} (%n files)</source>
            <translation>
                <numerusform>{subject} : enregistré dans {folder} (%n fichier)</numerusform>
                <numerusform>{subject} : enregistré dans {folder} (%n fichiers)</numerusform>
            </translation>
        </message>
        <message>
            <source>{subject} printed on {printer}</source>
            <translation>{subject} : imprimé sur {printer}</translation>
        </message>
    </context>
    <context>
        <name>LabelPrinter</name>
        <message>
            <source>There is nothing to print.</source>
            <extracomment>The last job sent to a printer (its role and labels), for "Reprint last".</extracomment>
            <translation>Il n'y a rien à imprimer.</translation>
        </message>
        <message>
            <source>No {role} printer is chosen yet (Labels → Label printers…): nothing was printed.</source>
            <translation>Aucune imprimante {role} n'est encore choisie (Étiquettes → Imprimantes d'étiquettes…) : rien n'a été imprimé.</translation>
        </message>
        <message>
            <source>Nothing has been printed yet on this station.</source>
            <translation>Rien n'a encore été imprimé sur ce poste.</translation>
        </message>
    </context>
    <context>
        <name>LogisticOrderDialog</name>
        <message>
            <source>Logistic order</source>
            <translation>Ordre logistique</translation>
        </message>
        <message>
            <source>Create logistic order — {pid}</source>
            <translation>Créer un ordre logistique — {pid}</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transporteur</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Return type</source>
            <translation>Type de retour</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Customer address</source>
            <translation>Adresse du client</translation>
        </message>
        <message>
            <source>Warehouse address</source>
            <translation>Adresse de l'entrepôt</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>Create logistic order</source>
            <translation>Créer un ordre logistique</translation>
        </message>
    </context>
    <context>
        <name>LogisticsRequestDialog</name>
        <message>
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <source>Still sending: wait for REVER's answer.</source>
            <translation>Envoi en cours : attendez la réponse de REVER.</translation>
        </message>
        <message>
            <source>Not sent.</source>
            <translation>Non envoyé.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Labels</source>
            <extracomment>Below this window height (a 1024x768 or 1366x768 screen) the recent scans keep three rows. After the list's first load: the dialogs' modules are imported then. The list's first load is over (its first page listed, or the load failed): what the start-up put off until then (sounds, connection checks, the heap's settling) may run. Resolved by closeEvent; made on first use, so a close that comes before anyone waits (a quit at start-up) is not missed.</extracomment>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>&amp;Undo last scan</source>
            <translation>&amp;Annuler le dernier scan</translation>
        </message>
        <message>
            <source>Go to the &amp;scan box</source>
            <translation>Aller à la zone de &amp;scan</translation>
        </message>
        <message>
            <source>S&amp;can</source>
            <translation>&amp;Scan</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Quit the station?</source>
            <translation>Quitter le poste ?</translation>
        </message>
        <message numerus="yes">
            <source>%n scan(s) still waiting to be sent to REVER. They are kept and sent when the station runs again, but not while it is closed.</source>
            <translation>
                <numerusform>%n scan attend encore d'être envoyé à REVER. Il est conservé et envoyé quand le poste redémarre, mais pas tant qu'il est fermé.</numerusform>
                <numerusform>%n scans attendent encore d'être envoyés à REVER. Ils sont conservés et envoyés quand le poste redémarre, mais pas tant qu'il est fermé.</numerusform>
            </translation>
        </message>
        <message>
            <source>Quit anyway</source>
            <translation>Quitter quand même</translation>
        </message>
        <message>
            <source>Keep the station open</source>
            <translation>Garder le poste ouvert</translation>
        </message>
        <message>
            <source>revdesk — station {name}</source>
            <translation>revdesk — poste {name}</translation>
        </message>
        <message>
            <source> — SANDBOX</source>
            <translation> — ESSAI</translation>
        </message>
    </context>
    <context>
        <name>ManualOrderDialog</name>
        <message>
            <source>Manual logistic order</source>
            <extracomment>The dialog's width where the screen has it: the address fields whole beside the preview. A label has a page or two; a 40-page PDF is a wrong file, and its preview would be slow. The station's returns list: the first place a tracking id already used is found. The tracking id the operator confirmed (or that no other return has): sent as is.</extracomment>
            <translation>Ordre logistique manuel</translation>
        </message>
        <message>
            <source>Manual logistic order — {pid}</source>
            <translation>Ordre logistique manuel — {pid}</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Print label</source>
            <translation>Imprimer l'étiquette</translation>
        </message>
        <message>
            <source>Drop the carrier's label file here (PDF, PNG or JPG), or choose it.</source>
            <translation>Déposez ici le fichier de l'étiquette transporteur (PDF, PNG ou JPG), ou choisissez-le.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transporteur</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Return method</source>
            <translation>Mode de retour</translation>
        </message>
        <message>
            <source>Tracking id</source>
            <translation>Numéro de suivi</translation>
        </message>
        <message>
            <source>Tracking URL</source>
            <translation>URL de suivi</translation>
        </message>
        <message>
            <source>From (the customer)</source>
            <translation>De (le client)</translation>
        </message>
        <message>
            <source>To (this warehouse)</source>
            <translation>À (cet entrepôt)</translation>
        </message>
        <message>
            <source>Carrier label</source>
            <translation>Étiquette transporteur</translation>
        </message>
        <message>
            <source>Choose the label file first.</source>
            <translation>Choisissez d'abord le fichier de l'étiquette.</translation>
        </message>
        <message>
            <source>Checking that no other return has this tracking id…</source>
            <translation>Vérification qu'aucun autre retour n'a ce numéro de suivi…</translation>
        </message>
        <message>
            <source>Check the tracking id</source>
            <translation>Vérifiez le numéro de suivi</translation>
        </message>
        <message>
            <source>The tracking id {tracking} is already on return {pids}. One parcel has one tracking id: check the label. If it is right, press “Submit anyway”.</source>
            <translation>Le numéro de suivi {tracking} figure déjà sur le retour {pids}. Un colis a un seul numéro de suivi : vérifiez l'étiquette. Si elle est juste, appuyez sur « Envoyer quand même ».</translation>
        </message>
        <message>
            <source>Submit anyway</source>
            <translation>Envoyer quand même</translation>
        </message>
        <message>
            <source>Not sent.</source>
            <translation>Non envoyé.</translation>
        </message>
    </context>
    <context>
        <name>MatchesModel</name>
        <message>
            <source>Key</source>
            <extracomment>A digit is the operator's choice once no other key followed it for this long: longer than a slow scanner's gap between keys, so a read starting with a digit is never a choice. Rows shown without scrolling: as many as there are digit keys to choose them.</extracomment>
            <translation>Touche</translation>
        </message>
        <message>
            <source>Process</source>
            <translation>Process</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Suivi</translation>
        </message>
    </context>
    <context>
        <name>OneWindow</name>
        <message>
            <source>The station is already open on this computer (data folder {folder}). Use that window: two windows on one station would undo each other's settings.</source>
            <translation>Le poste est déjà ouvert sur cet ordinateur (dossier de données {folder}). Utilisez cette fenêtre : deux fenêtres sur un même poste annuleraient les paramètres l'une de l'autre.</translation>
        </message>
    </context>
    <context>
        <name>OutboxModel</name>
        <message>
            <source>scan</source>
            <extracomment>The entry itself, for the view and tests.</extracomment>
            <translation>scan</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>annulation</translation>
        </message>
        <message>
            <source>return detail</source>
            <translation>détail du retour</translation>
        </message>
        <message>
            <source>bulk change</source>
            <translation>modification groupée</translation>
        </message>
        <message>
            <source>script (CLI)</source>
            <translation>script (CLI)</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>pas encore envoyé</translation>
        </message>
        <message>
            <source>{reason} — next try at {when}</source>
            <translation>{reason} — prochain essai à {when}</translation>
        </message>
        <message>
            <source>{reason} — trying again now</source>
            <translation>{reason} — nouvel essai en cours</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <source>Outbox — changes not sent yet</source>
            <extracomment>Pending entries listed; the count says how many more there are. Outcomes arrive one per change (a thousand during a flush): the tables are read again at most this often, not once per outcome.</extracomment>
            <translation>Boîte d'envoi — modifications pas encore envoyées</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>&amp;Envoyer maintenant</translation>
        </message>
        <message>
            <source>Try every waiting change now (Ctrl+Shift+O)</source>
            <translation>Essayer maintenant toutes les modifications en attente (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <source>&amp;Retry refused</source>
            <translation>&amp;Réessayer les refusées</translation>
        </message>
        <message>
            <source>Send the refused changes again, after the cause was fixed (e.g. the API key); never those no retry can help (a cancelled or unknown return)</source>
            <translation>Renvoyer les modifications refusées, une fois la cause corrigée (par ex. la clé API) ; jamais celles qu'aucun nouvel essai ne peut sauver (un retour annulé ou inconnu)</translation>
        </message>
        <message>
            <source>&amp;Discard refused…</source>
            <translation>&amp;Abandonner les refusées…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Waiting to be sent (sent by themselves as soon as REVER answers):</source>
            <translation>En attente d'envoi (envoyées d'elles-mêmes dès que REVER répond) :</translation>
        </message>
        <message>
            <source>Refused by REVER (never sent again unless you retry them):</source>
            <translation>Refusées par REVER (jamais renvoyées sauf si vous les réessayez) :</translation>
        </message>
        <message>
            <source>{pending} waiting to be sent · {failed} refused</source>
            <translation>{pending} en attente d'envoi · {failed} refusées</translation>
        </message>
        <message>
            <source>…and {n} more.</source>
            <translation>…et {n} de plus.</translation>
        </message>
        <message>
            <source>Sending the waiting changes now…</source>
            <translation>Envoi des modifications en attente…</translation>
        </message>
        <message>
            <source>{n} refused change(s) will be sent again.</source>
            <translation>{n} modification(s) refusée(s) seront renvoyée(s).</translation>
        </message>
        <message>
            <source>{n} cannot succeed by retrying (a cancelled or unknown return): discard them once the lead has decided.</source>
            <translation>{n} ne peuvent pas aboutir par un nouvel essai (un retour annulé ou inconnu) : abandonnez-les une fois que le responsable a décidé.</translation>
        </message>
        <message>
            <source>Discard refused changes</source>
            <translation>Abandonner les modifications refusées</translation>
        </message>
        <message>
            <source>Discard {n} refused change(s)? They will never be sent to REVER; the history keeps a record of each.</source>
            <translation>Abandonner {n} modification(s) refusée(s) ? Elles ne seront jamais envoyées à REVER ; l'historique garde une trace de chacune.</translation>
        </message>
        <message>
            <source>{n} refused change(s) discarded.</source>
            <translation>{n} modification(s) refusée(s) abandonnée(s).</translation>
        </message>
    </context>
    <context>
        <name>PickListDialog</name>
        <message>
            <source>Which return is this parcel?</source>
            <translation>À quel retour correspond ce colis ?</translation>
        </message>
        <message numerus="yes">
            <source>“{text}” matches %n returns. Nothing was changed.</source>
            <translation>
                <numerusform>« {text} » correspond à %n retour. Rien n'a été modifié.</numerusform>
                <numerusform>« {text} » correspond à %n retours. Rien n'a été modifié.</numerusform>
            </translation>
        </message>
        <message>
            <source>Press 1–{n} for {action}, or scan another barcode of the parcel. Esc: none of them.</source>
            <translation>Appuyez sur 1–{n} pour {action}, ou scannez un autre code-barres du colis. Échap : aucun.</translation>
        </message>
    </context>
    <context>
        <name>PickupDialog</name>
        <message>
            <source>Pickup</source>
            <translation>Enlèvement</translation>
        </message>
        <message>
            <source>Request pickup — {pid}</source>
            <translation>Demander un enlèvement — {pid}</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transporteur</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Prestataire</translation>
        </message>
        <message>
            <source>Pickup address</source>
            <translation>Adresse d'enlèvement</translation>
        </message>
        <message>
            <source>Request pickup</source>
            <translation>Demander un enlèvement</translation>
        </message>
    </context>
    <context>
        <name>PrinterProfileEditor</name>
        <message>
            <source>Carrier labels</source>
            <extracomment>The process id on a test label: no return has it, and it reads as what it is.</extracomment>
            <translation>Étiquettes transporteur</translation>
        </message>
        <message>
            <source>Intake labels</source>
            <translation>Étiquettes d'entrée</translation>
        </message>
        <message>
            <source>A printer of this computer</source>
            <translation>Une imprimante de cet ordinateur</translation>
        </message>
        <message>
            <source>A folder (PDF files)</source>
            <translation>Un dossier (fichiers PDF)</translation>
        </message>
        <message>
            <source>A ZPL label printer (Zebra)</source>
            <translation>Une imprimante d'étiquettes ZPL (Zebra)</translation>
        </message>
        <message>
            <source>{name} (not found now)</source>
            <translation>{name} (introuvable pour l'instant)</translation>
        </message>
        <message>
            <source>(this computer has no printer)</source>
            <translation>(cet ordinateur n'a pas d'imprimante)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>zebra-1:9100, or cups:QUEUE</source>
            <translation>zebra-1:9100, ou cups:FILE</translation>
        </message>
        <message>
            <source>4x6 in (101.6 x 152.4 mm)</source>
            <translation>4x6 in (101,6 x 152,4 mm)</translation>
        </message>
        <message>
            <source>Custom size</source>
            <translation>Format personnalisé</translation>
        </message>
        <message>
            <source>{dpi} dpi</source>
            <translation>{dpi} ppp</translation>
        </message>
        <message>
            <source>Test print</source>
            <translation>Impression de test</translation>
        </message>
        <message>
            <source>&amp;Prints on:</source>
            <translation>&amp;Imprime sur :</translation>
        </message>
        <message>
            <source>&amp;Which:</source>
            <translation>&amp;Laquelle :</translation>
        </message>
        <message>
            <source>Label &amp;stock:</source>
            <translation>&amp;Format d'étiquette :</translation>
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation>&amp;Résolution :</translation>
        </message>
        <message>
            <source>Folder for the label PDFs</source>
            <translation>Dossier des PDF d'étiquettes</translation>
        </message>
        <message>
            <source>carrier</source>
            <translation>transporteur</translation>
        </message>
        <message>
            <source>intake</source>
            <translation>d'entrée</translation>
        </message>
        <message>
            <source>The {which} label folder {folder} cannot be made: {why}.</source>
            <translation>Impossible de créer le dossier d'étiquettes {which} {folder} : {why}.</translation>
        </message>
    </context>
    <context>
        <name>PrinterProfilesBox</name>
        <message>
            <source>Print an intake label for each parcel received</source>
            <translation>Imprimer une étiquette d'entrée pour chaque colis reçu</translation>
        </message>
        <message>
            <source>Print the intake label after each parcel received (IN_WAREHOUSE confirmed)</source>
            <translation>Imprimer l'étiquette d'entrée après chaque colis reçu (IN_WAREHOUSE confirmé)</translation>
        </message>
        <message>
            <source>Test label {done}</source>
            <translation>Étiquette de test {done}</translation>
        </message>
        <message>
            <source>Test print failed: {why}</source>
            <translation>L'impression de test a échoué : {why}</translation>
        </message>
    </context>
    <context>
        <name>PrintersDialog</name>
        <message>
            <source>Label printers</source>
            <translation>Imprimantes d'étiquettes</translation>
        </message>
    </context>
    <context>
        <name>ProcessDetail</name>
        <message>
            <source>No return open</source>
            <translation>Aucun retour ouvert</translation>
        </message>
        <message>
            <source>Customer:</source>
            <translation>Client :</translation>
        </message>
        <message>
            <source>E-mail:</source>
            <translation>E-mail :</translation>
        </message>
        <message>
            <source>Order:</source>
            <translation>Commande :</translation>
        </message>
        <message>
            <source>Created:</source>
            <translation>Créé :</translation>
        </message>
        <message>
            <source>Return method:</source>
            <translation>Mode de retour :</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistique</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Transporteur :</translation>
        </message>
        <message>
            <source>Tracking:</source>
            <translation>Suivi :</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Mode :</translation>
        </message>
        <message>
            <source>Pickups:</source>
            <translation>Enlèvements :</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qté</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Set s&amp;tatus</source>
            <translation>&amp;Modifier</translation>
        </message>
        <message>
            <source>&amp;New status:</source>
            <translation>&amp;Nouveau :</translation>
        </message>
        <message>
            <source>Set this return's shipping status by hand</source>
            <translation>Modifier à la main le statut d'expédition de ce retour</translation>
        </message>
        <message>
            <source>Open tracking page</source>
            <translation>Ouvrir la page de suivi</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Articles</translation>
        </message>
        <message>
            <source>Customer, logistics</source>
            <translation>Client, logistique</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Status changes from this station</source>
            <translation>Changements de statut faits sur ce poste</translation>
        </message>
        <message>
            <source>Enter or double-click a row, or scan with Look up (F7), to open a return here.</source>
            <translation>Entrée ou double-clic sur une ligne, ou un scan en Consulter (F7), pour ouvrir un retour ici.</translation>
        </message>
        <message>
            <source>Loading {pid}…</source>
            <translation>Chargement de {pid}…</translation>
        </message>
        <message>
            <source>{pid} could not be opened: {reason}</source>
            <translation>Impossible d'ouvrir {pid} : {reason}</translation>
        </message>
        <message>
            <source>  (id {id})</source>
            <translation>  (id {id})</translation>
        </message>
        <message numerus="yes">
            <source>Items (%n)</source>
            <translation>
                <numerusform>Articles (%n)</numerusform>
                <numerusform>Articles (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Logistics not available: {reason}</source>
            <translation>Logistique indisponible : {reason}</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>envoyé</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
    </context>
    <context>
        <name>ProcessListPanel</name>
        <message>
            <source>Stat&amp;us:</source>
            <extracomment>Searching the server for rows not loaded yet waits for a pause in typing. What each column is first made wide enough for (process, order, customer, status, method, carrier, tracking, created), measured in the table's font: at 1024 px the first four show whole beside the detail. Below this width the list's search goes under its status filter.</extracomment>
            <translation>Stat&amp;ut :</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>S&amp;earch:</source>
            <translation>Re&amp;chercher :</translation>
        </message>
        <message>
            <source>id, order, customer, e-mail, tracking (Ctrl+F)</source>
            <translation>id, commande, client, e-mail, suivi (Ctrl+F)</translation>
        </message>
        <message>
            <source>id, order, customer, e-mail, tracking</source>
            <translation>id, commande, client, e-mail, suivi</translation>
        </message>
        <message>
            <source>id, order, name…</source>
            <translation>id, commande, nom…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Read the list again (Ctrl+R)</source>
            <translation>Relire la liste (Ctrl+R)</translation>
        </message>
        <message>
            <source>Set status of selected…</source>
            <translation>Statut de la sélection…</translation>
        </message>
        <message>
            <source>Set status…</source>
            <translation>Statut…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+S</source>
            <translation>Ctrl+Shift+S</translation>
        </message>
        <message>
            <source>{shown} shown of {loaded} loaded</source>
            <translation>{shown} sur {loaded} chargés</translation>
        </message>
        <message>
            <source> — more load as you scroll</source>
            <translation> — la suite se charge en défilant</translation>
        </message>
        <message>
            <source> — scroll for more</source>
            <translation> — défilez pour la suite</translation>
        </message>
        <message>
            <source> — saved list of {when}, being read again</source>
            <translation> — liste enregistrée de {when}, relecture en cours</translation>
        </message>
        <message>
            <source> — saved list of {when}</source>
            <translation> — liste enregistrée de {when}</translation>
        </message>
        <message>
            <source> — loading…</source>
            <translation> — chargement…</translation>
        </message>
        <message>
            <source>No return matches “{text}” with status {status}.</source>
            <translation>Aucun retour ne correspond à « {text} » au statut {status}.</translation>
        </message>
        <message>
            <source>No return matches “{text}”.</source>
            <translation>Aucun retour ne correspond à « {text} ».</translation>
        </message>
        <message>
            <source>No return has status {status}.</source>
            <translation>Aucun retour n'a le statut {status}.</translation>
        </message>
        <message>
            <source>Not every return is loaded: REVER is searched too.</source>
            <translation>Tous les retours ne sont pas chargés : la recherche interroge aussi REVER.</translation>
        </message>
        <message>
            <source>Searched: process id, order, customer, e-mail, tracking.</source>
            <translation>Recherche dans : identifiant, commande, client, e-mail, suivi.</translation>
        </message>
        <message>
            <source>List not loaded: {reason} (Ctrl+R to retry)</source>
            <translation>Liste non chargée : {reason} (Ctrl+R pour réessayer)</translation>
        </message>
    </context>
    <context>
        <name>ProcessTableModel</name>
        <message>
            <source>Process</source>
            <extracomment>Search keys made per slice of idle time (about 10 ms). A page could not be loaded (the error); fetching pauses until ``resume_fetching``. A page or a refresh came back from REVER: what ``load_failed`` said is over. While the rows come from the local cache, when they were saved; None once the API has been read again over all of them.</extracomment>
            <translation>Process</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Transporteur</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Créé</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Address</source>
            <comment>a name (first or last name, or company)</comment>
            <extracomment>The edits that fill each need of :func:`~revdesk.domain.logistics.missing_address_fields`.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RangePicker</name>
        <message>
            <source>Pickup time ranges</source>
            <translation>Créneaux d'enlèvement</translation>
        </message>
    </context>
    <context>
        <name>RecentScansModel</name>
        <message>
            <source>raw: {raw}</source>
            <extracomment>Each result's symbol in a colour readable on the row (white, or its severity's tint). seq -&gt; (outcome, display text, symbol) Scans whose parcel was left unreceived (a pick list dropped unchosen): red rows.</extracomment>
            <translation>lu : {raw}</translation>
        </message>
        <message>
            <source>“{text}”: no return chosen</source>
            <translation>« {text} » : aucun retour choisi</translation>
        </message>
        <message>
            <source>not changed: scan it again</source>
            <translation>non modifié : scannez-le à nouveau</translation>
        </message>
    </context>
    <context>
        <name>ReturnsActions</name>
        <message>
            <source>&amp;Find a return</source>
            <extracomment>The timer refresh reads at most this many rows again (a manual refresh reads all).</extracomment>
            <translation>&amp;Chercher un retour</translation>
        </message>
        <message>
            <source>&amp;Refresh the list</source>
            <translation>&amp;Actualiser la liste</translation>
        </message>
        <message>
            <source>&amp;Load every page</source>
            <translation>Charger &amp;toutes les pages</translation>
        </message>
        <message>
            <source>&amp;Open the current return</source>
            <translation>&amp;Ouvrir le retour courant</translation>
        </message>
        <message>
            <source>Set status of &amp;selected…</source>
            <translation>Changer le &amp;statut de la sélection…</translation>
        </message>
        <message>
            <source>Change the open return's s&amp;tatus</source>
            <translation>Modifier le stat&amp;ut du retour ouvert</translation>
        </message>
        <message>
            <source>&amp;Returns</source>
            <translation>&amp;Retours</translation>
        </message>
        <message>
            <source>Open {pid}</source>
            <translation>Ouvrir {pid}</translation>
        </message>
        <message>
            <source>{pid} is already {status}.</source>
            <translation>{pid} est déjà {status}.</translation>
        </message>
        <message>
            <source>Setting {pid} to {status}…</source>
            <translation>Passage de {pid} à {status}…</translation>
        </message>
        <message>
            <source>Not changed: {reason}</source>
            <translation>Non modifié : {reason}</translation>
        </message>
        <message>
            <source>{pid} set to {status}.</source>
            <translation>{pid} passé à {status}.</translation>
        </message>
        <message>
            <source>Set status</source>
            <translation>Modifier le statut</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Load the list</source>
            <translation>Charger la liste</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Select returns in the list first (Shift/Ctrl + arrows, Ctrl+A).</source>
            <translation>Sélectionnez d'abord des retours dans la liste (Maj/Ctrl + flèches, Ctrl+A).</translation>
        </message>
        <message>
            <source>Select returns in the list first.</source>
            <translation>Sélectionnez d'abord des retours dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>ScanPanel</name>
        <message>
            <source>Scan action:</source>
            <extracomment>The only Ctrl shortcuts the scan box keeps for itself. The pace of the keys typed since the last scanner-like key: a Tab ends a scan only after a scanner's burst.</extracomment>
            <translation>Action du scan :</translation>
        </message>
        <message>
            <source>Scan here (or type a process id and Enter)</source>
            <translation>Scannez ici (ou tapez un identifiant puis Entrée)</translation>
        </message>
        <message>
            <source>Scan here (or type an id)</source>
            <translation>Scannez ici (ou tapez un id)</translation>
        </message>
        <message>
            <source>Scan here</source>
            <translation>Scannez ici</translation>
        </message>
        <message>
            <source>Scan box</source>
            <translation>Zone de scan</translation>
        </message>
        <message>
            <source>Recent scans</source>
            <extracomment>Open while a status scan's several matches wait for the operator's choice. Open while a CANCELED / ERROR scan waits for the operator's yes (setting scan.risky_actions = "confirm"), or an undo of an old scan does.</extracomment>
            <translation>Derniers scans</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Consulter</translation>
        </message>
        <message>
            <source>raw: “{raw}”</source>
            <translation>lu : « {raw} »</translation>
        </message>
        <message>
            <source>{action}? Confirm on screen</source>
            <translation>{action} ? Confirmez à l'écran</translation>
        </message>
        <message>
            <source>Set {action}?</source>
            <translation>Passer en {action} ?</translation>
        </message>
        <message>
            <source>Set the return scanned as “{raw}” to {action}?

The scan action stays {action}: every scan asks.</source>
            <translation>Passer en {action} le retour scanné « {raw} » ?

L'action du scan reste {action} : chaque scan le demande.</translation>
        </message>
        <message>
            <source>Set {action}</source>
            <translation>Passer en {action}</translation>
        </message>
        <message>
            <source>Don't change it</source>
            <translation>Ne pas modifier</translation>
        </message>
        <message>
            <source>Nothing to undo</source>
            <translation>Rien à annuler</translation>
        </message>
        <message>
            <source>{s} s ago</source>
            <translation>il y a {s} s</translation>
        </message>
        <message>
            <source>{m} min ago</source>
            <translation>il y a {m} min</translation>
        </message>
        <message>
            <source>Undo an older scan?</source>
            <translation>Annuler un scan plus ancien ?</translation>
        </message>
        <message>
            <source>The last scan was {when}: {pid} set to {new}.

Undo it and set {pid} back to {old}? (Undo takes back a scan of the last {limit} s without asking.)</source>
            <translation>Dernier scan, {when} : {pid} passé à {new}.

L'annuler et remettre {pid} à {old} ? (L'annulation reprend sans demander un scan des {limit} dernières secondes.)</translation>
        </message>
        <message>
            <source>Undo {pid}</source>
            <translation>Annuler {pid}</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Le garder</translation>
        </message>
        <message numerus="yes">
            <source>%n waiting…</source>
            <translation>
                <numerusform>%n en attente…</numerusform>
                <numerusform>%n en attente…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Station settings</source>
            <extracomment>Offered as a starting point: the sandbox's (and REVER's demo) process ids.</extracomment>
            <translation>Paramètres du poste</translation>
        </message>
        <message>
            <source>unchanged (kept in the credential store)</source>
            <translation>inchangée (conservée dans le trousseau)</translation>
        </message>
        <message>
            <source>Set for this run by the environment (wins over what you save here): {names}</source>
            <translation>Fixé pour cette exécution par l'environnement (l'emporte sur ce que vous enregistrez ici) : {names}</translation>
        </message>
        <message>
            <source>e.g. {pattern} (empty: anything)</source>
            <translation>par ex. {pattern} (vide : tout)</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>Consulter</translation>
        </message>
        <message>
            <source>go back to the default action</source>
            <translation>revenir à l'action par défaut</translation>
        </message>
        <message>
            <source>stay, and ask before each scan</source>
            <translation>la garder, et demander avant chaque scan</translation>
        </message>
        <message>
            <source>scan here to try the clean-up</source>
            <translation>scannez ici pour essayer le nettoyage</translation>
        </message>
        <message>
            <source>Play a sound after every scan</source>
            <translation>Jouer un son après chaque scan</translation>
        </message>
        <message>
            <source>at midnight</source>
            <translation>à minuit</translation>
        </message>
        <message>
            <source>when an operator signs in</source>
            <translation>quand un opérateur se connecte</translation>
        </message>
        <message>
            <source>This warehouse (the address on logistic orders)</source>
            <translation>Cet entrepôt (l'adresse des ordres logistiques)</translation>
        </message>
        <message>
            <source>Connection to REVER</source>
            <translation>Connexion à REVER</translation>
        </message>
        <message>
            <source>API &amp;address:</source>
            <translation>&amp;Adresse de l'API :</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>&amp;Clé API :</translation>
        </message>
        <message>
            <source>&amp;E-commerce id:</source>
            <translation>Id &amp;e-commerce :</translation>
        </message>
        <message>
            <source>E-commerce &amp;group:</source>
            <translation>&amp;Groupe e-commerce :</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Station &amp;name:</source>
            <translation>&amp;Nom du poste :</translation>
        </message>
        <message>
            <source>&amp;Operator:</source>
            <translation>&amp;Opérateur :</translation>
        </message>
        <message>
            <source>A shift starts:</source>
            <translation>Un service commence :</translation>
        </message>
        <message>
            <source>Scanner</source>
            <translation>Scanner</translation>
        </message>
        <message>
            <source>Strip &amp;prefix:</source>
            <translation>Retirer le &amp;préfixe :</translation>
        </message>
        <message>
            <source>Strip s&amp;uffix:</source>
            <translation>Retirer le s&amp;uffixe :</translation>
        </message>
        <message>
            <source>Process id &amp;pattern (regex):</source>
            <translation>&amp;Motif de l'identifiant (regex) :</translation>
        </message>
        <message>
            <source>&amp;Default scan action:</source>
            <translation>Action de scan par &amp;défaut :</translation>
        </message>
        <message>
            <source>After a CANCELED or ERROR scan:</source>
            <translation>Après un scan CANCELED ou ERROR :</translation>
        </message>
        <message>
            <source>&amp;Try:</source>
            <translation>Es&amp;sayer :</translation>
        </message>
        <message>
            <source>The pattern is not valid: {error}</source>
            <translation>Le motif n'est pas valide : {error}</translation>
        </message>
        <message>
            <source>✔ process id “{pid}”</source>
            <translation>✔ identifiant « {pid} »</translation>
        </message>
        <message>
            <source>✖ not a process id (“{raw}”)</source>
            <translation>✖ pas un identifiant (« {raw} »)</translation>
        </message>
        <message>
            <source>Set the API address before the key.</source>
            <translation>Indiquez l'adresse de l'API avant la clé.</translation>
        </message>
    </context>
    <context>
        <name>ShelfBanner</name>
        <message>
            <source>See the shelf</source>
            <extracomment>Outcomes come one per change: the shelf is read again at most this often. What another process was refused shows this soon at the latest.</extracomment>
            <translation>Voir l'étagère</translation>
        </message>
        <message>
            <source>REVER refused {pid} — pull the parcel back; see the shelf</source>
            <translation>REVER a refusé {pid} — retirez le colis ; voir l'étagère</translation>
        </message>
        <message>
            <source>REVER refused {pid} — pull the parcel back</source>
            <translation>REVER a refusé {pid} — retirez le colis</translation>
        </message>
        <message>
            <source>Refused: {pid}</source>
            <translation>Refusé : {pid}</translation>
        </message>
        <message numerus="yes">
            <source>%n more on the shelf</source>
            <translation>
                <numerusform>%n autre sur l'étagère</numerusform>
                <numerusform>%n autres sur l'étagère</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShelfModel</name>
        <message>
            <source>Process</source>
            <extracomment>The ShelfItem itself, for the view and tests.</extracomment>
            <translation>Process</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>REVER said</source>
            <translation>Réponse de REVER</translation>
        </message>
        <message>
            <source>Scanned at</source>
            <translation>Scanné à</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
    </context>
    <context>
        <name>ShelfView</name>
        <message>
            <source>Parcels to pull back</source>
            <extracomment>Outcomes arrive one per change: the table is read again at most this often.</extracomment>
            <translation>Colis à retirer</translation>
        </message>
        <message>
            <source>REVER refused these scans after the station had said “queued”: the parcels went on with the received ones. Find each one and do what the last column says.</source>
            <translation>REVER a refusé ces scans après que le poste a indiqué « en attente » : les colis sont partis avec les colis reçus. Retrouvez chacun et faites ce qu'indique la dernière colonne.</translation>
        </message>
        <message>
            <source>&amp;Retry selected</source>
            <translation>&amp;Réessayer la sélection</translation>
        </message>
        <message>
            <source>Send the selected changes again: only those a retry can help (not a cancelled or unknown return)</source>
            <translation>Renvoyer les modifications sélectionnées : seulement celles qu'un nouvel essai peut sauver (pas un retour annulé ou inconnu)</translation>
        </message>
        <message>
            <source>&amp;Pulled back</source>
            <translation>Re&amp;tirés</translation>
        </message>
        <message>
            <source>The selected parcels were pulled back: take them off the shelf (their refused change is dropped; the history keeps a record of each)</source>
            <translation>Les colis sélectionnés ont été retirés : enlevez-les de l'étagère (leur modification refusée est abandonnée ; l'historique garde une trace de chacun)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>{n} parcel(s) to pull back</source>
            <translation>{n} colis à retirer</translation>
        </message>
        <message>
            <source>Nothing to pull back.</source>
            <translation>Rien à retirer.</translation>
        </message>
        <message>
            <source>{n} change(s) will be sent again.</source>
            <translation>{n} modification(s) seront renvoyée(s).</translation>
        </message>
        <message>
            <source>{n} cannot succeed by retrying: see what to do.</source>
            <translation>{n} ne peuvent pas aboutir par un nouvel essai : voyez que faire.</translation>
        </message>
        <message>
            <source>{n} parcel(s) taken off the shelf.</source>
            <translation>{n} colis enlevé(s) de l'étagère.</translation>
        </message>
    </context>
    <context>
        <name>ShiftActions</name>
        <message>
            <source>Sign &amp;in as operator…</source>
            <extracomment>Neither is taken by QLineEdit (the scan box has the focus all day), unlike Ctrl+U or Ctrl+K, which it keeps for itself on Linux. Given by the window: prints again the label of a history print event.</extracomment>
            <translation>Se &amp;connecter comme opérateur…</translation>
        </message>
        <message>
            <source>&amp;Outbox: changes not sent yet…</source>
            <translation>&amp;Boîte d'envoi : modifications non envoyées…</translation>
        </message>
        <message>
            <source>Parcels to &amp;pull back…</source>
            <translation>Colis à &amp;retirer…</translation>
        </message>
        <message>
            <source>&amp;History and shift summary…</source>
            <extracomment>The red strip while parcels wait to be pulled back.</extracomment>
            <translation>&amp;Historique et bilan du service…</translation>
        </message>
        <message>
            <source>Shi&amp;ft</source>
            <extracomment>"Scanned this shift", kept true to the audit log.</extracomment>
            <translation>Ser&amp;vice</translation>
        </message>
        <message>
            <source>Signed in as {name} for now; not saved for the next start: {why}</source>
            <translation>Connecté comme {name} pour cette fois ; non enregistré pour le prochain démarrage : {why}</translation>
        </message>
        <message>
            <source>Signed in as {name}.</source>
            <translation>Connecté comme {name}.</translation>
        </message>
    </context>
    <context>
        <name>ShiftCountLabel</name>
        <message numerus="yes">
            <source>Scanned this shift: %n</source>
            <extracomment>Outcomes come one per change (a thousand in a flush): the count is read again at most this often. What another process on the data folder delivered (``revdesk outbox flush``) and the shift that starts at midnight are seen this often at the latest.</extracomment>
            <translation>
                <numerusform>Scannés pendant le service : %n</numerusform>
                <numerusform>Scannés pendant le service : %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Parcels whose scan REVER confirmed since the shift started, undone ones excluded (the shift summary in Shift → History says the same).</source>
            <translation>Colis dont REVER a confirmé le scan depuis le début du service, hors annulations (le bilan dans Service → Historique indique la même chose).</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Touche</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Ce qu'elle fait</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Who is working at this station?</source>
            <translation>Qui travaille à ce poste ?</translation>
        </message>
        <message>
            <source>Your name (recorded with everything done at this station from now on):</source>
            <translation>Votre nom (enregistré avec tout ce qui se fait à ce poste à partir de maintenant) :</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <source>“{text}” is a parcel's barcode, not a name: nobody was signed in. Type your name:</source>
            <translation>« {text} » est le code-barres d'un colis, pas un nom : personne n'a été connecté. Tapez votre nom :</translation>
        </message>
    </context>
    <context>
        <name>StationActions</name>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Mute sounds</source>
            <translation>Couper les &amp;sons</translation>
        </message>
        <message>
            <source>Reset the shift &amp;counter</source>
            <translation>Remettre le &amp;compteur à zéro</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About revdesk</source>
            <translation>À &amp;propos de revdesk</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>&amp;Station</source>
            <translation>&amp;Poste</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
    </context>
    <context>
        <name>StationHeader</name>
        <message>
            <source>SANDBOX — practice data. Nothing you scan here changes a real return in REVER.</source>
            <extracomment>The queued/failed counter was clicked: show the outbox. The operator name was clicked: the next operator signs in.</extracomment>
            <translation>ESSAI — données d'entraînement. Rien de ce que vous scannez ici ne modifie un vrai retour dans REVER.</translation>
        </message>
        <message>
            <source>SANDBOX — practice data: nothing here changes REVER.</source>
            <translation>ESSAI — données d'entraînement : rien ici ne modifie REVER.</translation>
        </message>
        <message>
            <source>SANDBOX — practice data</source>
            <translation>ESSAI — données d'entraînement</translation>
        </message>
        <message>
            <source>SANDBOX</source>
            <translation>ESSAI</translation>
        </message>
        <message>
            <source>Click to sign in with your name</source>
            <translation>Cliquez pour vous connecter avec votre nom</translation>
        </message>
        <message>
            <source>Click to see the changes waiting to be sent</source>
            <translation>Cliquez pour voir les modifications en attente d'envoi</translation>
        </message>
        <message>
            <source>no e-commerce set</source>
            <translation>aucun e-commerce</translation>
        </message>
        <message>
            <source>station {name}</source>
            <translation>poste {name}</translation>
        </message>
        <message>
            <source>operator {name}</source>
            <translation>opérateur {name}</translation>
        </message>
        <message>
            <source>no operator: click to sign in</source>
            <translation>aucun opérateur : cliquez pour vous connecter</translation>
        </message>
        <message>
            <source>sign in</source>
            <translation>se connecter</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>connexion…</translation>
        </message>
        <message>
            <source>online</source>
            <translation>en ligne</translation>
        </message>
        <message>
            <source>OFFLINE</source>
            <translation>HORS LIGNE</translation>
        </message>
        <message>
            <source>API KEY REFUSED</source>
            <translation>CLÉ API REFUSÉE</translation>
        </message>
        <message>
            <source>NOT CONFIGURED</source>
            <translation>NON CONFIGURÉ</translation>
        </message>
        <message>
            <source>REVER'S CERTIFICATE IS NOT VALID</source>
            <translation>LE CERTIFICAT DE REVER N'EST PAS VALIDE</translation>
        </message>
        <message numerus="yes">
            <source>%n queued</source>
            <translation>
                <numerusform>%n en attente</numerusform>
                <numerusform>%n en attente</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n en échec</numerusform>
                <numerusform>%n en échec</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StationStatus</name>
        <message>
            <source>Send queued changes now</source>
            <extracomment>"Send queued changes now" (Ctrl+Shift+O), whatever the backoff says.</extracomment>
            <translation>Envoyer maintenant les modifications en attente</translation>
        </message>
        <message>
            <source>Connection check</source>
            <translation>Vérification de la connexion</translation>
        </message>
    </context>
    <context>
        <name>SummaryModel</name>
        <message>
            <source>Hour</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <source>The printer does not accept this label size.</source>
            <extracomment>A label within this much of the page size counts as fitting (rounding in mm sizes). The job's name in the print queue ("RP-100042 intake label"). Names of labels that were too large for the page at true size and were scaled down. What was printed, for the operator's message: the role and the returns. The printer in the operator's words ("Zebra-1"), or the files written.</extracomment>
            <translation>L'imprimante n'accepte pas ce format d'étiquette.</translation>
        </message>
        <message>
            <source>There is nothing to print.</source>
            <translation>Il n'y a rien à imprimer.</translation>
        </message>
        <message>
            <source>The label printer could not be started. Check that it is on and connected, or choose the label printer again.</source>
            <translation>Impossible de démarrer l'imprimante d'étiquettes. Vérifiez qu'elle est allumée et connectée, ou choisissez-la à nouveau.</translation>
        </message>
        <message>
            <source>The label job could not be written whole (is the disk full, or the printer gone?): check what printed.</source>
            <translation>Le travail d'impression n'a pas pu être écrit en entier (disque plein ou imprimante absente ?) : vérifiez ce qui est sorti.</translation>
        </message>
        <message>
            <source>The label PDF does not open.</source>
            <translation>Le PDF de l'étiquette ne s'ouvre pas.</translation>
        </message>
        <message>
            <source>The label image does not open.</source>
            <translation>L'image de l'étiquette ne s'ouvre pas.</translation>
        </message>
        <message>
            <source>The label folder {folder} is not there (a drive not connected?): nothing was saved.</source>
            <translation>Le dossier d'étiquettes {folder} est introuvable (lecteur non connecté ?) : rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>The label could not be saved as {path}: the file came out incomplete (is the disk full?). Nothing was replaced.</source>
            <translation>Impossible d'enregistrer l'étiquette sous {path} : le fichier est incomplet (disque plein ?). Rien n'a été remplacé.</translation>
        </message>
        <message>
            <source>The label could not be saved as {path}: {why}.</source>
            <translation>Impossible d'enregistrer l'étiquette sous {path} : {why}.</translation>
        </message>
        <message>
            <source>The label file is incomplete.</source>
            <translation>Le fichier de l'étiquette est incomplet.</translation>
        </message>
    </context>
</TS>
