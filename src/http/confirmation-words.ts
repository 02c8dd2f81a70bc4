/**
 * The prospect's confirmation page (`/c/`) in each language agendum writes email in: the
 * page a prospect opens from the agenda or recap reads in that email's language. English
 * is what the page has always said.
 */
import type { Language } from '../domain/languages.js';

/** Every sentence and label of the page and of the pages after an answer. */
export interface ConfirmationWords {
  heading: { agenda: string; recap: string };
  /** "Dana Whitfield at Northwind". */
  at: (name: string, company: string) => string;
  ask: { agenda: (who: string) => string; recap: (who: string) => string };
  labels: { purpose: string; agenda: string; outcome: string; agreed: string; nextStep: string };
  already: string;
  confirm: string;
  change: { label: string; placeholder: string; send: string };
  optOut: { label: string; explain: (sender: string) => string; button: string };
  confirmed: { title: string; text: (name: string) => string };
  changed: { title: string; text: (name: string, beforeMeeting: boolean) => string };
  optedOut: { title: string; text: (name: string) => string };
}

export const CONFIRMATION_WORDS: Readonly<Record<Language, ConfirmationWords>> = {
  en: {
    heading: { agenda: 'Does this match what you want from the meeting?', recap: 'Is this what we agreed?' },
    at: (name, company) => `${name} at ${company}`,
    ask: {
      agenda: (who) => `${who} asks you to confirm the plan for this meeting, or to suggest a change.`,
      recap: (who) => `${who} asks you to confirm what you agreed in the meeting, or to correct it.`,
    },
    labels: {
      purpose: "Why we're meeting",
      agenda: "What we'll cover",
      outcome: 'A good outcome',
      agreed: 'What we agreed',
      nextStep: 'Next step',
    },
    already: 'You already confirmed this. Thank you!',
    confirm: 'Confirm',
    change: {
      label: 'Suggest a change',
      placeholder: 'What would you add or change?',
      send: 'Send suggestion',
    },
    optOut: {
      label: 'Your email address',
      explain: (s) =>
        `agendum sends ${s}'s meeting emails. Leave your address here and it sends nothing more to it.`,
      button: "Don't email me about meetings",
    },
    confirmed: {
      title: 'Confirmed — thank you',
      text: (n) => `${n} can now see that you confirmed. You can close this page.`,
    },
    changed: {
      title: 'Thanks — your suggestion is on its way',
      text: (n, before) =>
        `${n} can see your suggestion${before ? ' now, before the meeting' : ' now'}. You can close this page.`,
    },
    optedOut: {
      title: 'Done — no more meeting emails',
      text: (n) =>
        `agendum will not email that address again. ${n} can see that you asked. You can close this page.`,
    },
  },
  de: {
    heading: {
      agenda: 'Entspricht das dem, was Sie sich vom Termin erwarten?',
      recap: 'Haben wir das so vereinbart?',
    },
    at: (name, company) => `${name} von ${company}`,
    ask: {
      agenda: (who) =>
        `${who} bittet Sie, den Plan für diesen Termin zu bestätigen oder eine Änderung vorzuschlagen.`,
      recap: (who) =>
        `${who} bittet Sie, zu bestätigen, was Sie im Termin vereinbart haben, oder es zu korrigieren.`,
    },
    labels: {
      purpose: 'Worum es geht',
      agenda: 'Was wir besprechen',
      outcome: 'Ein gutes Ergebnis',
      agreed: 'Was wir vereinbart haben',
      nextStep: 'Nächster Schritt',
    },
    already: 'Sie haben das bereits bestätigt. Vielen Dank!',
    confirm: 'Bestätigen',
    change: {
      label: 'Änderung vorschlagen',
      placeholder: 'Was möchten Sie ergänzen oder ändern?',
      send: 'Vorschlag senden',
    },
    optOut: {
      label: 'Ihre E-Mail-Adresse',
      explain: (s) =>
        `agendum versendet die Termin-E-Mails von ${s}. Tragen Sie hier Ihre Adresse ein, dann schickt es ihr nichts mehr.`,
      button: 'Keine Termin-E-Mails mehr an mich',
    },
    confirmed: {
      title: 'Bestätigt – vielen Dank',
      text: (n) => `${n} sieht jetzt, dass Sie bestätigt haben. Sie können diese Seite schließen.`,
    },
    changed: {
      title: 'Danke – Ihr Vorschlag ist unterwegs',
      text: (n, before) =>
        `${n} sieht Ihren Vorschlag ${before ? 'jetzt, vor dem Termin' : 'jetzt'}. Sie können diese Seite schließen.`,
    },
    optedOut: {
      title: 'Erledigt – keine Termin-E-Mails mehr',
      text: (n) =>
        `agendum schreibt diese Adresse nicht mehr an. ${n} sieht, dass Sie darum gebeten haben. Sie können diese Seite schließen.`,
    },
  },
  fr: {
    heading: {
      agenda: 'Cela correspond-il à ce que vous attendez de la réunion ?',
      recap: 'Est-ce bien ce dont nous avons convenu ?',
    },
    at: (name, company) => `${name} (${company})`,
    ask: {
      agenda: (who) =>
        `${who} vous demande de confirmer le programme de cette réunion, ou de proposer une modification.`,
      recap: (who) =>
        `${who} vous demande de confirmer ce dont vous avez convenu lors de la réunion, ou de le corriger.`,
    },
    labels: {
      purpose: 'Pourquoi nous nous réunissons',
      agenda: 'Ce que nous aborderons',
      outcome: 'Un bon résultat',
      agreed: 'Ce dont nous avons convenu',
      nextStep: 'Prochaine étape',
    },
    already: 'Vous avez déjà confirmé. Merci !',
    confirm: 'Confirmer',
    change: {
      label: 'Proposer une modification',
      placeholder: 'Que souhaitez-vous ajouter ou modifier ?',
      send: 'Envoyer la proposition',
    },
    optOut: {
      label: 'Votre adresse e-mail',
      explain: (s) =>
        `agendum envoie les e-mails de réunion de ${s}. Indiquez votre adresse ici et il ne lui enverra plus rien.`,
      button: "Ne plus m'écrire au sujet des réunions",
    },
    confirmed: {
      title: 'Confirmé — merci',
      text: (n) => `${n} voit maintenant que vous avez confirmé. Vous pouvez fermer cette page.`,
    },
    changed: {
      title: 'Merci — votre proposition est transmise',
      text: (n, before) =>
        `${n} voit votre proposition ${before ? 'dès maintenant, avant la réunion' : 'dès maintenant'}. Vous pouvez fermer cette page.`,
    },
    optedOut: {
      title: 'C’est fait — plus d’e-mails de réunion',
      text: (n) =>
        `agendum n'écrira plus à cette adresse. ${n} voit que vous l'avez demandé. Vous pouvez fermer cette page.`,
    },
  },
  es: {
    heading: {
      agenda: '¿Se corresponde con lo que espera de la reunión?',
      recap: '¿Es esto lo que acordamos?',
    },
    at: (name, company) => `${name}, de ${company},`,
    ask: {
      agenda: (who) => `${who} le pide que confirme el plan de esta reunión o que proponga un cambio.`,
      recap: (who) => `${who} le pide que confirme lo que acordaron en la reunión o que lo corrija.`,
    },
    labels: {
      purpose: 'Por qué nos reunimos',
      agenda: 'Qué veremos',
      outcome: 'Un buen resultado',
      agreed: 'Lo que acordamos',
      nextStep: 'Siguiente paso',
    },
    already: 'Ya lo ha confirmado. ¡Gracias!',
    confirm: 'Confirmar',
    change: {
      label: 'Proponer un cambio',
      placeholder: '¿Qué añadiría o cambiaría?',
      send: 'Enviar propuesta',
    },
    optOut: {
      label: 'Su dirección de correo',
      explain: (s) =>
        `agendum envía los correos de reuniones de ${s}. Deje aquí su dirección y no le enviará nada más.`,
      button: 'No quiero más correos sobre reuniones',
    },
    confirmed: {
      title: 'Confirmado — gracias',
      text: (n) => `${n} ya puede ver que lo ha confirmado. Puede cerrar esta página.`,
    },
    changed: {
      title: 'Gracias — su propuesta está en camino',
      text: (n, before) =>
        `${n} puede ver su propuesta ${before ? 'ahora, antes de la reunión' : 'ahora'}. Puede cerrar esta página.`,
    },
    optedOut: {
      title: 'Hecho — no más correos de reuniones',
      text: (n) =>
        `agendum no volverá a escribir a esa dirección. ${n} puede ver que lo ha pedido. Puede cerrar esta página.`,
    },
  },
  pt: {
    heading: { agenda: 'Isso corresponde ao que você espera da reunião?', recap: 'Foi isso que combinamos?' },
    at: (name, company) => `${name}, da ${company},`,
    ask: {
      agenda: (who) => `${who} pede que você confirme o plano desta reunião ou sugira uma mudança.`,
      recap: (who) => `${who} pede que você confirme o que foi combinado na reunião ou o corrija.`,
    },
    labels: {
      purpose: 'Por que vamos nos reunir',
      agenda: 'O que vamos ver',
      outcome: 'Um bom resultado',
      agreed: 'O que combinamos',
      nextStep: 'Próximo passo',
    },
    already: 'Você já confirmou. Obrigado!',
    confirm: 'Confirmar',
    change: {
      label: 'Sugerir uma mudança',
      placeholder: 'O que você incluiria ou mudaria?',
      send: 'Enviar sugestão',
    },
    optOut: {
      label: 'Seu endereço de e-mail',
      explain: (s) =>
        `O agendum envia os e-mails de reunião de ${s}. Deixe seu endereço aqui e ele não enviará mais nada para ele.`,
      button: 'Não quero mais e-mails sobre reuniões',
    },
    confirmed: {
      title: 'Confirmado — obrigado',
      text: (n) => `${n} já pode ver que você confirmou. Você pode fechar esta página.`,
    },
    changed: {
      title: 'Obrigado — sua sugestão está a caminho',
      text: (n, before) =>
        `${n} pode ver sua sugestão ${before ? 'agora, antes da reunião' : 'agora'}. Você pode fechar esta página.`,
    },
    optedOut: {
      title: 'Pronto — sem mais e-mails de reunião',
      text: (n) =>
        `O agendum não enviará mais e-mails para esse endereço. ${n} pode ver que você pediu. Você pode fechar esta página.`,
    },
  },
  nl: {
    heading: {
      agenda: 'Sluit dit aan bij wat u van de afspraak verwacht?',
      recap: 'Hebben we dit zo afgesproken?',
    },
    at: (name, company) => `${name} van ${company}`,
    ask: {
      agenda: (who) =>
        `${who} vraagt u het plan voor deze afspraak te bevestigen of een wijziging voor te stellen.`,
      recap: (who) =>
        `${who} vraagt u te bevestigen wat u in de afspraak hebt afgesproken, of het te corrigeren.`,
    },
    labels: {
      purpose: 'Waarom we afspreken',
      agenda: 'Wat we bespreken',
      outcome: 'Een goed resultaat',
      agreed: 'Wat we hebben afgesproken',
      nextStep: 'Volgende stap',
    },
    already: 'U hebt dit al bevestigd. Dank u!',
    confirm: 'Bevestigen',
    change: {
      label: 'Een wijziging voorstellen',
      placeholder: 'Wat wilt u toevoegen of wijzigen?',
      send: 'Voorstel versturen',
    },
    optOut: {
      label: 'Uw e-mailadres',
      explain: (s) =>
        `agendum verstuurt de afspraak-e-mails van ${s}. Vul hier uw adres in en het stuurt er niets meer naartoe.`,
      button: 'Geen e-mails meer over afspraken',
    },
    confirmed: {
      title: 'Bevestigd — dank u',
      text: (n) => `${n} ziet nu dat u hebt bevestigd. U kunt deze pagina sluiten.`,
    },
    changed: {
      title: 'Dank u — uw voorstel is onderweg',
      text: (n, before) =>
        `${n} ziet uw voorstel ${before ? 'nu, vóór de afspraak' : 'nu'}. U kunt deze pagina sluiten.`,
    },
    optedOut: {
      title: 'Klaar — geen afspraak-e-mails meer',
      text: (n) =>
        `agendum mailt dat adres niet meer. ${n} ziet dat u erom hebt gevraagd. U kunt deze pagina sluiten.`,
    },
  },
};
