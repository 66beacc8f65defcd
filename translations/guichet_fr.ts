<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>guichet::AgentNetworkModel</name>
    <message>
        <source>Substitute pool</source>
        <translation>Pool de remplaçants</translation>
    </message>
    <message>
        <source>%1 (this site)</source>
        <translation>%1 (ce site)</translation>
    </message>
    <message>
        <source>Ask the pool&apos;s coordinator</source>
        <translation>Voir avec la coordination du pool</translation>
    </message>
    <message>
        <source>On duty now</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Site closed now</source>
        <translation>Site fermé en ce moment</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En ce moment</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>guichet::AgentNetworkPanel</name>
    <message>
        <source>Call this a&amp;gent</source>
        <translation>Appel&amp;er cet agent</translation>
    </message>
    <message>
        <source>Agents of the city who speak the language</source>
        <translation>Agents de la ville qui parlent la langue</translation>
    </message>
    <message>
        <source>This site&apos;s agents first, then the other sites&apos; and the substitute pool</source>
        <translation>Les agents de ce site d&apos;abord, puis ceux des autres sites et le pool de remplaçants</translation>
    </message>
    <message>
        <source>Call the selected agent</source>
        <translation>Appeler l&apos;agent sélectionné</translation>
    </message>
    <message>
        <source>Agents of the &amp;city who speak the language</source>
        <translation>Agents de la v&amp;ille qui parlent la langue</translation>
    </message>
    <message>
        <source>Agents of the &amp;city who speak %1</source>
        <translation>Agents de la v&amp;ille qui parlent %1</translation>
    </message>
    <message>
        <source>No agent of the city is known to speak it.</source>
        <translation>Aucun agent de la ville n&apos;est connu pour la parler.</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentCalendar</name>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Documents to bring:</source>
        <translation>Pièces à apporter :</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentDayModel</name>
    <message>
        <source>Reference %1</source>
        <translation>Référence %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Usager</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Interpreter: %1</source>
        <translation>Interprète : %1</translation>
    </message>
    <message>
        <source>Sign language (LSF)</source>
        <translation>Langue des signes (LSF)</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Accès fauteuil roulant</translation>
    </message>
    <message>
        <source>%1, late %2 min</source>
        <extracomment>A status, then how late the visitor is: &quot;Booked, late 25 min&quot;</extracomment>
        <translation>%1, en retard de %2 min</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentDetailsPane</name>
    <message>
        <source>Appointment details</source>
        <translation>Détails du rendez-vous</translation>
    </message>
    <message>
        <source>Select an appointment to see the visitor&apos;s details and the documents to bring.</source>
        <translation>Sélectionnez un rendez-vous pour voir les coordonnées de l&apos;usager et les pièces à fournir.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Prise de rendez-vous</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Pièces à fournir</translation>
    </message>
    <message>
        <source>No appointment selected</source>
        <translation>Aucun rendez-vous sélectionné</translation>
    </message>
    <message>
        <source>Visitor: %1</source>
        <translation>Usager : %1</translation>
    </message>
    <message>
        <source>%1, %2–%3 (counter %4)</source>
        <translation>%1, %2–%3 (guichet %4)</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>au guichet</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>%1, on %2, reference %3</source>
        <translation>%1, le %2, référence %3</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>aucune remarque</translation>
    </message>
    <message>
        <source>nothing in particular</source>
        <translation>rien de particulier</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>%1 (the server has not confirmed it yet)</source>
        <translation>%1 (pas encore confirmé par le serveur)</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>none (no phone number)</source>
        <translation>aucun (pas de numéro de téléphone)</translation>
    </message>
    <message>
        <source>none (not wanted)</source>
        <translation>aucun (refusé par l&apos;usager)</translation>
    </message>
    <message>
        <source>Confirmation: %1 · Reminder: %2</source>
        <translation>Confirmation : %1 · Rappel : %2</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentPrompts</name>
    <message>
        <source>Cancel the appointment?</source>
        <translation>Annuler le rendez-vous ?</translation>
    </message>
    <message>
        <source>Cancel the appointment of %1 on %2 at %3 (%4)? The slot is freed for someone else.</source>
        <translation>Annuler le rendez-vous de %1 le %2 à %3 (%4) ? Le créneau est libéré pour quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) expected who did not come will be marked no-show.</source>
        <translation>
            <numerusform>%n usager attendu et non venu sera marqué absent.</numerusform>
            <numerusform>%n usagers attendus et non venus seront marqués absents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) who came will be marked done.</source>
        <translation>
            <numerusform>%n usager venu sera marqué terminé.</numerusform>
            <numerusform>%n usagers venus seront marqués terminés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) still to come stay as they are.</source>
        <translation>
            <numerusform>%n rendez-vous à venir reste tel quel.</numerusform>
            <numerusform>%n rendez-vous à venir restent tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the day?</source>
        <translation>Clôturer la journée ?</translation>
    </message>
    <message>
        <source>Close %1 at %2?</source>
        <translation>Clôturer le %1 à %2 ?</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Clôturer la journée</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentRepository</name>
    <message>
        <source>This appointment is not in the local store (%1): it may have been deleted. Refresh the day and try again.</source>
        <translation>Ce rendez-vous est introuvable dans la base locale (%1) : il a peut-être été supprimé. Actualisez la journée et réessayez.</translation>
    </message>
    <message>
        <source>An appointment marked “%1” cannot be marked “%2”.</source>
        <translation>Un rendez-vous « %1 » ne peut pas passer à « %2 ».</translation>
    </message>
    <message>
        <source>The agent signed in at this counter is unknown to the local store: sign in again.</source>
        <translation>L&apos;agent connecté à ce guichet est inconnu de la base locale : reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentSlip</name>
    <message>
        <source>Appointment confirmation</source>
        <translation>Confirmation de rendez-vous</translation>
    </message>
    <message>
        <source>To be confirmed: you will be told as soon as this appointment is confirmed.</source>
        <translation>À confirmer : vous serez prévenu dès que ce rendez-vous sera confirmé.</translation>
    </message>
    <message>
        <source>This appointment has been cancelled.</source>
        <translation>Ce rendez-vous a été annulé.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Votre référence</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Pièces à apporter</translation>
    </message>
    <message>
        <source>A question, or unable to come? Call %1.</source>
        <translation>Une question, un empêchement ? Appelez le %1.</translation>
    </message>
    <message>
        <source>Scan this code to add the appointment to your calendar</source>
        <translation>Scannez ce code pour ajouter le rendez-vous à votre agenda</translation>
    </message>
    <message>
        <source>Appointment %1</source>
        <translation>Rendez-vous %1</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentStatus</name>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>To be confirmed</source>
        <translation>À confirmer</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentWeekModel</name>
    <message>
        <source>Public holiday: %1</source>
        <translation>Jour férié : %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Fermé : %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, %2:00–%3:00</source>
        <translation>%1, %2 h – %3 h</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free</source>
        <translation>
            <numerusform>%n place libre</numerusform>
            <numerusform>%n places libres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3 (%4)</source>
        <translation>%1 %2 — %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2:00: %n appointment(s)</source>
        <translation>
            <numerusform>%1 à %2 h : %n rendez-vous</numerusform>
            <numerusform>%1 à %2 h : %n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentWeekView</name>
    <message>
        <source>Appointments of the week</source>
        <translation>Rendez-vous de la semaine</translation>
    </message>
    <message>
        <source>Appointments booked against places open, by day and hour. Enter opens the day.</source>
        <translation>Rendez-vous pris sur les places ouvertes, par jour et par heure. Entrée ouvre la journée.</translation>
    </message>
