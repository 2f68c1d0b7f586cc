//! The chapter's general texts in English, in this tool's words: (三), (四) and the
//! examples the chapter quotes.

use super::English;
use crate::text::ChapterText;

static DUTIES: [&str; 7] = [
    "Set the firm's key-account strategy, plans and targets, and see that they are carried out.",
    "Guide, supervise and assess how key accounts are handled across the firm.",
    "Lay down service standards and working processes for key accounts, coordinate their day-to-day servicing, and bring the firm's departments together on a complete service offer for each account.",
    "Research and analyse the key-account market, hold regular meetings with key accounts, gather what they need, and propose new services and marketing approaches in good time.",
    "Draw up key-account policies and preferential terms for each line of business and kind of account, and guide the accounts in applying them.",
    "Manage key-account information, keep the firm informed internally, and give management a sound basis for its decisions.",
    "Organise the training of the people who manage key accounts.",
];

static REQUIREMENTS: [&str; 6] = [
    "Knows each key account thoroughly: how it operates, how it makes money, how it is managed and how its market network works.",
    "Thinks strategically as a whole; can plan and schedule, organise marketing and administration, and write management and operating plans for key accounts.",
    "Knows the firm's products in depth and its business in full, and explains both well to key accounts.",
    "Communicates well: analyses the firm's policies and the questions key accounts raise, and puts what both sides know to use.",
    "Can talk with a key account's senior management, make proposals that fit its situation, and move the cooperation forward.",
    "Can train others: much of key-account management works by training the account's staff to carry out the firm's policies, so KAM staff must be the firm's trainers.",
];

static ABILITIES: [&str; 3] = [
    "A strong ability to handle complex problems, weighing the firm's interests and the customer's.",
    "Good product knowledge and technical skill.",
    "Strong interpersonal skills and team leadership: builds and runs a team that manages the key accounts together.",
];

static ROLES: [&str; 2] = [
    "The customer's adviser: knows the customer's strengths and weaknesses, helps it analyse the competition in its market, designs solutions to its problems, draws out as much of its potential as possible, and is its supporter inside the firm.",
    "The firm's strategist: gathers and analyses the state of the industry and the customer's needs, plans, within the firm's means, how the customer is developed and managed, raises the customer's value as far as possible and keeps it satisfied, so that the customer's business and the firm's grow together and both sides win.",
];

static EXAMPLES: [(&str, &str, &str); 5] = [
    (
        "How many key accounts",
        "Kotler, quoted in the chapter: a medium-sized firm typically has 75 major customers, and a large firm such as Xerox manages about 250 key accounts.",
        "(二)1",
    ),
    (
        "Xerox's focus executive",
        "Besides its KAM representative, Xerox gives every key account a \"focus executive\" who keeps close ties with the customer's executives.",
        "(二)1",
    ),
    (
        "A typical KAM department",
        "Each KAM manager looks after 9 key accounts on average; the managers report to the national sales manager, who reports to the vice-president of marketing and sales, who reports to the chief executive.",
        "(二)1",
    ),
    (
        "The postal service's three tiers",
        "China's postal rules for key accounts set up a three-tier system: KAM management bodies at the national and provincial postal administrations, KAM service centres at prefecture-level city post offices, and county post offices deciding locally whether to have one; staff are arranged flexibly as the business develops.",
        "(二)2",
    ),
    (
        "Procter & Gamble and Walmart",
        "P&G placed a strategic account team with Walmart's staff at its headquarters in Bentonville, Arkansas; working together, the two firms saved about 30 billion US dollars and raised their gross margin by about 11%.",
        "(二)4",
    ),
];

impl ChapterText for English {
    fn duties(&self) -> &'static [&'static str; 7] {
        &DUTIES
    }

    fn requirements_intro(&self) -> &'static str {
        "KAM work makes high demands on its people, both in workload and in the range of knowledge it needs; that follows from what the unit does. In choosing them, a firm can look for the following."
    }

    fn requirements(&self) -> &'static [&'static str; 6] {
        &REQUIREMENTS
    }

    fn manager_intro(&self) -> &'static str {
        "Because key accounts matter so much, a firm sets up a dedicated unit with dedicated people to manage them, and the KAM manager plays the key role in it. The work reaches every part of the customer (finance, purchasing, production, after-sales service), so the relationships are complex; the manager stands between the firm's interests and the customer's."
    }

    fn manager_responsibility(&self) -> &'static str {
        "Drawing up and carrying out the concrete plans that reach the firm's strategic goals for its key accounts. (The chapter's sentence says this is the main responsibility of \"the key account\"; the tool reads it as the KAM manager's.)"
    }

    fn manager_abilities(&self) -> &'static [&'static str; 3] {
        &ABILITIES
    }

    fn manager_roles(&self) -> &'static [&'static str; 2] {
        &ROLES
    }

    fn examples(&self) -> &'static [(&'static str, &'static str, &'static str)] {
        &EXAMPLES
    }
}
