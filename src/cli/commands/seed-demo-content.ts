/**
 * The demo news site's content (`npm run cli -- seed-demo`): fictional IT news
 * of "Le Fil numérique", written for this demo. Names, companies and figures
 * are invented.
 */

export interface DemoUser {
  username: string;
  email: string;
  displayName: string;
  role: 'reader' | 'editor' | 'moderator' | 'admin';
}

export interface DemoPost {
  author: string;
  body: string;
  /** 1-based index of the post answered, in this article's list. */
  replyTo?: number;
  votes?: Array<[string, 1 | -1]>;
}

export interface DemoPoll {
  question: string;
  options: string[];
  mode: 'single' | 'multiple';
  maxChoices?: number;
  /** voter → indexes of the options chosen */
  ballots: Array<[string, number[]]>;
}

export interface DemoArticle {
  slug: string;
  title: string;
  summary: string;
  body: string;
  sources: Array<{ label: string; url: string }>;
  discussionPrompts: string[];
  related: Array<{ title: string; url: string }>;
  /** Hours before now. */
  publishedHoursAgo: number;
  posts: DemoPost[];
  poll?: DemoPoll;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', email: 'admin@lefilnumerique.example', displayName: 'Administration', role: 'admin' },
  {
    username: 'moderator',
    email: 'moderation@lefilnumerique.example',
    displayName: 'Équipe de modération',
    role: 'moderator',
  },
  { username: 'editor', email: 'redaction@lefilnumerique.example', displayName: 'La rédaction', role: 'editor' },
  { username: 'claire_m', email: 'claire.m@lecteurs.example', displayName: 'Claire M.', role: 'reader' },
  { username: 'julien.r', email: 'julien.r@lecteurs.example', displayName: 'Julien R.', role: 'reader' },
  { username: 'sophie_dev', email: 'sophie@lecteurs.example', displayName: 'Sophie, dev backend', role: 'reader' },
  { username: 'karim_b', email: 'karim.b@lecteurs.example', displayName: 'Karim B.', role: 'reader' },
  { username: 'lea.t', email: 'lea.t@lecteurs.example', displayName: 'Léa T.', role: 'reader' },
];

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    slug: 'panne-hebergeur-lyonnais-trois-jours',
    title: 'Panne géante chez un hébergeur lyonnais : trois jours pour tout rétablir',
    summary:
      'Un incendie électrique dans le centre de données de Nébulys a privé des milliers de PME de leurs sites et de leurs messageries. Les sauvegardes, elles, étaient dans la même salle.',
    body: [
      'Lundi matin, vers 4 h 30, un départ de feu dans un tableau électrique du centre de données de Nébulys, à Vénissieux, a déclenché la coupure complète de la salle principale. Aucun blessé n’est à déplorer, mais près de 4 200 clients, pour la plupart des PME et des collectivités de la région, ont perdu l’accès à leurs sites web, à leurs messageries et à leurs applications métier.',
      'Il aura fallu près de trois jours pour remettre en service l’ensemble des machines virtuelles. L’hébergeur explique ce délai par la nécessité de faire contrôler chaque baie par un électricien agréé avant la remise sous tension.',
      'Le point le plus critiqué concerne les sauvegardes. Pour une partie des offres d’entrée de gamme, elles étaient stockées dans la même salle que les serveurs de production. Environ 300 clients auraient ainsi perdu plusieurs jours de données, selon les chiffres communiqués mercredi par la direction.',
      '« Nous avons sous-estimé le risque de voir une seule salle tomber entièrement », reconnaît le directeur technique de Nébulys, qui promet une réplication systématique vers un second site d’ici la fin du trimestre, sans surcoût pour les clients existants.',
      'Les spécialistes interrogés rappellent la règle dite du 3-2-1 : trois copies des données, sur deux supports différents, dont une hors site. Une règle simple, mais rarement vérifiée par les petites structures, qui découvrent souvent le contenu exact de leur contrat le jour de la panne.',
    ].join('\n\n'),
    sources: [
      { label: 'Communiqué de Nébulys (fictif)', url: 'https://nebulys.example/communique-incident' },
      { label: 'Guide des sauvegardes pour les PME (fictif)', url: 'https://cyber-pme.example/guide-sauvegardes' },
    ],
    discussionPrompts: [
      'Votre entreprise a-t-elle déjà testé la restauration de ses sauvegardes ?',
      'Faut-il imposer aux hébergeurs une réplication sur deux sites distincts ?',
      'Avez-vous été touché par cette panne ? Racontez-nous comment vous vous êtes organisés.',
    ],
    related: [
      {
        title: 'Rust fait son entrée dans un système embarqué français',
        url: '/articles/rust-systeme-embarque-francais',
      },
      { title: 'Un bac à sable pour l’IA dans les administrations', url: '/articles/bac-a-sable-ia-administrations' },
    ],
    publishedHoursAgo: 5,
    posts: [
      {
        author: 'claire_m',
        body: 'Nous étions clients. Trois jours sans messagerie pour un cabinet comptable en pleine période de déclarations, je vous laisse imaginer…',
        votes: [
          ['julien.r', 1],
          ['karim_b', 1],
          ['lea.t', 1],
        ],
      },
      {
        author: 'sophie_dev',
        body: 'Des sauvegardes dans la même salle que la production, ce ne sont pas des sauvegardes, ce sont des **copies**. La règle du 3-2-1 devrait être dans tous les contrats.',
        votes: [
          ['claire_m', 1],
          ['julien.r', 1],
        ],
      },
      {
        author: 'julien.r',
        body: 'Le problème, c’est le prix : la réplication sur deux sites double presque la facture pour une petite structure.',
        replyTo: 2,
        votes: [['sophie_dev', -1]],
      },
      {
        author: 'sophie_dev',
        body: 'Pas forcément : une sauvegarde chiffrée vers un stockage objet chez un autre fournisseur coûte quelques euros par mois. Ce n’est pas de la haute disponibilité, mais on ne perd pas ses données.',
        replyTo: 3,
        votes: [
          ['claire_m', 1],
          ['lea.t', 1],
        ],
      },
      {
        author: 'karim_b',
        body: 'Question bête : est-ce que l’hébergeur doit indemniser les clients qui ont perdu des données ?',
      },
    ],
    poll: {
      question: 'Combien de temps votre activité tiendrait-elle sans son hébergeur principal ?',
      options: ['Moins d’une journée', 'Quelques jours', 'Une semaine ou plus', 'Je ne sais pas'],
      mode: 'single',
      ballots: [
        ['claire_m', [0]],
        ['julien.r', [1]],
        ['sophie_dev', [1]],
        ['karim_b', [3]],
        ['lea.t', [0]],
      ],
    },
  },
  {
    slug: 'rust-systeme-embarque-francais',
    title: 'Rust fait son entrée dans un système embarqué français',
    summary:
      'Le projet libre Boréal, qui équipe des compteurs et des capteurs industriels, accepte ses premiers pilotes écrits en Rust. Une décision longuement débattue par ses mainteneurs.',
    body: [
      'Les mainteneurs de Boréal, un système d’exploitation temps réel libre développé à Grenoble et utilisé dans des capteurs industriels, ont fusionné cette semaine les deux premiers pilotes écrits en Rust : un pilote de bus série et un pilote de capteur de température.',
      'La discussion aura duré plus d’un an sur la liste de diffusion du projet. Les partisans de Rust mettent en avant la disparition de toute une classe d’erreurs mémoire, responsables selon eux de près de la moitié des failles corrigées depuis 2019. Les opposants redoutent une chaîne de compilation plus lourde et un vivier de contributeurs plus restreint.',
      'Le compromis retenu est prudent : Rust reste optionnel, limité aux pilotes, et chaque pilote Rust doit être accompagné d’un mainteneur identifié. Le cœur du noyau reste écrit en C.',
      'Pour l’industriel qui finance une partie du projet, l’enjeu est aussi réglementaire : les futures exigences européennes de cybersécurité pour les produits connectés pousseront les fabricants à justifier leurs choix en matière de sûreté mémoire.',
    ].join('\n\n'),
    sources: [
      {
        label: 'Annonce sur la liste de diffusion de Boréal (fictive)',
        url: 'https://boreal-rtos.example/annonces/pilotes-rust',
      },
    ],
    discussionPrompts: [
      'Rust dans l’embarqué : progrès réel ou effet de mode ?',
      'Travaillez-vous déjà avec Rust ? Qu’est-ce qui vous a convaincu, ou freiné ?',
    ],
    related: [
      { title: 'Panne géante chez un hébergeur lyonnais', url: '/articles/panne-hebergeur-lyonnais-trois-jours' },
    ],
    publishedHoursAgo: 26,
    posts: [
      {
        author: 'sophie_dev',
        body: 'Enfin ! Limiter Rust aux pilotes est le bon choix pour commencer : c’est là que se concentrent les bugs.',
        votes: [['karim_b', 1]],
      },
      {
        author: 'karim_b',
        body: 'Le vrai sujet, c’est la formation. Combien de développeurs embarqués maîtrisent Rust aujourd’hui en France ?',
        replyTo: 1,
      },
    ],
  },
  {
    slug: 'bac-a-sable-ia-administrations',
    title: 'Un bac à sable pour l’IA dans les administrations',
    summary:
      'Une plateforme interministérielle permettra aux agents de tester des modèles de langage sur des données fictives, avant tout déploiement. Les syndicats demandent des garanties.',
    body: [
      'La direction interministérielle du numérique a présenté jeudi une plateforme d’expérimentation destinée aux administrations qui souhaitent tester des outils d’intelligence artificielle générative. Les agents pourront y évaluer des modèles sur des jeux de données fictifs, sans jamais y verser de données réelles d’usagers.',
      'Chaque expérimentation devra être déclarée, durer six mois au plus et faire l’objet d’un bilan public. Une vingtaine de projets sont déjà candidats, de la rédaction de réponses types au tri du courrier entrant.',
      'Les organisations syndicales saluent l’encadrement mais réclament que les agents concernés soient associés dès la conception des outils, et non au moment du déploiement.',
    ].join('\n\n'),
    sources: [
      { label: 'Dossier de presse de la plateforme (fictif)', url: 'https://numerique-public.example/bac-a-sable-ia' },
    ],
    discussionPrompts: ['Quelles tâches administratives gagneraient, selon vous, à être assistées par une IA ?'],
    related: [
      {
        title: 'Rust fait son entrée dans un système embarqué français',
        url: '/articles/rust-systeme-embarque-francais',
      },
    ],
    publishedHoursAgo: 50,
    posts: [
      {
        author: 'lea.t',
        body: 'Des données fictives et un bilan public, c’est plutôt rassurant. Reste à voir ce que deviennent les projets après six mois.',
      },
    ],
  },
  {
    slug: 'faille-routeurs-domestiques-correctif',
    title: 'Routeurs domestiques : un correctif attendu pour une faille critique',
    summary:
      'Une faille permettant de prendre le contrôle à distance de plusieurs modèles de box a été signalée par un chercheur rennais. Le fabricant promet une mise à jour automatique.',
    body: [
      'Un chercheur en sécurité rennais a publié mardi les détails d’une vulnérabilité touchant l’interface d’administration de plusieurs modèles de routeurs domestiques du fabricant Kelvo. Exploitée, elle permettrait de prendre le contrôle de l’appareil depuis internet lorsque l’administration à distance est activée.',
      'Le chercheur affirme avoir prévenu le fabricant il y a quatre-vingt-dix jours, conformément aux pratiques de divulgation coordonnée. Kelvo indique qu’un correctif sera déployé automatiquement d’ici la fin de la semaine et recommande, en attendant, de désactiver l’administration à distance.',
    ].join('\n\n'),
    sources: [{ label: 'Avis de sécurité de Kelvo (fictif)', url: 'https://kelvo.example/securite/avis-2025-07' }],
    discussionPrompts: [
      'Mettez-vous à jour vous-même votre box, ou faites-vous confiance aux mises à jour automatiques ?',
    ],
    related: [
      { title: 'Panne géante chez un hébergeur lyonnais', url: '/articles/panne-hebergeur-lyonnais-trois-jours' },
    ],
    publishedHoursAgo: 74,
    posts: [],
  },
];