</context>
<context>
    <name>guichet::AppointmentsArea</name>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Back to booked</source>
        <translation>Remettre à « Réservé »</translation>
    </message>
    <message>
        <source>The visitor has arrived (Ctrl+Return)</source>
        <translation>L&apos;usager est arrivé (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>The visitor did not come (Ctrl+Shift+N)</source>
        <translation>L&apos;usager ne s&apos;est pas présenté (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>The visitor has been served (Ctrl+Shift+D)</source>
        <translation>L&apos;usager a été reçu (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>Undo an arrival or a no-show marked by mistake</source>
        <translation>Annuler une arrivée ou une absence saisie par erreur</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>Counts of the day</source>
        <translation>Compteurs du jour</translation>
    </message>
    <message>
        <source>Find a visitor in the day&apos;s appointments</source>
        <translation>Rechercher un usager dans les rendez-vous du jour</translation>
    </message>
    <message>
        <source>%1: %2. The change will be sent to the server.</source>
        <translation>%1 : %2. La modification sera envoyée au serveur.</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>La modification n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>No visitor of this day matches the search.</source>
        <translation>Aucun usager du jour ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No appointment on this day.</source>
        <translation>Aucun rendez-vous ce jour-là.</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>No site chosen</source>
        <translation>Aucun site choisi</translation>
    </message>
    <message>
        <source>Booked: %1</source>
        <translation>Réservés : %1</translation>
    </message>
    <message>
        <source>Arrived: %1</source>
        <translation>Arrivés : %1</translation>
    </message>
    <message>
        <source>No-show: %1</source>
        <translation>Absents : %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminés : %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulés : %1</translation>
    </message>
    <message>
        <source>to be confirmed: %1</source>
        <translation>à confirmer : %1</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Imprimer le récapitulatif</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Clôturer la journée</translation>
    </message>
    <message>
        <source>Book an appointment: the earliest free slots at every site (Ctrl+N)</source>
        <translation>Prendre un rendez-vous : les premiers créneaux libres sur tous les sites (Ctrl+N)</translation>
    </message>
    <message>
        <source>Move the selected appointment to another slot (Ctrl+M)</source>
        <translation>Déplacer le rendez-vous choisi sur un autre créneau (Ctrl+M)</translation>
    </message>
    <message>
        <source>Cancel the selected appointment, after a confirmation (Ctrl+Delete)</source>
        <translation>Annuler le rendez-vous choisi, après confirmation (Ctrl+Suppr)</translation>
    </message>
    <message>
        <source>Print the visitor&apos;s slip of the selected appointment (Ctrl+P)</source>
        <translation>Imprimer le récapitulatif de l&apos;usager pour le rendez-vous choisi (Ctrl+P)</translation>
    </message>
    <message>
        <source>End of the day: the visitors who did not come become no-shows, the ones who came are done</source>
        <translation>Fin de journée : les usagers non venus passent en absents, ceux qui sont venus en terminés</translation>
    </message>
    <message>
        <source>The appointment of %1 is cancelled. The change will be sent to the server.</source>
        <translation>Le rendez-vous de %1 est annulé. La modification sera envoyée au serveur.</translation>
    </message>
    <message>
        <source>The appointment was not cancelled: %1</source>
        <translation>Le rendez-vous n&apos;a pas été annulé : %1</translation>
    </message>
    <message>
        <source>Nothing to settle yet: the appointments left are still to come.</source>
        <translation>Rien à clôturer pour l&apos;instant : les rendez-vous restants sont à venir.</translation>
    </message>
    <message>
        <source>Nothing to settle: the day is already closed.</source>
        <translation>Rien à clôturer : la journée est déjà clôturée.</translation>
    </message>
    <message>
        <source>Day closed: %1 no-show(s), %2 done. The changes will be sent to the server.</source>
        <translation>Journée clôturée : %1 absent(s), %2 terminé(s). Les modifications seront envoyées au serveur.</translation>
    </message>
    <message>
        <source>The day was not closed: %1</source>
        <translation>La journée n&apos;a pas été clôturée : %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>The week at a glance: appointments against places, by day and hour; Enter opens a day (Ctrl+Shift+W)</source>
        <translation>La semaine d’un coup d’œil : rendez-vous pris sur les places ouvertes, par jour et par heure ; Entrée ouvre une journée (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Week: %1 appointment(s) for %2 place(s) open</source>
        <translation>Semaine : %1 rendez-vous pour %2 places ouvertes</translation>
    </message>
</context>
<context>
    <name>guichet::ArticleActionsBar</name>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Keep this article among your favourites, at every counter (%1)</source>
        <translation>Garder cet article dans vos favoris, à tous les guichets (%1)</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Utile</translation>
    </message>
    <message>
        <source>This article answered the visitor&apos;s question (%1)</source>
        <translation>Cet article a répondu à la question de l’usager (%1)</translation>
    </message>
    <message>
        <source>Out of date…</source>
        <translation>Obsolète…</translation>
    </message>
    <message>
        <source>Something in this article is wrong or out of date: its owner gets a review task (%1)</source>
        <translation>Quelque chose est faux ou dépassé dans cet article : son responsable reçoit une demande de relecture (%1)</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Write a new article of the city</source>
        <translation>Rédiger un nouvel article de la ville</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change this article (%1)</source>
        <translation>Modifier cet article (%1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The article&apos;s revisions, what changed, and restoring one (%1)</source>
        <translation>Les versions de l’article, ce qui a changé, et en rétablir une (%1)</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Articles past their review date and the agents&apos; review tasks (%1)</source>
        <translation>Articles dont la relecture est dépassée et demandes de relecture des agents (%1)</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favori</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favori</translation>
    </message>
    <message>
        <source>To review (%1)</source>
        <translation>À revoir (%1)</translation>
    </message>
    <message>
        <source>Added to your favourites.</source>
        <translation>Ajouté à vos favoris.</translation>
    </message>
    <message>
        <source>Removed from your favourites.</source>
        <translation>Retiré de vos favoris.</translation>
    </message>
    <message>
        <source>The favourite was not saved: %1</source>
        <translation>Le favori n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Thank you: your feedback will be sent to the server.</source>
        <translation>Merci : votre avis sera envoyé au serveur.</translation>
    </message>
    <message>
        <source>The feedback was not saved: %1</source>
        <translation>L’avis n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>What is wrong or out of date? The article&apos;s owner will review it.</source>
        <translation>Qu’est-ce qui est faux ou dépassé ? Le responsable de l’article le relira.</translation>
    </message>
    <message>
        <source>Thank you: the article&apos;s owner gets a review task (sent at the next sync).</source>
        <translation>Merci : le responsable de l’article reçoit une demande de relecture (envoyée à la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>Article saved. It will be sent to the server.</source>
        <translation>Article enregistré. Il sera envoyé au serveur.</translation>
    </message>
    <message>
        <source>Revision restored. It will be sent to the server.</source>
        <translation>Version rétablie. Elle sera envoyée au serveur.</translation>
    </message>
</context>
<context>
    <name>guichet::ArticleEditing</name>
    <message>
        <source>An article needs a title.</source>
        <translation>Un article doit avoir un titre.</translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation>Le titre est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Le texte est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>A city article is written in Markdown or plain text.</source>
        <translation>Un article de la ville s&apos;écrit en Markdown ou en texte simple.</translation>
    </message>
    <message>
        <source>The article&apos;s owner is not an agent known to this counter.</source>
        <translation>L&apos;agent chargé de l&apos;article n&apos;est pas connu de ce guichet.</translation>
    </message>
    <message>
        <source>This article is not in the local store (%1): it may have been deleted.</source>
        <translation>Cet article est introuvable dans la base locale (%1) : il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Service-Public fiches come from the national import and cannot be edited here: write a city article instead.</source>
        <translation>Les fiches Service-Public viennent de l&apos;import national et ne se modifient pas ici : rédigez plutôt un article de la ville.</translation>
    </message>
    <message>
        <source>Revision %1 of this article is not in the local store.</source>
        <translation>La version %1 de cet article est introuvable dans la base locale.</translation>
    </message>
</context>
<context>
    <name>guichet::ArticleEditorDialog</name>
    <message>
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Edit the article</source>
        <translation>Modifier l’article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What the visitor asks, e.g. &quot;Recensement citoyen à 16 ans&quot;</source>
        <translation>Ce que demande l’usager, par ex. « Recensement citoyen à 16 ans »</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>One sentence shown in the search results</source>
        <translation>Une phrase, affichée dans les résultats de recherche</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Service to send the visitor to</source>
        <translation>Service vers lequel orienter l’usager</translation>
    </message>
    <message>
        <source>e.g. Service de l&apos;état civil</source>
        <translation>par ex. Service de l’état civil</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>e.g. du lundi au vendredi, 8 h 45 – 16 h 45</source>
        <translation>par ex. du lundi au vendredi, 8 h 45 – 16 h 45</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Pièces à apporter</translation>
    </message>
    <message>
        <source>One document per line</source>
        <translation>Une pièce par ligne</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Words agents type, separated by commas</source>
        <translation>Mots que tapent les agents, séparés par des virgules</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Who keeps the article up to date and receives the review tasks</source>
        <translation>Qui tient l’article à jour et reçoit les demandes de relecture</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>À revoir avant le</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Rés&amp;umé :</translation>
    </message>
    <message>
        <source>&amp;Competence:</source>
        <translation>&amp;Compétence :</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>&amp;Orienter vers :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télé&amp;phone :</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Pièces :</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <source>&amp;Review by:</source>
        <translation>À &amp;revoir avant le :</translation>
    </message>
    <message>
        <source>Text of the article (Markdown)</source>
        <translation>Texte de l’article (Markdown)</translation>
    </message>
    <message>
        <source>## Heading

A paragraph.

- a list item</source>
        <translation>## Intertitre

Un paragraphe.

- un élément de liste</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Te&amp;xt (Markdown)</source>
        <translation>Te&amp;xte (Markdown)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the article and a new revision of it (Ctrl+Return)</source>
        <translation>Enregistrer l’article et une nouvelle version (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The article was not saved: %1</source>
        <translation>L’article n’a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>guichet::ArticleEditors</name>
    <message>
        <source>The agent signed in at this counter is unknown to the local store: sign in again.</source>
        <translation>L&apos;agent connecté à ce guichet est inconnu de la base locale : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Only a supervisor can edit articles, verify them or close their review tasks. Give your feedback on the article instead: its owner will review it.</source>
        <translation>Seul un responsable de site peut modifier les articles, les marquer vérifiés ou clore leurs demandes de relecture. Donnez plutôt votre avis sur l&apos;article : l&apos;agent qui en est chargé le relira.</translation>
    </message>
</context>
<context>
    <name>guichet::ArticleFavourites</name>
    <message>
        <source>This article is not in the local store (%1): it may have been deleted.</source>
        <translation>Cet article est introuvable dans la base locale (%1) : il a peut-être été supprimé.</translation>
    </message>
</context>
<context>
    <name>guichet::ArticleFeedbackService</name>
    <message>
        <source>The comment is too long (at most %1 characters).</source>
        <translation>Le commentaire est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>This article is not in the local store (%1): it may have been deleted.</source>
        <translation>Cet article est introuvable dans la base locale (%1) : il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>La note est trop longue (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>This review task is not in the local store (%1).</source>
        <translation>Cette demande de relecture est introuvable dans la base locale (%1).</translation>
    </message>
    <message>
        <source>This review task was already closed by %1.</source>
        <translation>Cette demande de relecture a déjà été close par %1.</translation>
    </message>
</context>
<context>
    <name>guichet::ArticleHistory</name>
    <message>
        <source>Revision %1 of this article is not in the local store.</source>
        <translation>La version %1 de cet article est introuvable dans la base locale.</translation>
    </message>
</context>
<context>
    <name>guichet::ArticleHistoryDialog</name>
    <message>
        <source>History of the article</source>
        <translation>Historique de l’article</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Changes in this revision</source>
        <translation>Modifications de cette version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Restore this revision</source>
        <translation>&amp;Rétablir cette version</translation>
    </message>
    <message>
        <source>Restore this revision</source>
        <translation>Rétablir cette version</translation>
    </message>
    <message>
        <source>Bring back this revision&apos;s content as a new revision (Ctrl+R)</source>
        <translation>Reprendre le contenu de cette version dans une nouvelle version (Ctrl+R)</translation>
    </message>
    <message>
        <source>Restore the revision?</source>
        <translation>Rétablir la version ?</translation>
    </message>
    <message>
        <source>The article gets the content of revision %1 back, as a new revision. Nothing is lost.</source>
        <translation>L’article reprend le contenu de la version %1, dans une nouvelle version. Rien n’est perdu.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Rédigé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Revision %1 restored</source>
        <translation>Version %1 rétablie</translation>
    </message>
    <message>
        <source>Before the first change</source>
        <translation>Avant la première modification</translation>
    </message>
    <message>
        <source>not yet sent</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>&lt;p&gt;This article has no history yet: it has not been changed at a counter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cet article n’a pas encore d’historique : il n’a jamais été modifié à un guichet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;First revision&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Première version&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes from revision %1 to %2</source>
        <translation>Modifications de la version %1 à la version %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Same content as the revision before.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Même contenu que la version précédente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Other fields changed: %1</source>
        <translation>Autres champs modifiés : %1</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <source>The revision was not restored: %1</source>
        <translation>La version n’a pas été rétablie : %1</translation>
    </message>
</context>
<context>
    <name>guichet::ArticleHtml</name>
    <message>
        <source>Service-Public.fr fiche %1</source>
        <translation>Fiche Service-Public.fr %1</translation>
    </message>
    <message>
        <source>City article</source>
        <translation>Article de la Ville</translation>
    </message>
    <message>
        <source>updated on %1</source>
        <translation>mise à jour du %1</translation>
    </message>
    <message>
        <source>checked on %1</source>
        <translation>vérifié le %1</translation>
    </message>
    <message>
        <source>review due %1</source>
        <translation>à revoir avant le %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Competence:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Compétence :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Where to go:</source>
        <translation>Où s&apos;adresser :</translation>
    </message>
    <message>
        <source>Send the visitor to:</source>
        <translation>Orienter l&apos;usager vers :</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Horaires : %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Pièces à fournir</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Voir aussi</translation>
    </message>
    <message>
        <source>To review: due since %1</source>
        <translation>À revoir : échéance dépassée depuis le %1</translation>
    </message>
</context>
<context>
    <name>guichet::ArticleResultDelegate</name>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
</context>
<context>
    <name>guichet::ArticleText</name>
    <message>
        <source>City (Ville)</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Metropolis (Métropole)</source>
        <translation>Métropole</translation>
    </message>
    <message>
        <source>State (État)</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Social action centre (CCAS)</source>
        <translation>Centre communal d&apos;action sociale (CCAS)</translation>
    </message>
    <message>
        <source>Another body</source>
        <translation>Autre organisme</translation>
    </message>
    <message>
        <source>Source: Direction de l&apos;information légale et administrative (DILA) – Service-Public.fr, “Vos droits et démarches” fiches (Particuliers), fiche %1 last updated on %2, reused under the Licence Ouverte / Open Licence 2.0 (Etalab). Content reformatted as plain text (XML tags removed). This reuse does not imply that the DILA or any public body endorses this application.</source>
        <translation>Source : Direction de l&apos;information légale et administrative (DILA) – Service-Public.fr, fiches « Vos droits et démarches » (Particuliers), fiche %1 mise à jour du %2, réutilisée sous Licence Ouverte / Open Licence 2.0 (Etalab). Contenu reformaté en texte brut (balises XML retirées). Cette réutilisation n&apos;implique aucune approbation de l&apos;application par la DILA ni par un autre organisme public.</translation>
    </message>
</context>
<context>
    <name>guichet::ArticleWriter</name>
    <message>
        <source>Could not prepare the article statement</source>
        <translation>Impossible de préparer l&apos;enregistrement des articles</translation>
    </message>
</context>
<context>
    <name>guichet::AttachToRequestDialog</name>
    <message>
        <source>Attach the conversation to a request</source>
        <translation>Joindre la conversation à une demande</translation>
    </message>
    <message numerus="yes">
        <source>The conversation is added to the request&apos;s history as a note (%n part(s)). Nothing else of it is kept.</source>
        <translation>
            <numerusform>La conversation est ajoutée à l&apos;historique de la demande sous forme de note (%n partie). Rien d&apos;autre n&apos;en est gardé.</numerusform>
            <numerusform>La conversation est ajoutée à l&apos;historique de la demande sous forme de notes (%n parties). Rien d&apos;autre n&apos;en est gardé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference of the request</source>
        <translation>Référence de la demande</translation>
    </message>
    <message>
        <source>e.g. M3-2026-004127-K</source>
        <translation>par ex. M3-2026-004127-K</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Joindre</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No request with this reference at this counter.</source>
        <translation>Aucune demande avec cette référence à ce guichet.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 parts were attached.)</source>
        <translation>%1 (%2 parties sur %3 ont été jointes.)</translation>
    </message>
</context>
<context>
    <name>guichet::BookingDialog</name>
    <message>
        <source>Move an appointment</source>
        <translation>Déplacer un rendez-vous</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>The slot %1 has just been taken: choose another one.</source>
        <translation>Le créneau %1 vient d&apos;être pris : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Move the appointment of %1 (%2)</source>
        <translation>Déplacer le rendez-vous de %1 (%2)</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>&amp;Déplacer ici</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>2. Visitor</source>
        <translation>2. Usager</translation>
    </message>
    <message>
        <source>Booking message</source>
        <translation>Message de réservation</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Réserver</translation>
    </message>
    <message>
        <source>Book this slot for the visitor (Enter from the last field, Ctrl+Return)</source>
        <translation>Réserver ce créneau pour l&apos;usager (Entrée depuis le dernier champ, Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without booking (Escape)</source>
        <translation>Fermer sans réserver (Échap)</translation>
    </message>
    <message>
        <source>&amp;Print the slip</source>
        <translation>&amp;Imprimer le récapitulatif</translation>
    </message>
    <message>
        <source>Save as P&amp;DF</source>
        <translation>Enregistrer en P&amp;DF</translation>
    </message>
    <message>
        <source>E&amp;xport .ics</source>
        <translation>E&amp;xporter en .ics</translation>
    </message>
    <message>
        <source>The appointment as a calendar file, for the visitor&apos;s phone or e-mail</source>
        <translation>Le rendez-vous en fichier agenda, pour le téléphone ou l&apos;e-mail de l&apos;usager</translation>
    </message>
    <message>
        <source>Choose the reason first: type a few letters of it.</source>
        <translation>Choisissez d&apos;abord le motif : tapez-en quelques lettres.</translation>
    </message>
    <message>
        <source>Choose a slot first (Enter on a slot of the list).</source>
        <translation>Choisissez d&apos;abord un créneau (Entrée sur un créneau de la liste).</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Non déplacé : %1</translation>
    </message>
    <message>
        <source>The visitor&apos;s name is needed to book.</source>
        <translation>Le nom de l&apos;usager est nécessaire pour réserver.</translation>
    </message>
    <message>
        <source>The phone number is not valid: %1 Correct it, or leave it empty.</source>
        <translation>Le numéro de téléphone n&apos;est pas valide : %1 Corrigez-le ou laissez-le vide.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 already has an appointment for this reason nearby:</source>
        <translation>%1 a déjà un rendez-vous pour ce motif à une date proche :</translation>
    </message>
    <message>
        <source>To book this one as well, press Enter again (“Book anyway”).</source>
        <translation>Pour réserver celui-ci aussi, appuyez de nouveau sur Entrée (« Réserver quand même »).</translation>
    </message>
    <message>
        <source>Book &amp;anyway</source>
        <translation>Réserver &amp;quand même</translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation>Non réservé : %1</translation>
    </message>
    <message>
        <source>Moved: %1, %2.</source>
        <translation>Déplacé : %1, %2.</translation>
    </message>
    <message>
        <source>Booked: %1, %2.</source>
        <translation>Réservé : %1, %2.</translation>
    </message>
    <message>
        <source>Reference %1 · Status: %2</source>
        <translation>Référence %1 · Statut : %2</translation>
    </message>
    <message>
        <source>To be confirmed by the server: it will be as soon as the counter is online, then the SMS goes.</source>
        <translation>À confirmer par le serveur : il le sera dès que le guichet sera en ligne, puis le SMS partira.</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>Rendez-vous déplacé</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Rendez-vous réservé</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>%1 moved to %2. The change will be sent to the server.</source>
        <translation>%1 déplacé au %2. La modification sera envoyée au serveur.</translation>
    </message>
    <message>
        <source>%1 booked for %2 (%3). It will be sent to the server.</source>
        <translation>%1 réservé pour le %2 (%3). Il sera envoyé au serveur.</translation>
    </message>
</context>
<context>
    <name>guichet::BookingService</name>
    <message>
        <source>The visitor&apos;s name is needed to book.</source>
        <translation>Le nom de l&apos;usager est nécessaire pour réserver.</translation>
    </message>
    <message>
        <source>The visitor&apos;s name is too long (at most 200 characters).</source>
        <translation>Le nom de l&apos;usager est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>The phone number “%1” is not valid: %2</source>
        <translation>Le numéro de téléphone « %1 » n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>The e-mail address “%1” is not valid.</source>
        <translation>L&apos;adresse e-mail « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This visitor already has %1 appointment(s) for “%2” within %3 days, the most this reason allows.</source>
        <translation>Cet usager a déjà %1 rendez-vous pour « %2 » sur %3 jours, le maximum que ce motif permet.</translation>
    </message>
    <message>
        <source>This slot is full (%1 of %2 taken): choose another one.</source>
        <translation>Ce créneau est complet (%1 sur %2 pris) : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The agent signed in at this counter is unknown to the local store: sign in again.</source>
        <translation>L&apos;agent connecté à ce guichet est inconnu de la base locale : reconnectez-vous.</translation>
    </message>
    <message>
        <source>This appointment is not in the local store (%1).</source>
        <translation>Ce rendez-vous n&apos;est pas dans la base locale (%1).</translation>
    </message>
    <message>
        <source>Only an appointment still to come can be moved.</source>
        <translation>Seul un rendez-vous à venir peut être déplacé.</translation>
    </message>
</context>
<context>
    <name>guichet::CallAlternativesPanel</name>
    <message>
        <source>&amp;Book an appointment with an interpreter</source>
        <translation>Prendre ren&amp;dez-vous avec un interprète</translation>
    </message>
    <message>
        <source>Written c&amp;onversation</source>
        <translation>C&amp;onversation écrite</translation>
    </message>
    <message>
        <source>What to do instead</source>
        <translation>Que faire à la place</translation>
    </message>
    <message>
        <source>Number to dial from the desk phone</source>
        <translation>Numéro à composer depuis le téléphone du guichet</translation>
    </message>
    <message>
        <source>Opens a new appointment with the need for an interpreter and the visitor&apos;s language</source>
        <translation>Ouvre un nouveau rendez-vous avec le besoin d&apos;interprète et la langue de l&apos;usager</translation>
    </message>
    <message>
        <source>Agent and visitor write to each other on the visitor screen; works offline</source>
        <translation>L&apos;agent et l&apos;usager s&apos;écrivent sur l&apos;écran usager ; fonctionne hors ligne</translation>
    </message>
    <message>
        <source>The counter is offline: video links, SIP lines and online services cannot be reached.</source>
        <translation>Le guichet est hors ligne : les liens visio, les lignes SIP et les services en ligne sont injoignables.</translation>
    </message>
    <message>
        <source>%1 is closed now; it opens again %2.</source>
        <translation>%1 est fermé en ce moment ; réouverture %2.</translation>
    </message>
    <message>
        <source>%1 is closed now.</source>
        <translation>%1 est fermé en ce moment.</translation>
    </message>
    <message>
        <source>No service can be called for this need from this site.</source>
        <translation>Aucun service ne peut être appelé pour ce besoin depuis ce site.</translation>
    </message>
    <message>
        <source>From the desk phone: dial %1 (%2)</source>
        <translation>Depuis le téléphone du guichet : composer le %1 (%2)</translation>
    </message>
</context>
<context>
    <name>guichet::CallFiguresDialog</name>
    <message>
        <source>Only a supervisor or an administrator can see the interpreter call figures. Ask your supervisor if you need them.</source>
        <translation>Seul un responsable ou un administrateur peut voir les chiffres des appels d&apos;interprétariat. Demandez-les à votre responsable si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Interpreter calls: figures</source>
        <translation>Appels d&apos;interprétariat : chiffres</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Group the calls by</source>
        <translation>Regrouper les appels par</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Regrouper par :</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À &amp;partir du :</translation>
    </message>
    <message>
        <source>Every site</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite :</translation>
    </message>
    <message>
        <source>Interpreter calls</source>
        <translation>Appels d&apos;interprétariat</translation>
    </message>
    <message>
        <source>One row per group, the most calls first.</source>
        <translation>Une ligne par groupe, les plus nombreux d&apos;abord.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>Save the table as a CSV file, for the city&apos;s observatory</source>
        <translation>Enregistrer le tableau dans un fichier CSV, pour l&apos;observatoire de la ville</translation>
    </message>
    <message>
        <source>The first day comes after the last day: choose a range in order.</source>
        <translation>Le premier jour est après le dernier : choisissez une période dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>No interpreter call was logged over these days.</source>
        <translation>Aucun appel d&apos;interprétariat n&apos;a été enregistré sur ces jours.</translation>
    </message>
    <message>
        <source>Total: %1, %2 % reached someone; %3 minutes in all, median %4 minutes.</source>
        <translation>Total : %1, %2 % ont abouti ; %3 minutes en tout, médiane %4 minutes.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n appel</numerusform>
            <numerusform>%n appels</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file could not be written (%1): %2</source>
        <translation>Le fichier CSV n&apos;a pas pu être écrit (%1) : %2</translation>
    </message>
    <message>
        <source>interpreter-calls-%1-%2-%3.csv</source>
        <extracomment>Suggested file name of the CSV export: grouping, first day, last day</extracomment>
        <translation>appels-interpretariat-%1-%2-%3.csv</translation>
    </message>
    <message>
        <source>Export the call figures</source>
        <translation>Exporter les chiffres des appels</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>guichet::CallFiguresModel</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Interpreting service</source>
        <translation>Service d&apos;interprétariat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>No language (sign language, transcription)</source>
        <translation>Sans langue (langue des signes, transcription)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A language: its own name — its French name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Sans site</translation>
    </message>
    <message>
        <source>Unknown site (%1)</source>
        <translation>Site inconnu (%1)</translation>
    </message>
    <message>
        <source>No service (a city agent or none)</source>
        <translation>Sans service (un agent de la ville, ou aucun)</translation>
    </message>
    <message>
        <source>Unknown service (%1)</source>
        <translation>Service inconnu (%1)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) reached someone</source>
        <translation>
            <numerusform>%1 appel sur %n a abouti</numerusform>
            <numerusform>%1 appels sur %n ont abouti</numerusform>
        </translation>
    </message>
    <message>
        <source>No call reached anyone</source>
        <translation>Aucun appel n&apos;a abouti</translation>
    </message>
    <message>
        <source>Share of the calls that reached an interpreter (outcome: done)</source>
        <translation>Part des appels qui ont abouti à un interprète (issue : abouti)</translation>
    </message>
    <message>
        <source>Median length of the calls that reached an interpreter</source>
        <translation>Durée médiane des appels qui ont abouti à un interprète</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Aboutis</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Median minutes</source>
        <translation>Minutes (médiane)</translation>
    </message>
</context>
<context>
    <name>guichet::CallInProgressBar</name>
    <message>
        <source>&amp;End call</source>
        <translation>Appel termi&amp;né</translation>
    </message>
    <message>
        <source>No ans&amp;wer</source>
        <translation>Pas de &amp;réponse</translation>
    </message>
    <message>
        <source>Call fa&amp;iled</source>
        <translation>É&amp;chec de l&apos;appel</translation>
    </message>
    <message>
        <source>Call in progress</source>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <source>End the call: the service answered</source>
        <translation>Terminer l&apos;appel : le service a répondu</translation>
    </message>
    <message>
        <source>End the call: nobody answered</source>
        <translation>Terminer l&apos;appel : personne n&apos;a répondu</translation>
    </message>
    <message>
        <source>End the call: it did not work</source>
        <translation>Terminer l&apos;appel : il n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Call in progress with %1 — %2:%3</source>
        <extracomment>A call in progress: with whom, since when (minutes:seconds)</extracomment>
        <translation>Appel en cours avec %1 — %2:%3</translation>
    </message>
</context>
<context>
    <name>guichet::CallLogRepository</name>
    <message>
        <source>Choose the visitor&apos;s language before calling a foreign-language interpreter.</source>
        <translation>Choisissez la langue de l&apos;usager avant d&apos;appeler un interprète en langue étrangère.</translation>
    </message>
    <message>
        <source>A call cannot last a negative time.</source>
        <translation>Un appel ne peut pas avoir une durée négative.</translation>
    </message>
    <message>
        <source>This interpreter service is no longer in the list: the call was not logged.</source>
        <translation>Ce service d&apos;interprétariat ne figure plus dans la liste : l&apos;appel n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>A call lasts between 0 seconds and 8 hours: the call was not updated.</source>
        <translation>Un appel dure entre 0 seconde et 8 heures : l&apos;appel n&apos;a pas été mis à jour.</translation>
    </message>
    <message>
        <source>This call is not in the log of this counter.</source>
        <translation>Cet appel ne figure pas dans le journal de ce guichet.</translation>
    </message>
</context>
<context>
    <name>guichet::ClearButton</name>
    <message>
        <source>Clear the text</source>
        <translation>Effacer le texte</translation>
    </message>
</context>
<context>
    <name>guichet::ConflictListModel</name>
    <message>
        <source>When</source>
        <translation>Refusée le</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Message du serveur</translation>
    </message>
</context>
<context>
    <name>guichet::ConflictRepository</name>
    <message>
        <source>This refused change is no longer waiting (%1): refresh the list.</source>
        <translation>Cette modification refusée n&apos;est plus en attente (%1) : actualisez la liste.</translation>
    </message>
    <message>
        <source>This counter does not know records of the kind “%1”: the change cannot be sent again.</source>
        <translation>Ce poste ne connaît pas les enregistrements de type « %1 » : la modification ne peut pas être renvoyée.</translation>
    </message>
</context>
<context>
    <name>guichet::ConversationTranscript</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Usager</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>One line of the written conversation attached to a request: time, speaker, text. French puts a space before the colon: &quot;%1 %2 : %3&quot;.</extracomment>
        <translation>%1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>guichet::CounterStatusBar</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Last synchronisation</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent : %1</translation>
    </message>
    <message>
        <source>Local store unavailable</source>
        <translation>Stockage local indisponible</translation>
    </message>
    <message>
        <source>Offline (local store only)</source>
        <translation>Hors ligne (stockage local seul)</translation>
    </message>
    <message>
        <source>Everything is saved on this counter and will be sent once a server is configured.</source>
        <translation>Tout est enregistré sur ce poste et sera envoyé dès qu&apos;un serveur sera configuré.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused changes to handle</source>
        <translation>Modifications refusées à traiter</translation>
    </message>
    <message>
        <source>Changes the server refused: open the list to retry or dismiss them (Ctrl+Shift+T)</source>
        <translation>Modifications refusées par le serveur : ouvrir la liste pour les renvoyer ou les abandonner (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a date, then a time of day</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Nobody is signed in to the server: changes stay on this counter until an agent signs in (Ctrl+L).</source>
        <translation>Personne n&apos;est connecté au serveur : les modifications restent sur ce poste jusqu&apos;à ce qu&apos;un agent se connecte (Ctrl+L).</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Connected to the server: changes are sent as they are made.</source>
        <translation>Connecté au serveur : les modifications sont envoyées au fur et à mesure.</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sending this counter&apos;s changes and receiving the others&apos;.</source>
        <translation>Envoi des modifications de ce poste et réception de celles des autres guichets.</translation>
    </message>
    <message>
        <source>Offline – next try at %1</source>
        <translation>Hors ligne – nouvel essai à %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The server cannot be reached. Everything is kept on this counter and sent automatically once it answers.</source>
        <translation>Le serveur est injoignable. Tout est conservé sur ce poste et sera envoyé automatiquement dès qu&apos;il répondra.</translation>
    </message>
    <message>
        <source>Synchronisation error: %1</source>
        <translation>Erreur de synchronisation : %1</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Nouvel essai à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n to handle</source>
        <translation>
            <numerusform>%n à traiter</numerusform>
            <numerusform>%n à traiter</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synchronisation: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Last synchronisation: never</source>
        <translation>Dernière synchronisation : jamais</translation>
    </message>
    <message>
        <source>Not synchronising</source>
        <translation>Synchronisation arrêtée</translation>
    </message>
    <message>
        <source>This counter is not synchronising at the moment: changes are kept here and will be sent once it does.</source>
        <translation>Ce poste ne se synchronise pas pour le moment : les modifications sont conservées ici et seront envoyées dès que la synchronisation reprendra.</translation>
    </message>
</context>
<context>
    <name>guichet::DemoCity</name>
    <message>
        <source>This store already holds a city: the demo city is only created in an empty store.</source>
        <translation>Ce stockage contient déjà une ville : la ville de démonstration ne se crée que dans un stockage vide.</translation>
    </message>
    <message>
        <source>no Service-Public folder was given</source>
        <translation>aucun dossier Service-Public n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>%1 is absent</source>
        <translation>%1 est absent</translation>
    </message>
</context>
<context>
    <name>guichet::DeskLauncher</name>
    <message>
        <source>Guichet cannot start</source>
        <translation>Guichet ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Local store repaired</source>
        <translation>Stockage local réparé</translation>
    </message>
    <message numerus="yes">
        <source>The local store was damaged. It was set aside as %1 and rebuilt; the %n change(s) not yet sent were kept.</source>
        <translation>
            <numerusform>Le stockage local était endommagé. Il a été mis de côté sous %1 et reconstruit ; la modification non encore envoyée a été conservée (%n).</numerusform>
            <numerusform>Le stockage local était endommagé. Il a été mis de côté sous %1 et reconstruit ; les %n modifications non encore envoyées ont été conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the demo city and its knowledge base…</source>
        <translation>Préparation de la ville de démonstration et de sa base de connaissances…</translation>
    </message>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>There is no site with the code %1.</source>
        <translation>Aucun site n&apos;a le code %1.</translation>
    </message>
    <message>
        <source>Unknown area &apos;%1&apos;.</source>
        <translation>Espace inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The local store is damaged</source>
        <translation>Le stockage local est endommagé</translation>
    </message>
    <message>
        <source>The check of this counter&apos;s local store found damage. Guichet will repair it at the next start, keeping every change not yet sent. Please restart Guichet as soon as the visitor in front of you has been served.</source>
        <translation>La vérification du stockage local de ce poste a trouvé des dommages. Guichet le réparera au prochain démarrage, en conservant toutes les modifications non encore envoyées. Redémarrez Guichet dès que l&apos;usager en face de vous aura été servi.</translation>
    </message>
    <message>
        <source>The damaged file could not be read at all: changes made on this counter and not yet sent may be missing. Keep the damaged file for the IT department.</source>
        <translation>Le fichier endommagé n&apos;a pas pu être lu du tout : des modifications faites sur ce poste et non encore envoyées peuvent manquer. Conservez le fichier endommagé pour le service informatique.</translation>
    </message>
</context>
<context>
    <name>guichet::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>guichet::FreeSlotListModel</name>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Demain, %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A day of the slot list: the weekday, then &quot;23 November&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Free places of a slot: &quot;1 of 2&quot; counters still free</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free at this time</source>
        <translation>
            <numerusform>%n place libre à cette heure</numerusform>
            <numerusform>%n places libres à cette heure</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Places libres</translation>
    </message>
</context>
<context>
    <name>guichet::HoursEditor</name>
    <message>
        <source>No hours given: the service can be called at any time.</source>
        <translation>Aucun horaire : le service peut être appelé à toute heure.</translation>
    </message>
    <message>
        <source>Add &amp;hours</source>
        <translation>Ajouter des &amp;horaires</translation>
    </message>
    <message>
        <source>Add opening hours</source>
        <translation>Ajouter des horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Add a line of opening hours: weekdays and times</source>
        <translation>Ajouter une ligne d&apos;horaires : jours et heures</translation>
    </message>
    <message>
        <source>Hours line %1: first weekday</source>
        <translation>Ligne d&apos;horaires %1 : premier jour</translation>
    </message>
    <message>
        <source>Hours line %1: last weekday</source>
        <translation>Ligne d&apos;horaires %1 : dernier jour</translation>
    </message>
    <message>
        <source>Hours line %1: from</source>
        <translation>Ligne d&apos;horaires %1 : de</translation>
    </message>
    <message>
        <source>Hours line %1: to</source>
        <translation>Ligne d&apos;horaires %1 : à</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove hours line %1</source>
        <translation>Retirer la ligne d&apos;horaires %1</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Opening hours line: [Monday] to [Friday], from [09:00] to [17:00]</extracomment>
        <translation>au</translation>
    </message>
    <message>
        <source>, from</source>
        <translation>, de</translation>
    </message>
</context>
<context>
    <name>guichet::InterpreterProviderModel</name>
    <message>
        <source>%1 [Example]</source>
        <translation>%1 [Exemple]</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Fermé actuellement</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Number or link</source>
        <translation>Numéro ou lien</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En ce moment</translation>
    </message>
</context>
<context>
    <name>guichet::InterpreterRepository</name>
    <message>
        <source>The agent signed in at this counter is unknown to the local store: sign in again.</source>
        <translation>L&apos;agent connecté à ce guichet est inconnu de la base locale : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Only a supervisor can add, change or remove interpreting services.</source>
        <translation>Seul un responsable peut ajouter, modifier ou retirer des services d&apos;interprétariat.</translation>
    </message>
    <message>
        <source>This interpreting service is no longer in the list: it may have been removed at another counter.</source>
        <translation>Ce service d&apos;interprétariat ne figure plus dans la liste : il a peut-être été retiré à un autre guichet.</translation>
    </message>
    <message>
        <source>This interpreting service was changed meanwhile at another counter: open it again and make your change on what it is now.</source>
        <translation>Ce service d&apos;interprétariat a été modifié entre-temps à un autre guichet : rouvrez-le et refaites votre modification sur sa version actuelle.</translation>
    </message>
</context>
<context>
    <name>guichet::InterpretingArea</name>
    <message>
        <source>&amp;Foreign language</source>
        <translation>&amp;Langue étrangère</translation>
    </message>
    <message>
        <source>&amp;LSF sign language</source>
        <translation>L&amp;SF (langue des signes)</translation>
    </message>
    <message>
        <source>L&amp;PC cued speech</source>
        <translation>L&amp;PC (langue française parlée complétée)</translation>
    </message>
    <message>
        <source>Live &amp;transcription</source>
        <translation>&amp;Transcription instantanée</translation>
    </message>
    <message>
        <source>Visitor&apos;s lan&amp;guage:</source>
        <translation>Lan&amp;gue de l&apos;usager :</translation>
    </message>
    <message>
        <source>Search a language</source>
        <translation>Rechercher une langue</translation>
    </message>
    <message>
        <source>Type a language: arabe, українська, English…</source>
        <translation>Tapez une langue : arabe, українська, English…</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>&amp;Services that can be called from this site:</source>
        <translation>&amp;Services joignables depuis ce site :</translation>
    </message>
    <message>
        <source>Interpreter services</source>
        <translation>Services d&apos;interprétariat</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Appeler</translation>
    </message>
    <message>
        <source>Call the selected service</source>
        <translation>Appeler le service sélectionné</translation>
    </message>
    <message>
        <source>What to dial or open</source>
        <translation>Numéro à composer ou lien à ouvrir</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Interprétariat</translation>
    </message>
    <message>
        <source>Choose the visitor&apos;s language to see who can interpret.</source>
        <translation>Choisissez la langue de l&apos;usager pour voir qui peut interpréter.</translation>
    </message>
    <message>
        <source>No service for this need at this site. Ask the supervisor or the city&apos;s call centre.</source>
        <translation>Aucun service pour ce besoin sur ce site. Adressez-vous au responsable de site ou au centre d&apos;appels de la Ville.</translation>
    </message>
    <message>
        <source>Services for %1.</source>
        <translation>Services pour : %1.</translation>
    </message>
    <message>
        <source>Dial %1</source>
        <translation>Composez le %1</translation>
    </message>
    <message>
        <source>Call %1 from the SIP phone</source>
        <translation>Appelez %1 depuis le téléphone SIP</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrez %1</translation>
    </message>
    <message>
        <source>This is an example entry, not a real service: nothing was dialled.</source>
        <translation>Ceci est un exemple, pas un service réel : aucun appel n&apos;a été passé.</translation>
    </message>
    <message>
        <source>Call to %1 logged.</source>
        <translation>Appel vers %1 enregistré.</translation>
    </message>
    <message>
        <source>Visitor&apos;s language (in French or in the language itself)</source>
        <translation>Langue de l&apos;usager (en français ou dans la langue elle-même)</translation>
    </message>
    <message>
        <source>Written con&amp;versation</source>
        <translation>Con&amp;versation écrite</translation>
    </message>
    <message>
        <source>Written conversation</source>
        <translation>Conversation écrite</translation>
    </message>
    <message>
        <source>For a deaf or hard-of-hearing visitor: you write to each other on the visitor screen, offline too</source>
        <translation>Pour un usager sourd ou malentendant : vous vous écrivez sur l&apos;écran usager, hors ligne aussi</translation>
    </message>
    <message>
        <source>Visitor scree&amp;n</source>
        <translation>Écran usager</translation>
    </message>
    <message>
        <source>Show the visitor screen</source>
        <translation>Afficher l&apos;écran usager</translation>
    </message>
    <message>
        <source>Large text in the visitor&apos;s language, on the second monitor when there is one (Ctrl+Shift+V)</source>
        <translation>Texte en grand dans la langue de l&apos;usager, sur le second écran s&apos;il y en a un (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>Services…</source>
        <translation>Services…</translation>
    </message>
    <message>
        <source>Manage the interpreter services</source>
        <translation>Gérer les services d&apos;interprétariat</translation>
    </message>
    <message>
        <source>Figures…</source>
        <translation>Chiffres…</translation>
    </message>
    <message>
        <source>Interpreter calls: figures</source>
        <translation>Appels d&apos;interprétariat : chiffres</translation>
    </message>
    <message>
        <source>Type the language&apos;s name in French or in the language itself, with or without accents</source>
        <translation>Tapez le nom de la langue en français ou dans la langue elle-même, avec ou sans accents</translation>
    </message>
    <message>
        <source>The most called languages at this site first</source>
        <translation>Les langues les plus demandées sur ce site d&apos;abord</translation>
    </message>
    <message>
        <source>This service cannot be reached now: see what to do instead below.</source>
        <translation>Ce service est injoignable en ce moment : voir ci-dessous que faire à la place.</translation>
    </message>
    <message>
        <source>substitute pool</source>
        <translation>pool de remplaçants</translation>
    </message>
    <message>
        <source>Dial %1 (%2, %3)</source>
        <translation>Composer le %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Call ended (%1 min).</source>
        <translation>Appel terminé (%1 min).</translation>
    </message>
    <message numerus="yes">
        <source>Conversation attached to request %1 (%n note(s)).</source>
        <translation>
            <numerusform>Conversation jointe à la demande %1 (%n note).</numerusform>
            <numerusform>Conversation jointe à la demande %1 (%n notes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Visitor screen in %1: text to be checked by a native speaker.</source>
        <translation>Écran usager en %1 : texte à faire relire par un locuteur natif.</translation>
    </message>
    <message>
        <source>Call to %1 logged. The visitor screen is ready: Ctrl+Shift+V shows it.</source>
        <translation>Appel à %1 enregistré. L&apos;écran usager est prêt : Ctrl+Maj+V l&apos;affiche.</translation>
    </message>
</context>
<context>
    <name>guichet::InterpretingLabels</name>
    <message>
        <source>Foreign language</source>
        <translation>Langue étrangère</translation>
    </message>
    <message>
        <source>LSF sign language</source>
        <translation>LSF (langue des signes française)</translation>
    </message>
    <message>
        <source>LPC cued speech</source>
        <translation>LPC (langue française parlée complétée)</translation>
    </message>
    <message>
        <source>Live transcription</source>
        <translation>Transcription instantanée</translation>
    </message>
    <message>
        <source>City agents&apos; network</source>
        <translation>Réseau des agents de la Ville</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien visio</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>SIP line</source>
        <translation>Ligne SIP</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Service closed</source>
        <translation>Service fermé</translation>
    </message>
    <message>
        <source>Call failed</source>
        <translation>Échec de l&apos;appel</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>À toute heure</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
</context>
<context>
    <name>guichet::KbImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>fiche %1 already appears on line %2</source>
        <translation>la fiche %1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>line %1: %2 (nothing was imported)</source>
        <translation>ligne %1 : %2 (rien n&apos;a été importé)</translation>
    </message>
    <message>
        <source>Reading %1 failed after line %2: %3</source>
        <translation>La lecture de %1 a échoué après la ligne %2 : %3</translation>
    </message>
</context>
<context>
    <name>guichet::KnowledgeArea</name>
    <message>
        <source>Number of articles</source>
        <translation>Nombre d&apos;articles</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Type a few words: the matching articles appear as you type.</source>
        <translation>Tapez quelques mots : les articles correspondants s&apos;affichent au fil de la saisie.</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Search the knowledge base (e.g. passport lost, PACS, census)…</source>
        <translation>Rechercher dans la base de connaissances (ex. : passeport perdu, PACS, recensement)…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in the knowledge base</source>
        <translation>
            <numerusform>%n article(s) dans la base de connaissances</numerusform>
            <numerusform>%n article(s) dans la base de connaissances</numerusform>
        </translation>
    </message>
    <message>
        <source>No article matches: try fewer or other words.</source>
        <translation>Aucun article ne correspond : essayez moins de mots ou d&apos;autres mots.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat(s)</numerusform>
            <numerusform>%n résultat(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Article %1 is not in this counter&apos;s knowledge base.</source>
        <translation>L&apos;article %1 n&apos;est pas dans la base de connaissances de ce poste.</translation>
    </message>
    <message>
        <source>Print “where to go”</source>
        <translation>Imprimer « Où vous adresser »</translation>
    </message>
    <message>
        <source>Print the visitor&apos;s “where to go” slip of the article on show: where to go, documents to bring, QR code of the fiche (%1)</source>
        <translation>Imprimer pour l&apos;usager la fiche « Où vous adresser » de l&apos;article affiché : où se rendre, pièces à apporter, QR code de la fiche (%1)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save the “where to go” slip of the article on show as a PDF, to send it by email (%1)</source>
        <translation>Enregistrer en PDF la fiche « Où vous adresser » de l&apos;article affiché, pour l&apos;envoyer par courriel (%1)</translation>
    </message>
    <message>
        <source>The slip cannot be printed: %1</source>
        <translation>La fiche ne peut pas être imprimée : %1</translation>
    </message>
    <message>
        <source>The PDF cannot be written: %1</source>
        <translation>Le PDF ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>Your favourites:</source>
        <translation>Vos favoris :</translation>
    </message>
    <message>
        <source>Recently opened:</source>
        <translation>Consultés récemment :</translation>
    </message>
</context>
<context>
    <name>guichet::LanguageChecklist</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A language in the checklist: its own name — its French name (its code)</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Find a language (its own name, French name or code)</source>
        <translation>Chercher une langue (son nom propre, son nom en français ou son code)</translation>
    </message>
    <message>
        <source>Find a language</source>
        <translation>Chercher une langue</translation>
    </message>
    <message>
        <source>Languages of the service</source>
        <translation>Langues du service</translation>
    </message>
    <message>
        <source>Space ticks or unticks the current language.</source>
        <translation>Espace coche ou décoche la langue en cours.</translation>
    </message>
    <message>
        <source>Languages chosen</source>
        <translation>Langues choisies</translation>
    </message>
    <message>
        <source>No language chosen.</source>
        <translation>Aucune langue choisie.</translation>
    </message>
    <message>
        <source>Chosen (%1): %2</source>
        <translation>Choisies (%1) : %2</translation>
    </message>
</context>
<context>
    <name>guichet::LanguageListModel</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A language: its own name — its French name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Calls at this site: %1</source>
        <translation>Appels depuis ce site : %1</translation>
    </message>
</context>
<context>
    <name>guichet::LocalStore</name>
    <message>
        <source>Cannot create the folder %1 for the local store: check its permissions.</source>
        <translation>Impossible de créer le dossier %1 du stockage local : vérifiez ses droits.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: the local store needs to write there.</source>
        <translation>Le dossier %1 est en lecture seule : le stockage local doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>The local store %1 is read-only: Guichet cannot save anything in it.</source>
        <translation>Le stockage local %1 est en lecture seule : Guichet ne peut rien y enregistrer.</translation>
    </message>
    <message>
        <source>Cannot open the local store %1</source>
        <translation>Impossible d&apos;ouvrir le stockage local %1</translation>
    </message>
    <message>
        <source>The local store could not switch to WAL mode.</source>
        <translation>Le stockage local n&apos;a pas pu passer en mode WAL.</translation>
    </message>
    <message>
        <source>The local store %1 is damaged and could not be moved aside; nothing was changed.</source>
        <translation>Le stockage local %1 est endommagé et n&apos;a pas pu être mis de côté ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The integrity check could not run</source>
        <translation>La vérification d&apos;intégrité n&apos;a pas pu s&apos;exécuter</translation>
    </message>
</context>
<context>
    <name>guichet::LoginDialog</name>
    <message>
        <source>Sign in to the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>e.g. https://guichet.ville.fr</source>
        <translation>par ex. https://guichet.ville.fr</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Site where you work today</source>
        <translation>Site où vous travaillez aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Your home site, or the site you are sent to today if you are a substitute.</source>
        <translation>Votre site de rattachement, ou le site où vous êtes envoyé aujourd&apos;hui si vous êtes remplaçant.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Si&amp;te :</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Sign-in in progress</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The agent&apos;s home site</source>
        <translation>Site de rattachement de l&apos;agent</translation>
    </message>
    <message>
        <source>Home site: %1</source>
        <translation>Site de rattachement : %1</translation>
    </message>
    <message>
        <source>No home site: choose the site</source>
        <translation>Pas de site de rattachement : choisissez le site</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>A sign-in or sign-out is still running: wait a moment.</source>
        <translation>Une connexion ou une déconnexion est en cours : patientez un instant.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>guichet::MainWindow</name>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site :</translation>
    </message>
    <message>
        <source>Site of this counter</source>
        <translation>Site de ce guichet</translation>
    </message>
    <message>
        <source>The site where this counter works today (Ctrl+Shift+S)</source>
        <translation>Le site où ce guichet travaille aujourd&apos;hui (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Choose the &amp;site</source>
        <translation>Choisir le &amp;site</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Guichet</source>
        <translation>À &amp;propos de Guichet</translation>
    </message>
    <message>
        <source>About Guichet</source>
        <translation>À propos de Guichet</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Guichet&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The reception counter of the town halls: appointments, knowledge base, citizens&apos; requests and interpreting, in one window, online or offline.&lt;/p&gt;&lt;p&gt;Knowledge-base fiches marked Service-Public.fr: source DILA, reused under the Licence Ouverte / Open Licence 2.0 (Etalab).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Guichet&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Le guichet d&apos;accueil des mairies : rendez-vous, base de connaissances, demandes des usagers et interprétariat, dans une seule fenêtre, en ligne ou hors ligne.&lt;/p&gt;&lt;p&gt;Fiches de la base de connaissances marquées Service-Public.fr : source DILA, réutilisées sous Licence Ouverte / Open Licence 2.0 (Etalab).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (Ctrl+K)</source>
        <translation>%1 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Guichet — %1</source>
        <translation>Guichet — %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>White text on black, yellow selection and focus (%1)</source>
        <translation>Texte blanc sur fond noir, sélection et focus en jaune (%1)</translation>
    </message>
</context>
<context>
    <name>guichet::Migrator</name>
    <message>
        <source>This local store was written by a newer version of Guichet (schema %1, this application knows up to %2). It was left untouched: install the newer Guichet to open it.</source>
        <translation>Ce stockage local a été écrit par une version plus récente de Guichet (schéma %1, cette application connaît jusqu&apos;au schéma %2). Il n&apos;a pas été modifié : installez la version récente de Guichet pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Upgrading the local store to schema %1 (%2) failed; the store was left at schema %3: %4</source>
        <translation>La mise à niveau du stockage local vers le schéma %1 (%2) a échoué ; le stockage est resté au schéma %3 : %4</translation>
    </message>
</context>
<context>
    <name>guichet::OnlineRequestSearch</name>
    <message>
        <source>The server&apos;s answer to the search could not be read.</source>
        <translation>La réponse du serveur à la recherche est illisible.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the search could not be read (%1).</source>
        <translation>La réponse du serveur à la recherche est illisible (%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1): only this counter&apos;s requests can be searched.</source>
        <translation>Le serveur est injoignable (%1) : seules les demandes de ce guichet peuvent être cherchées.</translation>
    </message>
    <message>
        <source>The session has ended: sign in again to search the server.</source>
        <translation>La session a pris fin : reconnectez-vous pour chercher sur le serveur.</translation>
    </message>
    <message>
        <source>The server refused the search (HTTP %1).</source>
        <translation>Le serveur a refusé la recherche (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the search: %1</source>
        <translation>Le serveur a refusé la recherche : %1</translation>
    </message>
    <message>
        <source>This counter has never signed in to a server: only its own requests can be searched.</source>
        <translation>Ce guichet ne s&apos;est jamais connecté à un serveur : seules ses propres demandes peuvent être cherchées.</translation>
    </message>
    <message>
        <source>Signed out: sign in to search the server.</source>
        <translation>Déconnecté : connectez-vous pour chercher sur le serveur.</translation>
    </message>
</context>
<context>
    <name>guichet::OnlineSearchDialog</name>
    <message>
        <source>Requests on the server: “%1”</source>
        <translation>Demandes sur le serveur : « %1 »</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server results&lt;/b&gt; — older requests this counter no longer keeps. They are read from the server and not stored here; every request opened is written to the audit log.</source>
        <translation>&lt;b&gt;Résultats du serveur&lt;/b&gt; — demandes plus anciennes que ce guichet ne conserve plus. Elles sont lues sur le serveur et ne sont pas enregistrées ici ; chaque demande ouverte est inscrite au journal d&apos;accès.</translation>
    </message>
    <message>
        <source>Online search state</source>
        <translation>État de la recherche en ligne</translation>
    </message>
    <message>
        <source>Requests found on the server</source>
        <translation>Demandes trouvées sur le serveur</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Request found on the server</source>
        <translation>Demande trouvée sur le serveur</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>The server could not be searched: %1</source>
        <translation>La recherche sur le serveur a échoué : %1</translation>
    </message>
    <message>
        <source>The server holds no request matching “%1”.</source>
        <translation>Le serveur ne connaît aucune demande correspondant à « %1 ».</translation>
    </message>
    <message>
        <source>The %1 most recent matches on the server (there are more: type more).</source>
        <translation>Les %1 correspondances les plus récentes sur le serveur (il y en a d&apos;autres : précisez la recherche).</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) found on the server.</source>
        <translation>
            <numerusform>%n demande trouvée sur le serveur.</numerusform>
            <numerusform>%n demandes trouvées sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>This opening could not be written to the audit log: %1</source>
        <translation>Cette consultation n&apos;a pas pu être inscrite au journal d&apos;accès : %1</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>Demandeur : %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <source>Status: %1, due %2</source>
        <translation>État : %1, échéance le %2</translation>
    </message>
</context>
<context>
    <name>guichet::OverdueByServiceModel</name>
    <message numerus="yes">
        <source>%n overdue request(s); the oldest was due on %1</source>
        <translation>
            <numerusform>%n demande en retard ; la plus ancienne était due le %1</numerusform>
            <numerusform>%n demandes en retard ; la plus ancienne était due le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No service given</source>
        <translation>Aucun service indiqué</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due on %1: %n working day(s) late</source>
        <translation>
            <numerusform>Échéance le %1 : %n jour ouvré de retard</numerusform>
            <numerusform>Échéance le %1 : %n jours ouvrés de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Service / reference</source>
        <translation>Service / référence</translation>
    </message>
    <message>
        <source>Competence / requester</source>
        <translation>Compétence / demandeur</translation>
    </message>
    <message>
        <source>Overdue / subject</source>
        <translation>En retard / objet</translation>
    </message>
    <message>
        <source>Due date (oldest)</source>
        <translation>Échéance (la plus ancienne)</translation>
    </message>
    <message>
        <source>Working days late (longest)</source>
        <translation>Jours ouvrés de retard (le plus long)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>guichet::OverdueReportDialog</name>
    <message>
        <source>Only a supervisor or an administrator can see the overdue requests of every service. Ask your supervisor if you need this report.</source>
        <translation>Seuls un superviseur ou un administrateur voient les demandes en retard de tous les services. Demandez ce tableau à votre superviseur si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Overdue requests by service</source>
        <translation>Demandes en retard par service</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Services with the most overdue requests first. Right and Left open and close a service; Enter opens the selected request.</source>
        <translation>Les services ayant le plus de demandes en retard d&apos;abord. Droite et Gauche ouvrent et ferment un service ; Entrée ouvre la demande sélectionnée.</translation>
    </message>
    <message>
        <source>&amp;Open the request</source>
        <translation>&amp;Ouvrir la demande</translation>
    </message>
    <message>
        <source>Open the request</source>
        <translation>Ouvrir la demande</translation>
    </message>
    <message>
        <source>Show the selected request (Enter)</source>
        <translation>Afficher la demande sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>&amp;Tout déplier</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Show the overdue requests of every service</source>
        <translation>Afficher les demandes en retard de tous les services</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>Tout re&amp;plier</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Tout replier</translation>
    </message>
    <message>
        <source>Show the services only</source>
        <translation>N&apos;afficher que les services</translation>
    </message>
    <message>
        <source>No overdue request: every open request is still within its due date.</source>
        <translation>Aucune demande en retard : toutes les demandes en cours sont dans les délais.</translation>
    </message>
    <message>
        <source>Total: %1 in %2; longest delay %3.</source>
        <translation>Total : %1 dans %2 ; plus long retard : %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue request(s)</source>
        <translation>
            <numerusform>%n demande en retard</numerusform>
            <numerusform>%n demandes en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guichet::PdfFile</name>
    <message>
        <source>Cannot write the PDF %1: %2</source>
        <translation>Impossible d&apos;écrire le PDF %1 : %2</translation>
    </message>
    <message>
        <source>the page could not be drawn</source>
        <translation>la page n&apos;a pas pu être dessinée</translation>
    </message>
</context>
<context>
    <name>guichet::PhoneNumber</name>
    <message>
        <source>The country code of this phone number is not known.</source>
        <translation>L&apos;indicatif de pays de ce numéro est inconnu.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>This phone number is too short.</source>
        <translation>Ce numéro de téléphone est trop court.</translation>
    </message>
    <message>
        <source>This phone number is too long.</source>
        <translation>Ce numéro de téléphone est trop long.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>Ce numéro de téléphone n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This phone number does not have the right number of digits.</source>
        <translation>Ce numéro de téléphone n&apos;a pas le bon nombre de chiffres.</translation>
    </message>
    <message>
        <source>This phone number does not exist.</source>
        <translation>Ce numéro de téléphone n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
</context>
<context>
    <name>guichet::ProviderCheck</name>
    <message>
        <source>A video link must be an https:// address (http:// only for this computer), e.g. https://visio.example.org/mairie.</source>
        <translation>Un lien visio doit être une adresse https:// (http:// seulement pour cet ordinateur), par ex. https://visio.example.org/mairie.</translation>
    </message>
    <message>
        <source>A SIP line must be a sip: or sips: address with a user and a host, e.g. sip:interpretes@sip.example.org.</source>
        <translation>Une ligne SIP doit être une adresse sip: ou sips: avec un utilisateur et un hôte, par ex. sip:interpretes@sip.example.org.</translation>
    </message>
    <message>
        <source>The app&apos;s command must fit on one line.</source>
        <translation>La commande de l&apos;application doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>The app&apos;s address is not a valid link, e.g. https://transcription.example.org/session.</source>
        <translation>L&apos;adresse de l&apos;application n&apos;est pas un lien valide, par ex. https://transcription.example.org/session.</translation>
    </message>
    <message>
        <source>Give the service&apos;s phone number.</source>
        <translation>Indiquez le numéro de téléphone du service.</translation>
    </message>
    <message>
        <source>Give the service&apos;s video link (https://…).</source>
        <translation>Indiquez le lien visio du service (https://…).</translation>
    </message>
    <message>
        <source>Give the service&apos;s SIP address (sip:user@host).</source>
        <translation>Indiquez l&apos;adresse SIP du service (sip:utilisateur@hôte).</translation>
    </message>
    <message>
        <source>Give the command that starts the app, or its link.</source>
        <translation>Indiquez la commande qui lance l&apos;application, ou son lien.</translation>
    </message>
    <message>
        <source>Give the service a name.</source>
        <translation>Donnez un nom au service.</translation>
    </message>
    <message>
        <source>Choose what the service offers: foreign languages, LSF, LPC or live transcription.</source>
        <translation>Choisissez ce que propose le service : langues étrangères, LSF, LPC ou transcription instantanée.</translation>
    </message>
    <message>
        <source>Unknown language code(s): %1 (two-letter ISO 639-1 codes, e.g. ar, uk).</source>
        <translation>Code(s) de langue inconnu(s) : %1 (codes ISO 639-1 à deux lettres, par ex. ar, uk).</translation>
    </message>
    <message>
        <source>Choose the languages of a foreign-language interpreting service.</source>
        <translation>Choisissez les langues d&apos;un service d&apos;interprétariat en langues étrangères.</translation>
    </message>
    <message>
        <source>Each line of opening hours needs weekdays from Monday to Sunday.</source>
        <translation>Chaque ligne d&apos;horaires doit avoir des jours du lundi au dimanche.</translation>
    </message>
    <message>
        <source>Opening hours from %1 to %2: the end must come after the start.</source>
        <translation>Horaires de %1 à %2 : la fin doit venir après le début.</translation>
    </message>
    <message>
        <source>Unknown site(s): %1.</source>
        <translation>Site(s) inconnu(s) : %1.</translation>
    </message>
</context>
<context>
    <name>guichet::ProviderEditorDialog</name>
    <message>
        <source>Only a supervisor or an administrator can add, change or remove interpreting services. Ask your supervisor if a service is missing or wrong.</source>
        <translation>Seul un responsable ou un administrateur peut ajouter, modifier ou retirer des services d&apos;interprétariat. Signalez à votre responsable un service manquant ou erroné.</translation>
    </message>
    <message>
        <source>Interpreting services</source>
        <translation>Services d&apos;interprétariat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Ser&amp;vices:</source>
        <translation>Ser&amp;vices :</translation>
    </message>
    <message>
        <source>Real services first, then the examples. Delete removes the selected service.</source>
        <translation>Les vrais services d&apos;abord, puis les exemples. Suppr retire le service sélectionné.</translation>
    </message>
    <message>
        <source>&amp;New service</source>
        <translation>&amp;Nouveau service</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Add a service (Ctrl+N)</source>
        <translation>Ajouter un service (Ctrl+N)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the service</source>
        <translation>Enregistrer le service</translation>
    </message>
    <message>
        <source>Save the service (Ctrl+S); it is sent to the server at the next sync</source>
        <translation>Enregistrer le service (Ctrl+S) ; il est envoyé au serveur à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the service</source>
        <translation>Supprimer le service</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>Revert the unsaved changes</source>
        <translation>Annuler les modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 [Example]</source>
        <extracomment>A service in the list that is only a demo entry</extracomment>
        <translation>%1 [Exemple]</translation>
    </message>
    <message>
        <source>The service in the form has changes that are not saved: save them (Ctrl+S) or revert them first.</source>
        <translation>Le service du formulaire a des modifications non enregistrées : enregistrez-les (Ctrl+S) ou annulez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Not yet sent to the server.</source>
        <translation>Pas encore envoyé au serveur.</translation>
    </message>
    <message>
        <source>New service: fill in the form, then save it.</source>
        <translation>Nouveau service : remplissez le formulaire, puis enregistrez.</translation>
    </message>
    <message numerus="yes">
        <source>The service was not saved: %n problem(s) to correct, shown under the fields.</source>
        <translation>
            <numerusform>Le service n&apos;a pas été enregistré : %n problème à corriger, indiqué sous les champs.</numerusform>
            <numerusform>Le service n&apos;a pas été enregistré : %n problèmes à corriger, indiqués sous les champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: “%1” is sent to the server at the next sync.</source>
        <translation>Enregistré : « %1 » est envoyé au serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Delete “%1”? The counters will no longer offer it.</source>
        <translation>Supprimer « %1 » ? Les guichets ne le proposeront plus.</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Le garder</translation>
    </message>
    <message>
        <source>Keep the service</source>
        <translation>Garder le service</translation>
    </message>
    <message>
        <source>Deleted: the change is sent to the server at the next sync.</source>
        <translation>Supprimé : la modification est envoyée au serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The service in the form has changes that are not saved: save them (Ctrl+S), or press Escape again to close without saving.</source>
        <translation>Le service du formulaire a des modifications non enregistrées : enregistrez-les (Ctrl+S), ou appuyez de nouveau sur Échap pour fermer sans enregistrer.</translation>
    </message>
</context>
<context>
    <name>guichet::ProviderForm</name>
    <message>
        <source>Name of the service</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>How the service is reached</source>
        <translation>Comment joindre le service</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Address of the service</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Offers: %1</source>
        <translation>Propose : %1</translation>
    </message>
    <message>
        <source>Offers:</source>
        <translation>Propose :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Horaires d&apos;ouverture :</translation>
    </message>
    <message>
        <source>Sites that may call the service</source>
        <translation>Sites qui peuvent appeler le service</translation>
    </message>
    <message>
        <source>None ticked: every site. Space ticks or unticks the current site.</source>
        <translation>Aucun coché : tous les sites. Espace coche ou décoche le site en cours.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Sites (none: every site):</source>
        <translation>&amp;Sites (aucun : tous les sites) :</translation>
    </message>
    <message>
        <source>Notes for the agents</source>
        <translation>Notes pour les agents</translation>
    </message>
    <message>
        <source>What to say or have ready when calling (client code, …)</source>
        <translation>Ce qu&apos;il faut dire ou avoir sous la main en appelant (code client, …)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Example only (not a real service)</source>
        <translation>&amp;Exemple seulement (pas un vrai service)</translation>
    </message>
    <message>
        <source>Example only, not a real service</source>
        <translation>Exemple seulement, pas un vrai service</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>par ex. %1</translation>
    </message>
    <message>
        <source>The languages the service interprets</source>
        <translation>Les langues que le service interprète</translation>
    </message>
    <message>
        <source>Only needed for foreign-language interpreting</source>
        <translation>Seulement pour l&apos;interprétariat en langues étrangères</translation>
    </message>
</context>
<context>
    <name>guichet::RecordWriter</name>
    <message>
        <source>The table %1 has more than %2 columns</source>
        <translation>La table %1 a plus de %2 colonnes</translation>
    </message>
    <message>
        <source>The records of %1 could not be written</source>
        <translation>Les enregistrements de %1 n&apos;ont pas pu être écrits</translation>
    </message>
    <message>
        <source>The record %1 of %2 could not be written</source>
        <translation>L&apos;enregistrement %1 de %2 n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>The record %1 of %2 could not be changed</source>
        <translation>L&apos;enregistrement %1 de %2 n&apos;a pas pu être modifié</translation>
    </message>
    <message>
        <source>The record %1 of %2 could not be marked deleted</source>
        <translation>L&apos;enregistrement %1 de %2 n&apos;a pas pu être marqué comme supprimé</translation>
    </message>
    <message>
        <source>The version of %1 could not be read</source>
        <translation>La version de %1 n&apos;a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>guichet::ReferenceLeaseRepository</name>
    <message>
        <source>The server reserved an invalid block of request numbers (%1: %2 to %3).</source>
        <translation>Le serveur a réservé un bloc de numéros de demande invalide (%1 : %2 à %3).</translation>
    </message>
    <message>
        <source>The server reserved request numbers %1 to %2 of %3 again: they overlap a block this counter already has.</source>
        <translation>Le serveur a de nouveau réservé les numéros de demande %1 à %2 de %3 : ils chevauchent un bloc que ce poste a déjà.</translation>
    </message>
</context>
<context>
    <name>guichet::RefusalPage</name>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>guichet::RequestDetailPane</name>
    <message>
        <source>Select a request in the list.</source>
        <translation>Sélectionnez une demande dans la liste.</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Competent service</source>
        <translation>Service compétent</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Demandeur :</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Coordonnées :</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Competent service:</source>
        <translation>Service compétent :</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Précisions :</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation>Historique de la demande</translation>
    </message>
    <message>
        <source>Add a &amp;note (what the visitor said or what was done):</source>
        <translation>Ajouter une &amp;note (ce que l&apos;usager a dit ou ce qui a été fait) :</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Note de suivi</translation>
    </message>
    <message>
        <source>e.g. The visitor came to the counter to ask how the request is going.</source>
        <translation>ex. : L&apos;usager est passé au guichet pour connaître l&apos;avancement de sa demande.</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>Add the note to the request</source>
        <translation>Ajouter la note à la demande</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Note result</source>
        <translation>Résultat de la note</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(did not agree to be contacted)</source>
        <translation>(n&apos;a pas accepté d&apos;être recontacté)</translation>
    </message>
    <message>
        <source>No contact details</source>
        <translation>Aucune coordonnée</translation>
    </message>
    <message>
        <source>%1, filed on %2</source>
        <translation>%1, déposée le %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not assigned yet</source>
        <translation>pas encore attribuée</translation>
    </message>
    <message>
        <source>%1 — overdue, %2 days late</source>
        <translation>%1 — échéance dépassée de %2 jours</translation>
    </message>
    <message>
        <source>Note added; it will be sent to the server at the next sync.</source>
        <translation>Note ajoutée ; elle sera envoyée au serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimer l&apos;accusé de réception</translation>
    </message>
    <message>
        <source>Print the requester&apos;s acknowledgement of receipt: reference, QR code, competent service, due date (%1)</source>
        <translation>Imprimer l&apos;accusé de réception du demandeur : référence, code QR, service compétent, échéance (%1)</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save the acknowledgement of receipt as a PDF, to send it by email (%1)</source>
        <translation>Enregistrer l&apos;accusé de réception en PDF, pour l&apos;envoyer par courriel (%1)</translation>
    </message>
    <message>
        <source>This opening could not be written to the audit log: %1</source>
        <translation>Cette consultation n&apos;a pas pu être inscrite au journal d&apos;accès : %1</translation>
    </message>
</context>
<context>
    <name>guichet::RequestDraftCheck</name>
    <message>
        <source>%1 is too long (%2 characters, at most %3).</source>
        <extracomment>%1 is the field (&quot;The subject&quot;), %2 its length, %3 the limit</extracomment>
        <translation>%1 est trop long (%2 caractères, %3 au plus).</translation>
    </message>
    <message>
        <source>The channel the request came through is not one Guichet knows: choose counter, phone, letter, e-mail, website or social media.</source>
        <translation>Guichet ne connaît pas ce canal d&apos;arrivée : choisissez guichet, téléphone, courrier, courriel, site internet ou réseaux sociaux.</translation>
    </message>
    <message>
        <source>The requester&apos;s name is missing: type it as the visitor gives it.</source>
        <translation>Le nom du demandeur manque : saisissez-le tel que l&apos;usager le donne.</translation>
    </message>
    <message>
        <source>The requester&apos;s name</source>
        <translation>Le nom du demandeur</translation>
    </message>
    <message>
        <source>The phone number “%1” is not valid: %2 Correct it, or leave it empty.</source>
        <extracomment>%1 is the number as typed, %2 what is wrong with it</extracomment>
        <translation>Le numéro de téléphone « %1 » n&apos;est pas valide : %2 Corrigez-le, ou laissez-le vide.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” is not valid (it should look like name@example.fr): correct it, or leave it empty.</source>
        <translation>L&apos;adresse de courriel « %1 » n&apos;est pas valide (elle doit ressembler à nom@exemple.fr) : corrigez-la, ou laissez-la vide.</translation>
    </message>
    <message>
        <source>The requester&apos;s address</source>
        <translation>L&apos;adresse du demandeur</translation>
    </message>
    <message>
        <source>The subject is missing: say in a few words what the request is about.</source>
        <translation>L&apos;objet manque : dites en quelques mots de quoi il s&apos;agit.</translation>
    </message>
    <message>
        <source>The subject is too long (%1 characters, at most %2): keep it short and put the details in the description.</source>
        <translation>L&apos;objet est trop long (%1 caractères, %2 au plus) : restez bref et mettez le détail dans la description.</translation>
    </message>
    <message>
        <source>The category</source>
        <translation>La catégorie</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <source>Unknown service “%1”: choose one of the services this counter knows (those the knowledge base sends visitors to), or leave it empty.</source>
        <translation>Service inconnu « %1 » : choisissez l&apos;un des services que ce guichet connaît (ceux vers lesquels la base de connaissances oriente les usagers), ou laissez vide.</translation>
    </message>
    <message>
        <source>Too many attachments (%1, at most %2): group them, e.g. “letter and 3 photos”.</source>
        <translation>Trop de pièces jointes (%1, %2 au plus) : regroupez-les, par ex. « courrier et 3 photos ».</translation>
    </message>
    <message>
        <source>Attachment %1 is empty: type its reference, or remove it.</source>
        <extracomment>%1 is the attachment&apos;s position in the list (1, 2, 3…)</extracomment>
        <translation>La pièce %1 est vide : saisissez sa référence, ou retirez-la.</translation>
    </message>
    <message>
        <source>Attachment %1 is too long (%2 characters, at most %3): give its reference, not its content.</source>
        <translation>La pièce %1 est trop longue (%2 caractères, %3 au plus) : indiquez sa référence, pas son contenu.</translation>
    </message>
</context>
<context>
    <name>guichet::RequestEventModel</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
</context>
<context>
    <name>guichet::RequestIntakeDialog</name>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Print the rece&amp;ipt once filed</source>
        <translation>Imprimer l&apos;accusé de récept&amp;ion une fois enregistrée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without filing (Escape)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
        <source>File any&amp;way</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;File the request</source>
        <translation>&amp;Enregistrer la demande</translation>
    </message>
    <message>
        <source>File this request as well, next to the open one (Enter)</source>
        <translation>Enregistrer aussi cette demande, à côté de celle en cours (Entrée)</translation>
    </message>
    <message>
        <source>Check and file the request (Enter, Ctrl+Return from the description)</source>
        <translation>Vérifier et enregistrer la demande (Entrée, Ctrl+Entrée depuis la description)</translation>
    </message>
    <message>
        <source>the category “%1”</source>
        <extracomment>Where a suggested service comes from: the category chosen</extracomment>
        <translation>la catégorie « %1 »</translation>
    </message>
    <message>
        <source>due %1, overdue</source>
        <translation>échéance le %1, dépassée</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>%1 already has an open request on this subject: %2 (%3).</source>
        <extracomment>%1 the requester, %2 the reference of their open request, %3 &quot;due 14/12/2026&quot;</extracomment>
        <translation>%1 a déjà une demande en cours sur ce sujet : %2 (%3).</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1 already has open requests on this subject:</source>
        <translation>%1 a déjà des demandes en cours sur ce sujet :</translation>
    </message>
    <message>
        <source>• %1 (%2): “%3”</source>
        <translation>• %1 (%2) : « %3 »</translation>
    </message>
    <message>
        <source>Add a note to it from the list of requests, or file this one as well (“File anyway”, Enter).</source>
        <translation>Ajoutez-y une note depuis la liste des demandes, ou enregistrez aussi celle-ci (« Enregistrer quand même », Entrée).</translation>
    </message>
    <message>
        <source>Not filed: nothing was written.</source>
        <translation>Non enregistrée : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Not filed: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <source>Request %1 filed for %2, due %3. It will be sent to the server.</source>
        <translation>Demande %1 enregistrée pour %2, échéance le %3. Elle sera transmise au serveur.</translation>
    </message>
</context>
<context>
    <name>guichet::RequestIntakeForm</name>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La demande</translation>
    </message>
    <message>
        <source>Channel the request came through</source>
        <translation>Canal d&apos;arrivée de la demande</translation>
    </message>
    <message>
        <source>Subject of the request</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <source>e.g. Pothole in front of 12 rue Garibaldi</source>
        <translation>ex. : Nid-de-poule devant le 12 rue Garibaldi</translation>
    </message>
    <message>
        <source>Category of the request</source>
        <translation>Catégorie de la demande</translation>
    </message>
    <message>
        <source>choose or type one (optional)</source>
        <translation>choisir ou saisir (facultatif)</translation>
    </message>
    <message>
        <source>Description of the request</source>
        <translation>Description de la demande</translation>
    </message>
    <message>
        <source>What the visitor says: where exactly, since when, what was already done.</source>
        <translation>Ce que dit l&apos;usager : où exactement, depuis quand, ce qui a déjà été fait.</translation>
    </message>
    <message>
        <source>Competent service</source>
        <translation>Service compétent</translation>
    </message>
    <message>
        <source>Type a few letters of the service; the suggestions below come from the knowledge base</source>
        <translation>Tapez quelques lettres du service ; les suggestions ci-dessous viennent de la base de connaissances</translation>
    </message>
    <message>
        <source>Competence and contact of the service</source>
        <translation>Compétence et coordonnées du service</translation>
    </message>
    <message>
        <source>Services suggested by the knowledge base</source>
        <translation>Services suggérés par la base de connaissances</translation>
    </message>
    <message>
        <source>Enter takes the suggestion as the competent service</source>
        <translation>Entrée retient la suggestion comme service compétent</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Competent se&amp;rvice:</source>
        <translation>Se&amp;rvice compétent :</translation>
    </message>
    <message>
        <source>Su&amp;ggested:</source>
        <translation>Su&amp;ggestions :</translation>
    </message>
    <message>
        <source>The requester</source>
        <translation>Le demandeur</translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <source>e.g. Mme Amina Benali</source>
        <translation>ex. : Mme Amina Benali</translation>
    </message>
    <message>
        <source>Requester&apos;s phone</source>
        <translation>Téléphone du demandeur</translation>
    </message>
    <message>
        <source>optional, e.g. 06 12 34 56 78</source>
        <translation>facultatif, ex. : 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Phone number check</source>
        <translation>Vérification du numéro</translation>
    </message>
    <message>
        <source>Requester&apos;s e-mail</source>
        <translation>Courriel du demandeur</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Requester&apos;s postal address</source>
        <translation>Adresse postale du demandeur</translation>
    </message>
    <message>
        <source>optional, for an answer by letter</source>
        <translation>facultatif, pour une réponse par courrier</translation>
    </message>
    <message>
        <source>The requester agrees to be &amp;contacted about this request</source>
        <translation>L&apos;usager accepte d&apos;être re&amp;contacté au sujet de cette demande</translation>
    </message>
    <message>
        <source>Reference of a document handed over</source>
        <translation>Référence d&apos;une pièce remise</translation>
    </message>
    <message>
        <source>e.g. letter of 12/11 scanned as COUR-118; Enter adds it</source>
        <translation>ex. : courrier du 12/11 numérisé COUR-118 ; Entrée l&apos;ajoute</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the document to the request</source>
        <translation>Ajouter la pièce à la demande</translation>
    </message>
    <message>
        <source>Documents handed over</source>
        <translation>Pièces remises</translation>
    </message>
    <message>
        <source>Delete removes the selected document</source>
        <translation>Suppr retire la pièce sélectionnée</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Remove the selected document</source>
        <translation>Retirer la pièce sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Docu&amp;ments:</source>
        <translation>&amp;Pièces :</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A service and its competence: &quot;Métropole – Propreté — Metropolis&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>from: %1</source>
        <extracomment>Where a suggestion comes from: the knowledge-base article (or the category) it was found with</extracomment>
        <translation>d&apos;après : %1</translation>
    </message>
    <message>
        <source>Type the subject: the services that handle it show here.</source>
        <translation>Saisissez l&apos;objet : les services qui le traitent s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>The knowledge base names no service for this subject: choose one above, or leave it to be decided.</source>
        <translation>La base de connaissances n&apos;indique aucun service pour ce sujet : choisissez-en un ci-dessus, ou laissez à décider.</translation>
    </message>
    <message>
        <source>No service yet: the request stays with the counter until it is routed.</source>
        <translation>Pas encore de service : la demande reste à l&apos;accueil jusqu&apos;à son orientation.</translation>
    </message>
    <message>
        <source>Competence: %1</source>
        <translation>Compétence : %1</translation>
    </message>
    <message>
        <source>No phone: the answer goes by e-mail or letter.</source>
        <translation>Pas de téléphone : la réponse partira par courriel ou par courrier.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <extracomment>The phone as it will be stored</extracomment>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>guichet::RequestLabels</name>
    <message>
        <source>Counter</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site internet</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Réceptionnée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours d&apos;instruction</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse apportée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Metropolis</source>
        <translation>Métropole</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>CCAS (social action centre)</source>
        <translation>CCAS (centre communal d&apos;action sociale)</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Autre organisme</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Acknowledgement sent</source>
        <translation>Accusé de réception envoyé</translation>
    </message>
    <message>
        <source>Sent to the handling service</source>
        <translation>Transmise au service instructeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
</context>
<context>
    <name>guichet::RequestListModel</name>
    <message>
        <source>Past its due date and not answered yet</source>
        <translation>Échéance dépassée, pas encore de réponse</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>guichet::RequestReceipt</name>
    <message>
        <source>Acknowledgement of receipt – %1</source>
        <translation>Accusé de réception – %1</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>accuse-de-reception</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Your request has been registered. Keep this receipt: your reference is all you need to ask how it is going.</source>
        <translation>Votre demande a bien été enregistrée. Conservez cet accusé de réception : votre référence suffit pour savoir où elle en est.</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Votre référence</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>%1 (filed online)</source>
        <translation>%1 (déposée en ligne)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <source>Documents handed over</source>
        <translation>Pièces remises</translation>
    </message>
    <message>
        <source>Competent service</source>
        <translation>Service compétent</translation>
    </message>
    <message>
        <source>Competence: %1</source>
        <translation>Compétence : %1</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Comment le joindre</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Réponse attendue au plus tard le</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>Following your request</source>
        <translation>Suivre votre demande</translation>
    </message>
</context>
<context>
    <name>guichet::RequestReceiptData</name>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>City of %1</source>
        <translation>Ville de %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Being assigned to the competent service</source>
        <translation>En cours d&apos;orientation vers le service compétent</translation>
    </message>
    <message>
        <source>The city answers every request within %1 working days.</source>
        <translation>La ville répond à chaque demande sous %1 jours ouvrés.</translation>
    </message>
    <message>
        <source>At any town hall counter of the city: quote your reference %1.</source>
        <translation>À l&apos;accueil de toute mairie de la ville : indiquez votre référence %1.</translation>
    </message>
    <message>
        <source>By phone: call %1 and quote your reference.</source>
        <translation>Par téléphone : appelez le %1 en indiquant votre référence.</translation>
    </message>
    <message>
        <source>By phone: at the reception of any town hall of the city, with your reference.</source>
        <translation>Par téléphone : à l&apos;accueil de toute mairie de la ville, avec votre référence.</translation>
    </message>
    <message>
        <source>Online: scan the QR code, or go to %1.</source>
        <translation>En ligne : scannez le code QR, ou rendez-vous sur %1.</translation>
    </message>
    <message>
        <source>The QR code holds your reference: show it at any counter to find your request at once.</source>
        <translation>Le code QR contient votre référence : présentez-le à tout guichet pour retrouver aussitôt votre demande.</translation>
    </message>
    <message>
        <source>Your personal data are used only to handle this request, by the city&apos;s services and the body competent for it. To access or correct them, ask at any town hall counter of the city, or write to the city&apos;s data protection officer.</source>
        <translation>Vos données personnelles servent uniquement au traitement de cette demande, par les services de la ville et l&apos;organisme compétent. Pour y accéder ou les rectifier, adressez-vous à l&apos;accueil de toute mairie de la ville, ou écrivez au délégué à la protection des données de la ville.</translation>
    </message>
    <message>
        <source>Your personal data are used only to handle this request, by the city&apos;s services and the body competent for it. To access or correct them, ask at any town hall counter of the city, or write to %1 for the attention of the city&apos;s data protection officer.</source>
        <translation>Vos données personnelles servent uniquement au traitement de cette demande, par les services de la ville et l&apos;organisme compétent. Pour y accéder ou les rectifier, adressez-vous à l&apos;accueil de toute mairie de la ville, ou écrivez au %1 à l&apos;attention du délégué à la protection des données de la ville.</translation>
    </message>
    <message>
        <source>Issued on %1.</source>
        <translation>Délivré le %1.</translation>
    </message>
    <message>
        <source>Issued on %1 by %2.</source>
        <translation>Délivré le %1 par %2.</translation>
    </message>
    <message>
        <source>Your reference, to show at the counter</source>
        <translation>Votre référence, à présenter au guichet</translation>
    </message>
    <message>
        <source>Scan this code to follow your request online</source>
        <translation>Scannez ce code pour suivre votre demande en ligne</translation>
    </message>
</context>
<context>
    <name>guichet::RequestReceiptExport</name>
    <message>
        <source> It could not be written to the audit log: %1</source>
        <translation> Elle n&apos;a pas pu être inscrite au journal d&apos;accès : %1</translation>
    </message>
    <message>
        <source>The receipt cannot be printed: %1</source>
        <translation>L&apos;accusé de réception ne peut pas être imprimé : %1</translation>
    </message>
    <message>
        <source>Print the receipt of %1</source>
        <translation>Imprimer l&apos;accusé de réception de %1</translation>
    </message>
    <message>
        <source>The receipt could not be printed: the printer refused the page.</source>
        <translation>L&apos;accusé de réception n&apos;a pas pu être imprimé : l&apos;imprimante a refusé la page.</translation>
    </message>
    <message>
        <source>The receipt of %1 was sent to the printer.</source>
        <translation>L&apos;accusé de réception de %1 a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The PDF cannot be written: %1</source>
        <translation>Le PDF ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Enregistrer l&apos;accusé de réception en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>Le PDF n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Receipt saved as %1.</source>
        <translation>Accusé de réception enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>guichet::RequestRepository</name>
    <message>
        <source>The note is empty: type what was said or done.</source>
        <translation>La note est vide : indiquez ce qui a été dit ou fait.</translation>
    </message>
    <message>
        <source>The note is too long (%1 characters, at most %2).</source>
        <translation>La note est trop longue (%1 caractères, %2 au maximum).</translation>
    </message>
    <message>
        <source>No request %1 in this counter&apos;s store: the note was not saved.</source>
        <translation>Aucune demande %1 dans la base de ce guichet : la note n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>guichet::RequestRetention</name>
    <message>
        <source>The retention period of requests must be between %1 and %2 days (%3 was asked for).</source>
        <translation>La durée de conservation des demandes doit être comprise entre %1 et %2 jours (%3 demandés).</translation>
    </message>
    <message>
        <source>The retention period of requests is a number of days between %1 and %2: &apos;%3&apos; is not one.</source>
        <translation>La durée de conservation des demandes est un nombre de jours entre %1 et %2 : « %3 » n&apos;en est pas un.</translation>
    </message>
</context>
<context>
    <name>guichet::RequestsArea</name>
    <message>
        <source>Requests shown</source>
        <translation>Demandes affichées</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>The %1 most recent requests (scroll for more)</source>
        <translation>Les %1 demandes les plus récentes (faites défiler pour en voir plus)</translation>
    </message>
    <message>
        <source>No request matches “%1”.</source>
        <translation>Aucune demande ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>First %1 requests matching “%2” (scroll for more)</source>
        <translation>Les %1 premières demandes correspondant à « %2 » (faites défiler pour en voir plus)</translation>
    </message>
    <message>
        <source>%1 request(s) matching “%2”</source>
        <translation>%1 demande(s) correspondant à « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>File a request for the visitor or the caller, with its receipt (Ctrl+N)</source>
        <translation>Enregistrer une demande pour l&apos;usager présent ou au téléphone, avec son accusé de réception (Ctrl+N)</translation>
    </message>
    <message>
        <source>Overdue by service</source>
        <translation>En retard par service</translation>
    </message>
    <message>
        <source>Supervisors: the requests past their due date, by competent service (Ctrl+Shift+R)</source>
        <translation>Superviseurs : les demandes dont l&apos;échéance est dépassée, par service compétent (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Search the server</source>
        <translation>Chercher sur le serveur</translation>
    </message>
    <message>
        <source>Older requests this counter no longer keeps: ask the server for what is typed in the search box (Ctrl+Shift+F)</source>
        <translation>Demandes plus anciennes que ce guichet ne conserve plus : demander au serveur ce qui est tapé dans la recherche (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Request %1 filed, due %2.</source>
        <translation>Demande %1 enregistrée, échéance le %2.</translation>
    </message>
    <message>
        <source>Type a reference, a name or a phone number in the search box first.</source>
        <translation>Tapez d&apos;abord une référence, un nom ou un numéro de téléphone dans la recherche.</translation>
    </message>
    <message>
        <source>Reference, requester&apos;s name, phone or email, street or subject</source>
        <translation>Référence, nom, téléphone ou courriel du demandeur, rue ou objet</translation>
    </message>
</context>
<context>
    <name>guichet::ReviewListDialog</name>
    <message>
        <source>Articles to review</source>
        <translation>Articles à revoir</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review date passed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Date de relecture dépassée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Articles whose review date has passed</source>
        <translation>Articles dont la date de relecture est dépassée</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>À revoir avant le</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review tasks raised by agents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Demandes de relecture des agents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open review tasks</source>
        <translation>Demandes de relecture ouvertes</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Verified today</source>
        <translation>&amp;Vérifié aujourd’hui</translation>
    </message>
    <message>
        <source>Verified today</source>
        <translation>Vérifié aujourd’hui</translation>
    </message>
    <message>
        <source>The selected article has been checked: verified today, next review date set</source>
        <translation>L’article sélectionné a été relu : vérifié aujourd’hui, prochaine relecture fixée</translation>
    </message>
    <message>
        <source>&amp;Task handled</source>
        <translation>&amp;Demande traitée</translation>
    </message>
    <message>
        <source>Task handled</source>
        <translation>Demande traitée</translation>
    </message>
    <message>
        <source>The selected review task has been dealt with</source>
        <translation>La demande de relecture sélectionnée a été traitée</translation>
    </message>
    <message>
        <source>&amp;Open the article</source>
        <translation>&amp;Ouvrir l’article</translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation>Ouvrir l’article</translation>
    </message>
    <message>
        <source>Show the selected article in the reading pane (Enter)</source>
        <translation>Afficher l’article sélectionné dans le volet de lecture (Entrée)</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked obsolete</source>
        <translation>Signalé obsolète</translation>
    </message>
    <message>
        <source>Obsolete: %1</source>
        <translation>Obsolète : %1</translation>
    </message>
    <message>
        <source>%1 article(s) past their review date · %2 open review task(s)</source>
        <translation>Articles à relire (date dépassée) : %1 · demandes de relecture ouvertes : %2</translation>
    </message>
    <message>
        <source>Not marked verified: %1</source>
        <translation>Non marqué vérifié : %1</translation>
    </message>
    <message>
        <source>The task was not closed: %1</source>
        <translation>La demande n’a pas été close : %1</translation>
    </message>
</context>
<context>
    <name>guichet::ServicePublicFiche</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>JSON invalide (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string</source>
        <translation>« %1 » est absent ou n&apos;est pas une chaîne de caractères</translation>
    </message>
    <message>
        <source>&quot;id&quot; is not a fiche id: &quot;%1&quot;</source>
        <translation>« id » n&apos;est pas un identifiant de fiche : « %1 »</translation>
    </message>
    <message>
        <source>&quot;title&quot; is empty</source>
        <translation>« title » est vide</translation>
    </message>
    <message>
        <source>&quot;modified&quot; is missing or not a date (YYYY-MM-DD)</source>
        <translation>« modified » est absent ou n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>« %1 » n&apos;est pas une chaîne de caractères</translation>
    </message>
    <message>
        <source>&quot;breadcrumb&quot; and &quot;where&quot; must be lists of strings</source>
        <translation>« breadcrumb » et « where » doivent être des listes de chaînes</translation>
    </message>
    <message>
        <source>&quot;related&quot; and &quot;services&quot; must be lists of objects with an &quot;id&quot;</source>
        <translation>« related » et « services » doivent être des listes d&apos;objets ayant un « id »</translation>
    </message>
    <message>
        <source>&quot;dossier&quot; is not an object</source>
        <translation>« dossier » n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&quot;warnings&quot; is not a list</source>
        <translation>« warnings » n&apos;est pas une liste</translation>
    </message>
</context>
<context>
    <name>guichet::SessionMenu</name>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Change agent…</source>
        <translation>C&amp;hanger d&apos;agent…</translation>
    </message>
    <message>
        <source>Shift change or a substitute arriving: signs the current agent out, then asks who takes the counter</source>
        <translation>Relève ou arrivée d&apos;un remplaçant : déconnecte l&apos;agent actuel, puis demande qui prend le guichet</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Refused changes &amp;to handle…</source>
        <translation>Modifications refusées à &amp;traiter…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connexion établie : %1.</translation>
    </message>
    <message>
        <source>Sign-out failed</source>
        <translation>Échec de la déconnexion</translation>
    </message>
    <message numerus="yes">
        <source>Signed out. %n change(s) not yet sent will be sent at the next sign-in.</source>
        <translation>
            <numerusform>Déconnexion effectuée. %n modification non encore envoyée le sera à la prochaine connexion.</numerusform>
            <numerusform>Déconnexion effectuée. %n modifications non encore envoyées le seront à la prochaine connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnexion effectuée.</translation>
    </message>
</context>
<context>
    <name>guichet::SessionMessages</name>
    <message>
        <source>Enter the server&apos;s address, e.g. https://guichet.ville.fr</source>
        <translation>Saisissez l&apos;adresse du serveur, par ex. https://guichet.ville.fr</translation>
    </message>
    <message>
        <source>The address must start with https://: without it, passwords and citizens&apos; data would cross the network unencrypted.</source>
        <translation>L&apos;adresse doit commencer par https:// : sans cela, les mots de passe et les données des usagers circuleraient en clair sur le réseau.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: try again in %n s.</source>
        <translation>
            <numerusform>Trop d&apos;essais manqués : réessayez dans %n s.</numerusform>
            <numerusform>Trop d&apos;essais manqués : réessayez dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts: try again in a few minutes.</source>
        <translation>Trop d&apos;essais manqués : réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server %1 does not answer: check the address and the network, or keep working offline and sign in later.
(%2)</source>
        <translation>Le serveur %1 ne répond pas : vérifiez l&apos;adresse et le réseau, ou continuez hors ligne et connectez-vous plus tard.
(%2)</translation>
    </message>
    <message>
        <source>This account may not sign in here (disabled, or no access to this site).
(%1)</source>
        <translation>Ce compte ne peut pas se connecter ici (compte désactivé, ou pas d&apos;accès à ce site).
(%1)</translation>
    </message>
    <message>
        <source>Choose the site where you work today.</source>
        <translation>Choisissez le site où vous travaillez aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The local store could not record the session: %1</source>
        <translation>Le stockage local n&apos;a pas pu enregistrer la session : %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation>La réponse du serveur n&apos;a pas été comprise : %1</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Le serveur a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>The session could not be removed from the system keychain: %1</source>
        <translation>La session n&apos;a pas pu être retirée du trousseau du système : %1</translation>
    </message>
    <message>
        <source>The local store could not record the sign-out: %1</source>
        <translation>Le stockage local n&apos;a pas pu enregistrer la déconnexion : %1</translation>
    </message>
    <message>
        <source>Signing out failed: %1</source>
        <translation>La déconnexion a échoué : %1</translation>
    </message>
    <message>
        <source>Signed out on this counter; the server could not be told and the session will expire on its own.</source>
        <translation>Déconnexion effectuée sur ce poste ; le serveur n&apos;a pas pu être prévenu et la session expirera d&apos;elle-même.</translation>
    </message>
    <message>
        <source>%1
The session cannot be kept safely without it: unlock it (or call IT), then sign in again.</source>
        <comment>%1: the keychain&apos;s own words</comment>
        <translation>%1
La session ne peut pas être conservée en sécurité sans lui : déverrouillez-le (ou appelez le service informatique), puis reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>guichet::SiteListModel</name>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
</context>
<context>
    <name>guichet::SlipExport</name>
    <message>
        <source>The slip cannot be printed: %1</source>
        <translation>Le récapitulatif ne peut pas être imprimé : %1</translation>
    </message>
    <message>
        <source>Print the slip of %1</source>
        <translation>Imprimer le récapitulatif de %1</translation>
    </message>
    <message>
        <source>The slip of %1 was sent to the printer.</source>
        <translation>Le récapitulatif de %1 a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The PDF cannot be written: %1</source>
        <translation>Le PDF ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation>Enregistrer le récapitulatif en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>Le PDF n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Slip saved as %1.</source>
        <translation>Récapitulatif enregistré sous %1.</translation>
    </message>
    <message>
        <source>The calendar file cannot be written: %1</source>
        <translation>Le fichier agenda ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>Export the appointment to a calendar</source>
        <translation>Exporter le rendez-vous vers un agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers agenda (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file was not written: %1</source>
        <translation>Le fichier agenda n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Calendar file saved as %1.</source>
        <translation>Fichier agenda enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>guichet::SlotEngine</name>
    <message>
        <source>This site is not known at this counter (%1).</source>
        <translation>Ce site est inconnu de ce guichet (%1).</translation>
    </message>
    <message>
        <source>This appointment reason is not known at this counter (%1).</source>
        <translation>Ce motif de rendez-vous est inconnu de ce guichet (%1).</translation>
    </message>
    <message>
        <source>The start time is not a valid date and time.</source>
        <translation>L&apos;heure de début n&apos;est pas une date et une heure valides.</translation>
    </message>
    <message>
        <source>This site does not offer this appointment reason.</source>
        <translation>Ce site ne propose pas ce motif de rendez-vous.</translation>
    </message>
    <message>
        <source>This time has already passed.</source>
        <translation>Cette heure est déjà passée.</translation>
    </message>
    <message numerus="yes">
        <source>This reason must be booked at least %n hour(s) ahead.</source>
        <translation>
            <numerusform>Ce motif se réserve au moins %n heure à l&apos;avance.</numerusform>
            <numerusform>Ce motif se réserve au moins %n heures à l&apos;avance.</numerusform>
        </translation>
    </message>
    <message>
        <source>The site is closed that day (public holiday or closure).</source>
        <translation>Le site est fermé ce jour-là (jour férié ou fermeture).</translation>
    </message>
    <message>
        <source>No schedule of the site offers this reason at this time.</source>
        <translation>Aucun planning du site ne propose ce motif à cette heure.</translation>
    </message>
</context>
<context>
    <name>guichet::SlotPicker</name>
    <message>
        <source>1. Reason and slot</source>
        <translation>1. Motif et créneau</translation>
    </message>
    <message>
        <source>Reason for the appointment</source>
        <translation>Motif du rendez-vous</translation>
    </message>
    <message>
        <source>Type a few letters of the reason</source>
        <translation>Tapez quelques lettres du motif</translation>
    </message>
    <message>
        <source>Type a few letters of the reason (e.g. “pass”, “etat civil”), then Enter</source>
        <translation>Tapez quelques lettres du motif (par ex. « pass », « etat civil »), puis Entrée</translation>
    </message>
    <message>
        <source>About the reason</source>
        <translation>À propos du motif</translation>
    </message>
    <message>
        <source>Sites searched</source>
        <translation>Sites cherchés</translation>
    </message>
    <message>
        <source>First day searched</source>
        <translation>Premier jour cherché</translation>
    </message>
    <message>
        <source>&amp;More slots</source>
        <translation>Plus de &amp;créneaux</translation>
    </message>
    <message>
        <source>More slots</source>
        <translation>Plus de créneaux</translation>
    </message>
    <message>
        <source>Show the next free slots after these</source>
        <translation>Afficher les créneaux libres suivants</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Si&amp;te :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À &amp;partir du :</translation>
    </message>
    <message>
        <source>Free slots found</source>
        <translation>Créneaux libres trouvés</translation>
    </message>
    <message>
        <source>Earliest free slots</source>
        <translation>Premiers créneaux libres</translation>
    </message>
    <message>
        <source>Sl&amp;ots:</source>
        <translation>Crén&amp;eaux :</translation>
    </message>
    <message>
        <source>Slot chosen</source>
        <translation>Créneau choisi</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>%1 (this counter)</source>
        <translation>%1 (ce guichet)</translation>
    </message>
    <message>
        <source>%1, %2–%3, %4</source>
        <extracomment>When and where: &quot;Tuesday 24 November 2026, 11:00–11:15, Mairie du 1er arrondissement&quot;</extracomment>
        <translation>%1, %2–%3, %4</translation>
    </message>
    <message>
        <source>No reason matches “%1”.</source>
        <translation>Aucun motif ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No reason is known at this counter yet.</source>
        <translation>Aucun motif n&apos;est encore connu de ce guichet.</translation>
    </message>
    <message>
        <source>Type a few letters of the reason, then Enter.</source>
        <translation>Tapez quelques lettres du motif, puis Entrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>to bring: %1</source>
        <translation>à apporter : %1</translation>
    </message>
    <message>
        <source>Chosen: %1 (%2)</source>
        <translation>Choisi : %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free</source>
        <translation>
            <numerusform>%n place libre</numerusform>
            <numerusform>%n places libres</numerusform>
        </translation>
    </message>
    <message>
        <source>No slot chosen yet.</source>
        <translation>Aucun créneau choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>the reason&apos;s earliest free slots show here</source>
        <translation>les premiers créneaux libres du motif s&apos;affichent ici</translation>
    </message>
    <message>
        <source>at every site</source>
        <translation>sur tous les sites</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>No free slot %1 in the %2 days from %3.</source>
        <translation>Aucun créneau libre %1 dans les %2 jours à partir du %3.</translation>
    </message>
    <message>
        <source>earliest free slots %1, earliest first</source>
        <translation>premiers créneaux libres %1, du plus proche au plus lointain</translation>
    </message>
    <message>
        <source>Choose the reason first: type a few letters of it.</source>
        <translation>Choisissez d&apos;abord le motif : tapez-en quelques lettres.</translation>
    </message>
    <message>
        <source>No free slot to choose: change the site or the day.</source>
        <translation>Aucun créneau libre à choisir : changez de site ou de jour.</translation>
    </message>
</context>
<context>
    <name>guichet::SyncLabels</name>
    <message>
        <source>The slot is full</source>
        <translation>Le créneau est complet</translation>
    </message>
    <message>
        <source>Changed meanwhile at another counter</source>
        <translation>Modifié entre-temps à un autre guichet</translation>
    </message>
    <message>
        <source>Not allowed for this agent or site</source>
        <translation>Non autorisé pour cet agent ou ce site</translation>
    </message>
    <message>
        <source>Refused as invalid</source>
        <translation>Refusé car invalide</translation>
    </message>
    <message>
        <source>No longer exists</source>
        <translation>N&apos;existe plus</translation>
    </message>
    <message>
        <source>Reference already taken</source>
        <translation>Référence déjà attribuée</translation>
    </message>
    <message>
        <source>The server could not process it</source>
        <translation>Le serveur n&apos;a pas pu la traiter</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>Book another slot for the visitor.</source>
        <translation>Proposez un autre créneau à l&apos;usager.</translation>
    </message>
    <message>
        <source>Check the record and apply your change again.</source>
        <translation>Vérifiez la fiche et refaites votre modification.</translation>
    </message>
    <message>
        <source>Ask a supervisor of the site to make this change.</source>
        <translation>Demandez à un responsable du site de faire cette modification.</translation>
    </message>
    <message>
        <source>Correct what was entered, then save it again.</source>
        <translation>Corrigez la saisie, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Nothing left to change: dismiss it, or create the record again if it is still needed.</source>
        <translation>Plus rien à modifier : abandonnez-la, ou recréez la fiche si elle est encore utile.</translation>
    </message>
    <message>
        <source>Enter it again as a new record: it will get a reference of its own.</source>
        <translation>Saisissez-la de nouveau comme une nouvelle fiche : elle recevra sa propre référence.</translation>
    </message>
    <message>
        <source>Send it again later; if it is refused again, call IT support.</source>
        <translation>Renvoyez-la plus tard ; si elle est de nouveau refusée, appelez le support informatique.</translation>
    </message>
    <message>
        <source>Check the record, then send the change again or dismiss it.</source>
        <translation>Vérifiez la fiche, puis renvoyez la modification ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Request history</source>
        <translation>Historique de la demande</translation>
    </message>
    <message>
        <source>Interpreter call</source>
        <translation>Appel d&apos;interprète</translation>
    </message>
    <message>
        <source>Knowledge-base article</source>
        <translation>Article de la base de connaissances</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Interpreting service</source>
        <translation>Service d&apos;interprétariat</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Favourite article</source>
        <translation>Article favori</translation>
    </message>
    <message>
        <source>Article feedback</source>
        <translation>Avis sur un article</translation>
    </message>
</context>
<context>
    <name>guichet::ToHandleDialog</name>
    <message>
        <source>To handle: changes refused by the server</source>
        <translation>À traiter : modifications refusées par le serveur</translation>
    </message>
    <message>
        <source>Refused changes to handle</source>
        <translation>Modifications refusées à traiter</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>Details of the refused change</source>
        <translation>Détails de la modification refusée</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Send the change again, as it was made</source>
        <translation>Renvoyer la modification telle qu&apos;elle a été faite</translation>
    </message>
    <message>
        <source>&amp;Dismiss the change</source>
        <translation>&amp;Abandonner la modification</translation>
    </message>
    <message>
        <source>Let the change go: the server&apos;s version stays</source>
        <translation>Renoncer à la modification : la version du serveur est conservée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing to handle: the server accepted every change of this counter.</source>
        <translation>Rien à traiter : le serveur a accepté toutes les modifications de ce poste.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of this counter were refused by the server. For each one, send it again or let it go.</source>
        <translation>
            <numerusform>%n modification de ce poste a été refusée par le serveur. Renvoyez-la ou abandonnez-la.</numerusform>
            <numerusform>%n modifications de ce poste ont été refusées par le serveur. Pour chacune, renvoyez-la ou abandonnez-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Modification : %1</translation>
    </message>
    <message>
        <source>Refused on: %1</source>
        <translation>Refusée le : %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motif du refus : %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>Server&apos;s message: %1</source>
        <translation>Message du serveur : %1</translation>
    </message>
    <message>
        <source>The change cannot be sent again</source>
        <translation>La modification ne peut pas être renvoyée</translation>
    </message>
    <message>
        <source>The change will be sent again at the next synchronisation.</source>
        <translation>La modification sera renvoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Dismiss the change?</source>
        <translation>Abandonner la modification ?</translation>
    </message>
    <message>
        <source>“%1” will not be sent: the server&apos;s version stays. This cannot be undone.</source>
        <translation>« %1 » ne sera pas envoyée : la version du serveur est conservée. Cette action est définitive.</translation>
    </message>
    <message>
        <source>Dismiss the change</source>
        <translation>Abandonner la modification</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>The change cannot be dismissed</source>
        <translation>La modification ne peut pas être abandonnée</translation>
    </message>
    <message>
        <source>The refused change was dismissed.</source>
        <translation>La modification refusée a été abandonnée.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>none in the next three months</source>
        <translation>aucun dans les trois prochains mois</translation>
    </message>
    <message>
        <source>Call the visitor back: %1</source>
        <translation>Rappeler l&apos;usager : %1</translation>
    </message>
    <message>
        <source>Next free slots at the same site: %1</source>
        <translation>Prochains créneaux libres sur le même site : %1</translation>
    </message>
    <message>
        <source>Earliest free slots at any site: %1</source>
        <translation>Premiers créneaux libres, tous sites : %1</translation>
    </message>
</context>
<context>
    <name>guichet::TokenStore</name>
    <message>
        <source>The system keychain did not answer within %1 seconds</source>
        <translation>Le trousseau du système n&apos;a pas répondu en %1 secondes</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused: %1</source>
        <translation>L&apos;accès au trousseau du système a été refusé : %1</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable: %1</source>
        <translation>Le trousseau du système est verrouillé ou indisponible : %1</translation>
    </message>
</context>
<context>
    <name>guichet::Transaction</name>
    <message>
        <source>Could not start a transaction</source>
        <translation>Impossible de commencer une transaction</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>Impossible d&apos;enregistrer la modification</translation>
    </message>
</context>
<context>
    <name>guichet::VisitorForm</name>
    <message>
        <source>Visitor</source>
        <translation>Usager</translation>
    </message>
    <message>
        <source>Visitor&apos;s name</source>
        <translation>Nom de l&apos;usager</translation>
    </message>
    <message>
        <source>e.g. Mme Amina Benali</source>
        <translation>par ex. Mme Amina Benali</translation>
    </message>
    <message>
        <source>Visitor&apos;s phone</source>
        <translation>Téléphone de l&apos;usager</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78 or +44 20 7946 0958</source>
        <translation>par ex. 06 12 34 56 78 ou +44 20 7946 0958</translation>
    </message>
    <message>
        <source>Phone number check</source>
        <translation>Vérification du numéro</translation>
    </message>
    <message>
        <source>Visitor&apos;s e-mail</source>
        <translation>E-mail de l&apos;usager</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Visitor&apos;s language</source>
        <translation>Langue de l&apos;usager</translation>
    </message>
    <message>
        <source>Type a few letters of the language, in French or in the language itself</source>
        <translation>Tapez quelques lettres de la langue, en français ou dans la langue elle-même</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interprète</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>A besoin d&apos;un interprète</translation>
    </message>
    <message>
        <source>Si&amp;gn language (LSF)</source>
        <translation>Langue des si&amp;gnes (LSF)</translation>
    </message>
    <message>
        <source>Needs sign language (LSF)</source>
        <translation>A besoin de la langue des signes (LSF)</translation>
    </message>
    <message>
        <source>&amp;Wheelchair access</source>
        <translation>Accès &amp;fauteuil roulant</translation>
    </message>
    <message>
        <source>Needs wheelchair access</source>
        <translation>A besoin d&apos;un accès en fauteuil roulant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Besoins :</translation>
    </message>
    <message>
        <source>Send the confirmation and the reminder by &amp;SMS</source>
        <translation>Envoyer la confirmation et le rappel par &amp;SMS</translation>
    </message>
    <message>
        <source>Send the confirmation and the reminder by SMS</source>
        <translation>Envoyer la confirmation et le rappel par SMS</translation>
    </message>
    <message>
        <source>Confirmation SMS text</source>
        <translation>Texte du SMS de confirmation</translation>
    </message>
    <message>
        <source>Length of the SMS</source>
        <translation>Longueur du SMS</translation>
    </message>
    <message>
        <source>No phone: no SMS; give an e-mail if the visitor has one.</source>
        <translation>Pas de téléphone : pas de SMS ; indiquez un e-mail si l&apos;usager en a un.</translation>
    </message>
    <message>
        <source>✓ %1 (mobile: can receive the SMS)</source>
        <translation>✓ %1 (mobile : peut recevoir le SMS)</translation>
    </message>
    <message>
        <source>✓ %1 (not a mobile: no SMS)</source>
        <translation>✓ %1 (pas un mobile : pas de SMS)</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>How long the SMS is: &quot;112 characters, 1 SMS&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>(special characters: %1 per SMS)</source>
        <translation>(caractères spéciaux : %1 par SMS)</translation>
    </message>
    <message>
        <source>The text of the SMS shows once a slot is chosen.</source>
        <translation>Le texte du SMS s&apos;affiche une fois le créneau choisi.</translation>
    </message>
    <message>
        <source>no SMS will be sent: no phone number</source>
        <translation>aucun SMS ne sera envoyé : pas de numéro de téléphone</translation>
    </message>
    <message>
        <source>no SMS will be sent: the number is not a mobile</source>
        <translation>aucun SMS ne sera envoyé : le numéro n&apos;est pas un mobile</translation>
    </message>
    <message>
        <source>no SMS will be sent: the visitor does not want it</source>
        <translation>aucun SMS ne sera envoyé : l&apos;usager n&apos;en veut pas</translation>
    </message>
</context>
<context>
    <name>guichet::VisitorScreen</name>
    <message>
        <source>Visitor screen</source>
        <translation>Écran usager</translation>
    </message>
    <message>
        <source>The screen facing the visitor, in the visitor&apos;s language</source>
        <translation>L&apos;écran tourné vers l&apos;usager, dans sa langue</translation>
    </message>
    <message>
        <source>Message for the visitor</source>
        <translation>Message pour l&apos;usager</translation>
    </message>
    <message>
        <source>Written conversation</source>
        <translation>Conversation écrite</translation>
    </message>
    <message>
        <source>Whose turn it is</source>
        <translation>À qui c&apos;est le tour</translation>
    </message>
    <message>
        <source>Visitor&apos;s message</source>
        <translation>Message de l&apos;usager</translation>
    </message>
    <message>
        <source>The visitor types here; Enter sends the message to the agent</source>
        <translation>L&apos;usager tape ici ; Entrée envoie le message à l&apos;agent</translation>
    </message>
</context>
<context>
    <name>guichet::WhereToGoExport</name>
    <message>
        <source>the article is no longer in the knowledge base</source>
        <translation>l&apos;article n&apos;est plus dans la base de connaissances</translation>
    </message>
    <message>
        <source>Print the “where to go” slip</source>
        <translation>Imprimer la fiche « Où vous adresser »</translation>
    </message>
    <message>
        <source>The slip could not be printed: the printer refused the page.</source>
        <translation>La fiche n&apos;a pas pu être imprimée : l&apos;imprimante a refusé la page.</translation>
    </message>
    <message>
        <source>The “where to go” slip of “%1” was sent to the printer.</source>
        <translation>La fiche « Où vous adresser » de « %1 » a été envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save the “where to go” slip as PDF</source>
        <translation>Enregistrer la fiche « Où vous adresser » en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>Le PDF n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>“Where to go” slip saved as %1.</source>
        <translation>Fiche « Où vous adresser » enregistrée sous %1.</translation>
    </message>
</context>
<context>
    <name>guichet::WhereToGoSlip</name>
    <message>
        <source>Where to go – %1</source>
        <translation>Où vous adresser – %1</translation>
    </message>
    <message>
        <source>where-to-go</source>
        <translation>ou-vous-adresser</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Où vous adresser</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Où s&apos;adresser</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Pièces à apporter</translation>
    </message>
    <message>
        <source>The documents to bring depend on your situation: see the full fiche.</source>
        <translation>Les pièces à fournir dépendent de votre situation : consultez la fiche complète.</translation>
    </message>
    <message>
        <source>Scan this code to read the full fiche online:</source>
        <translation>Scannez ce code pour lire la fiche complète en ligne :</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>Handed over on %1.</source>
        <translation>Document remis le %1.</translation>
    </message>
</context>
<context>
    <name>guichet::WrittenConversationPanel</name>
    <message>
        <source>Visitor scr&amp;een</source>
        <translation>É&amp;cran usager</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Visitor&apos;s turn</source>
        <translation>Au tour de l&apos;&amp;usager</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>&amp;Attach to a request…</source>
        <translation>&amp;Joindre à une demande…</translation>
    </message>
    <message>
        <source>Written conversation</source>
        <translation>Conversation écrite</translation>
    </message>
    <message>
        <source>Visitor&apos;s lan&amp;guage:</source>
        <translation>Lan&amp;gue de l&apos;usager :</translation>
    </message>
    <message>
        <source>Visitor&apos;s language</source>
        <translation>Langue de l&apos;usager</translation>
    </message>
    <message>
        <source>The language of the visitor screen</source>
        <translation>La langue de l&apos;écran usager</translation>
    </message>
    <message>
        <source>Visitor screen</source>
        <translation>Écran usager</translation>
    </message>
    <message>
        <source>Shows the conversation to the visitor: full screen on a second display, otherwise a large window</source>
        <translation>Montre la conversation à l&apos;usager : en plein écran sur un second écran, sinon dans une grande fenêtre</translation>
    </message>
    <message>
        <source>C&amp;onversation</source>
        <translation>C&amp;onversation</translation>
    </message>
    <message>
        <source>Conversation so far</source>
        <translation>La conversation jusqu&apos;ici</translation>
    </message>
    <message>
        <source>&amp;Your message:</source>
        <translation>Votre &amp;message :</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Enter shows the message on the visitor screen</source>
        <translation>Entrée affiche le message sur l&apos;écran usager</translation>
    </message>
    <message>
        <source>Type, then press Enter</source>
        <translation>Tapez, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Visitor&apos;s turn</source>
        <translation>Au tour de l&apos;usager</translation>
    </message>
    <message>
        <source>Hands the keyboard to the visitor; it comes back when the visitor presses Enter</source>
        <translation>Passe le clavier à l&apos;usager ; il revient quand l&apos;usager appuie sur Entrée</translation>
    </message>
    <message>
        <source>Hand the keyboard to the visitor (%1)</source>
        <translation>Passer le clavier à l&apos;usager (%1)</translation>
    </message>
    <message>
        <source>Clear the conversation</source>
        <translation>Effacer la conversation</translation>
    </message>
    <message>
        <source>Forgets the conversation: nothing of it is kept</source>
        <translation>Oublie la conversation : rien n&apos;en est gardé</translation>
    </message>
    <message>
        <source>Attach to a request</source>
        <translation>Joindre à une demande</translation>
    </message>
    <message>
        <source>Adds the conversation as a note to a request of the visitor</source>
        <translation>Ajoute la conversation en note à une demande de l&apos;usager</translation>
    </message>
</context>
<context>
    <name>guichet::sql</name>
    <message>
        <source>A database statement failed</source>
        <translation>Une opération sur la base de données a échoué</translation>
    </message>
    <message>
        <source>the disk is full: free some space, nothing was saved</source>
        <translation>le disque est plein : libérez de la place, rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>the local store cannot be written (read-only file or folder)</source>
        <translation>le stockage local ne peut pas être écrit (fichier ou dossier en lecture seule)</translation>
    </message>
    <message>
        <source>the local store is damaged</source>
        <translation>le stockage local est endommagé</translation>
    </message>
    <message>
        <source>A database statement could not be prepared</source>
        <translation>Une opération sur la base de données n&apos;a pas pu être préparée</translation>
    </message>
    <message>
        <source>A schema statement failed</source>
        <translation>Une instruction de schéma a échoué</translation>
    </message>
    <message>
        <source>The local store&apos;s connection is not an open SQLite database</source>
        <translation>La connexion au stockage local n&apos;est pas une base SQLite ouverte</translation>
    </message>
    <message>
        <source>The local store&apos;s connection is closed</source>
        <translation>La connexion au stockage local est fermée</translation>
    </message>
</context>
</TS>
