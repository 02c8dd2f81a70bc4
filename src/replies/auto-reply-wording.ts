/**
 * What automatic replies say, in the six languages: out of office (leave, conference, trade
 * fair), a mailbox nobody reads or whose owner left, ticket systems that log the message.
 * Only looked for at the start of a short message, and the weakest signal of all: a person
 * who asks for something in the same words wins (`read-reply.ts`). Data only.
 */

export const AUTO_REPLY_WORDING: RegExp[] = [
  /\b(i am|i'm|i’m|i will be|i'll be)( currently)? (out of (the )?office|away from (the )?office|on (annual |parental |sick )?leave|on vacation|on holiday|travell?ing with limited)/i,
  /\b(i am|i'm|i’m) (currently )?away (until|from|and will)/i,
  /\bwith (very )?limited access to (my )?e-?mail\b/i,
  /\bthank you for your (e-?mail|message)\.? i (am|will be) (currently )?(out|away)/i,
  /\bich bin (bis|vom|ab|derzeit|zurzeit|momentan|aktuell).{0,60}?\b(nicht im büro|abwesend|im urlaub|außer haus|nicht erreichbar|in elternzeit|in mutterschutz|auf (einer )?(messe|konferenz|tagung|dienstreise|geschäftsreise))/i,
  /\b(je suis|je serai) (actuellement )?(absente?|en congés?|en vacances|hors du bureau)/i,
  /\b(estoy|estaré) (actualmente )?(fuera de la oficina|de vacaciones|ausente)/i,
  /\b(estou|estarei) (atualmente )?(fora do escritório|de férias|ausente|de licença)/i,
  /\bik ben (momenteel |tot en met |tot )?.{0,40}?\b(afwezig|niet op kantoor|met vakantie|niet bereikbaar|niet aanwezig|met (ouderschaps|zwangerschaps|bevallings)?verlof)/i,
  // The same said another way: "I find myself" (de, es, pt).
  /\bich befinde mich (derzeit |zurzeit |momentan )?(im urlaub|nicht im büro|außer haus|auf reisen)/i,
  /\bme encuentro (actualmente )?(fuera de la oficina|de vacaciones|ausente)/i,
  /\bencontro-me (atualmente |actualmente )?(de férias|fora do escritório|ausente|de licença)/i,
  // A notice that says it is automatic, or starts with what a subject would say.
  /^\W*(abwesenheitsnotiz|automatische antwort|out of (the )?office|automatic (reply|message)|automated (reply|message)|auto-?reply|réponse automatique|message automatique|accusé de réception automatique|respuesta automática|mensaje automático|resposta automática|mensagem automática|automatisch (antwoord|bericht))(?![\p{L}])/iu,
  /\b(this is an? (automated|automatic|auto-generated) (message|response|reply|e-?mail)|dies ist eine automatisch (generierte|erzeugte|versendete) (nachricht|e-?mail|antwort)|ceci est (un|une) (message|réponse) automatique|este es un (mensaje|correo) automático|esta é uma (mensagem|resposta) automática|dit is een automatisch( gegenereerd| verzonden)? (bericht|antwoord))/i,
  /\b(this (mailbox|inbox|e-?mail address) is (not|no longer) (monitored|read|checked)|este (buzón|correo)( electrónico)? no (se supervisa|será revisado|es monitoreado|está supervisado|se revisa)|(dieses|das) postfach wird nicht (mehr )?(überwacht|gelesen|betreut|abgerufen)|cette (boîte|adresse)( aux lettres| mail| e-?mail)? n'est (pas|plus) (surveillée|consultée|relevée)|esta caixa (de correio )?não é monitorizada|(deze|dit) (mailbox|postbus|e-?mailadres) wordt niet (meer )?(gecontroleerd|bewaakt|gelezen|opgevolgd))/i,
  // A mailbox that forwards nothing, or whose owner left: "ist nicht mehr für … tätig", "ya no trabajo en".
  /\b(your (e-?mail|message) (will not|won't) be (forwarded|read)|ihre (nachricht|e-?mail) wird nicht weitergeleitet|(je|uw) (e-?mail|bericht) wordt niet (doorgestuurd|gelezen))/i,
  /\b(is no longer (with|at|employed)|has left the company|ist nicht mehr (für|bei) .{0,60}?(tätig|beschäftigt)|ne fait plus partie de|ya no (trabajo|trabaja|forma parte) (en|para|de)|(já não|não mais) (faz|fazem) parte d|não faz mais parte d|is niet (meer|langer) (werkzaam|in dienst) bij)/i,
  // A ticket system's acknowledgement: the request logged under a number.
  /\b(your (request|ticket|case|inquiry|enquiry) (has been|was) (logged|registered|created|opened|received)|ihre (anfrage|nachricht) ist (bei uns )?eingegangen|ein ticket (erstellt|angelegt|eröffnet)|su (solicitud|consulta|caso) (ha sido|fue) (recibid|registrad)[oa]|número de (caso|ticket|solicitud|incidencia)|recebemos (a )?sua (solicitação|mensagem|pedido)|protocolo n[ºo°.]|(we hebben|wij hebben) (je|uw) (melding|aanvraag|verzoek) (geregistreerd|ontvangen))/i,
  // At a conference or trade fair, reading mail now and then.
  /\b(checking (my )?e-?mails? (only )?(sporadically|occasionally|intermittently|periodically|rarely)|(limited|intermittent|sporadic) access to (my )?e-?mail|lese meine e-?mails? nur (unregelmäßig|eingeschränkt|sporadisch|gelegentlich)|acceso limitado al correo|acesso limitado ao e-?mail|accès limité (à mes|aux) (e-?mails|courriels|messages)|beperkt toegang tot (mijn )?e-?mail)/i,
];
