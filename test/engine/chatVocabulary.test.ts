import { describe, expect, it } from 'vitest';
import {
  RESERVED_TERMS,
  asksHowTo,
  isCheckingQuestion,
  prepareText,
  splitWords,
  termsOf,
} from '../../src/engine/text.js';
import { answeredBy, realKnowledgeEngine } from '../helpers.js';
import { focusClauses } from '../../src/engine/engine.js';

describe('chat vocabulary', () => {
  it('reads the asker’s family and friends as context, not as the subject', () => {
    expect(termsOf("could they read my grandpa's texts")).toEqual(
      termsOf('could they read my texts'),
    );
    expect(termsOf('is our family carrier on the list')).toEqual(
      termsOf('is our carrier on the list'),
    );
  });

  it('reads "which articles" as asking for the sources, and what spies take as stolen', () => {
    expect(termsOf('which articles do you use')).toEqual(termsOf('which sources do you use'));
    expect(termsOf('does the article say they were chinese')).not.toContain(termsOf('sources')[0]);
    expect(termsOf('what did the spies take')).toEqual(termsOf('what did the spies steal'));
    expect(termsOf('what did they actually take')).toEqual(termsOf('what did they steal'));
  });

  it('reads the length asked for and "when it\'s at home" as framing', () => {
    expect(termsOf('explain soft cell in a couple of sentences')).toEqual(
      termsOf('explain soft cell'),
    );
    expect(termsOf('what is apt10 in one paragraph')).toEqual(termsOf('what is apt10'));
    expect(termsOf("who are cybereason when they're at home")).toEqual(
      termsOf('who are cybereason'),
    );
  });

  it("maps everyday words for spying, bans, bosses and evicting onto the articles' words", () => {
    expect(termsOf('were they eavesdropping')).toEqual(termsOf('were they spying'));
    expect(termsOf('who wiretapped them')).toEqual(termsOf('who spied on them'));
    expect(termsOf('is huawei embargoed')).toEqual(termsOf('is huawei banned'));
    expect(termsOf('who caught the mole')).toEqual(termsOf('who caught the hacker'));
    expect(termsOf('the head honcho')).toEqual(termsOf('the head boss'));
    expect(termsOf('what did the foreign office say')).toEqual(
      termsOf('what did the foreign ministry say'),
    );
    expect(termsOf('boot them off the network')).toEqual(termsOf('kick them out of the network'));
  });

  it('reads phonetic and clipped chat spellings and office politeness', () => {
    expect(termsOf('hw did dey get in')).toEqual(termsOf('how did they get in'));
    expect(termsOf('howd they stay hidden')).toEqual(termsOf('how did they stay hidden'));
    expect(termsOf('wat abt d data')).toEqual(termsOf('what about the data'));
    expect(termsOf('no. of carriers hit')).toEqual(termsOf('number of carriers hit'));
    expect(termsOf('kindly revert with the list, do the needful')).toEqual(
      termsOf('with the list'),
    );
  });

  it("reads the asker's lack of tech background as framing, not as tech companies", () => {
    expect(termsOf('explain the attack, i dont get tech stuff')).toEqual(
      termsOf('explain the attack'),
    );
    expect(termsOf('im not a tech person, who hacked the telcos')).toEqual(
      termsOf('who hacked the telcos'),
    );
    expect(termsOf('which tech companies were blacklisted')).toContain(termsOf('tech')[0]);
  });

  it('reads idioms for blame and hedged identities', () => {
    expect(termsOf('who are they pointing the finger at')).toEqual(termsOf('who do they blame'));
    expect(termsOf('who is supposed to be behind it')).toEqual(termsOf('who is behind it'));
    expect(termsOf('did china own up')).toEqual(termsOf('did china admit'));
    expect(termsOf('the group believed to be responsible')).toEqual(
      termsOf('the group responsible'),
    );
  });

  it('drops discourse adverbs and "of course" as padding', () => {
    expect(termsOf('of course the embassy obviously denied it')).toEqual(
      termsOf('the embassy denied it'),
    );
    expect(termsOf('is this merely a rumour, seriously')).toEqual(termsOf('is this a rumour'));
  });

  it('maps security slang onto the words the articles use', () => {
    expect(termsOf('script kiddies')).toEqual(termsOf('amateurs'));
    expect(termsOf('why did the SOC miss it')).toEqual(
      termsOf('why did the security team miss it'),
    );
    expect(termsOf('does the MSS run them')).toEqual(termsOf('does the ministry run them'));
    expect(termsOf('how many gigabytes')).toEqual(termsOf('how many terabytes'));
    expect(termsOf('did the spooks know')).toEqual(termsOf('did intelligence know'));
    expect(termsOf('a gang of thieves')).toEqual(termsOf('criminals'));
    expect(termsOf('they popped the mail server')).toEqual(termsOf('they hacked the mail server'));
  });

  it('reads chat shorthand (w/, y/n, thru, em, r, deets, pws) as the words it stands for', () => {
    expect(termsOf('was the ministry involved w/ the group')).toEqual(
      termsOf('was the ministry involved with the group'),
    );
    expect(termsOf('phone records taken y/n')).toEqual(termsOf('phone records taken'));
    expect(termsOf('go thru the timeline with em')).toEqual(termsOf('go through the timeline'));
    expect(termsOf('any deets on the charges')).toEqual(termsOf('any details on the charges'));
    expect(termsOf('were pws leaked')).toEqual(termsOf('were passwords leaked'));
    expect(termsOf('where r the hackers from')).toEqual(termsOf('where are the hackers from'));
  });

  it('reads the asker’s time ("on my break", "got 2 mins") and "end up" as padding', () => {
    expect(termsOf('on my lunch break and only got 2 mins: who wrote the bgr story')).toEqual(
      termsOf('who wrote the bgr story'),
    );
    expect(termsOf('what did they end up having access to')).toEqual(
      termsOf('what did they have access to'),
    );
  });

  it('reads a newcomer introducing themself as padding, and "in the first place" as "first"', () => {
    expect(termsOf('hello, i am new here, who wrote the piece')).toEqual(
      termsOf('hello, who wrote the piece'),
    );
    expect(termsOf('im brand new to this server: what was the goal')).toEqual(
      termsOf('what was the goal'),
    );
    expect(termsOf('who noticed it in the first place')).toEqual(termsOf('who noticed it first'));
  });
});

describe('everyday words for the articles’ ideas', () => {
  it('reads a possessive without its apostrophe and a press briefing as the ministry’s statement', () => {
    expect(termsOf('the foreign ministrys answer')).toEqual(termsOf('the foreign ministry answer'));
    expect(termsOf('what was said at the press conference')).toEqual(
      termsOf('what was said at the press briefing'),
    );
    expect(termsOf('at the press briefing')).not.toEqual(termsOf('at the briefing of agencies'));
  });

  it('reads pushing back on a claim as contesting it, not as pushing someone out', () => {
    expect(termsOf('did the vendor push back on the report')).toEqual(
      termsOf('did the vendor contest the report'),
    );
    expect(termsOf('they disputed it')).toEqual(termsOf('they denied it'));
    expect(termsOf('can the carrier delete them')).toEqual(termsOf('can the carrier remove them'));
  });

  it('reads idioms for explaining, happening and skill as the plain words', () => {
    expect(termsOf('walk me through the breach')).toEqual(termsOf('explain the breach'));
    expect(termsOf('how did the intrusion go down')).toEqual(
      termsOf('how did the intrusion happen'),
    );
    expect(termsOf('was it amateur hour')).toEqual(termsOf('was it amateurs'));
    expect(termsOf('was it top-tier work')).toEqual(termsOf('was it sophisticated work'));
    expect(termsOf('high level officials')).not.toEqual(termsOf('sophisticated officials'));
  });

  it('reads "put out a comment", "per <source>", "or whatever" and "dragnet" as plain words', () => {
    expect(termsOf('did the operator put out a public comment')).toEqual(
      termsOf('did the operator make a statement'),
    );
    expect(termsOf('who is blamed, per bloomberg')).toEqual(termsOf('who is blamed in bloomberg'));
    expect(termsOf('did they brief the nsa or whatever')).toEqual(
      termsOf('did they brief the nsa'),
    );
    expect(termsOf('dragnet collection')).toEqual(termsOf('mass collection'));
  });

  it('reads telling someone as notifying them, while "tell me" stays a request', () => {
    expect(termsOf('did the firm tell the operators')).toEqual(
      termsOf('did the firm notify the operators'),
    );
    expect(termsOf('tell me who wrote it')).toEqual(termsOf('who wrote it'));
  });

  it('maps tactics, phases, justifications and break-ins onto the articles’ words', () => {
    expect(termsOf('did they vary their tactics')).toEqual(
      termsOf('did they vary their strategies'),
    );
    expect(termsOf('in what phases')).toEqual(termsOf('in what stages'));
    expect(termsOf('the justification given')).toEqual(termsOf('the reason given'));
    expect(termsOf('a single break-in')).toEqual(termsOf('a single breach'));
  });

  it('maps crypto, gear and "admin" onto money, equipment and administration', () => {
    expect(termsOf('were they after bitcoin')).toEqual(termsOf('were they after money'));
    expect(termsOf('is the gear unsafe')).toEqual(termsOf('is the equipment unsafe'));
    expect(termsOf('what did the admin ban')).toEqual(termsOf('what did the administration ban'));
  });
});

describe('places and times outside the articles', () => {
  const engine = realKnowledgeEngine();

  it('weighs a country or nationality the knowledge base never names like a rare name', () => {
    const korean = engine
      .explain('do korean groups hack carriers')
      .terms.find((t) => t.word === 'korean');
    expect(korean?.kind).toBe('rare');
    expect(engine.ask('which french groups hack carriers').status).toBe('no_match');
  });

  it('reads "still the / still at" about a person as a question about after the articles', () => {
    expect(termsOf('is the minister still the spokesman')).toEqual(
      termsOf('is the minister today the spokesman'),
    );
    expect(termsOf('is my carrier still at risk')).not.toContain(termsOf('today')[0]);
  });
});

describe('long messages', () => {
  it('does not read a short introduction that asks nothing as the question', () => {
    const message = 'analyst here. which firm published the telecom research?';
    expect(focusClauses(message)).not.toContain('analyst here.');
    expect(focusClauses(message)).toContain('which firm published the telecom research?');
    expect(focusClauses('seven years? how do they know')).toContain('seven years?');
  });
});

describe('reading the report', () => {
  it('reads "has X read/seen the report" as awareness, but not the asker’s own reading', () => {
    const aware = termsOf('aware')[0];
    expect(termsOf('has the embassy even read the report')).toContain(aware);
    expect(termsOf('did the regulator see it')).toContain(aware);
    expect(termsOf('i read the report on the train')).not.toContain(aware);
    expect(termsOf('have you seen the report')).not.toContain(aware);
  });
});

describe('what the asker is writing', () => {
  it('drops the asker’s own piece, deadline and length limit', () => {
    expect(termsOf('who funded the group, for my newsletter, on deadline')).toEqual(
      termsOf('who funded the group'),
    );
    expect(termsOf('sum up the breach in two bullet points')).toEqual(termsOf('sum up the breach'));
  });

  it('drops who the answer is for ("for my manager", "for a policy brief") and "bullet style"', () => {
    expect(termsOf('the key takeaways for my manager')).toEqual(termsOf('the key takeaways'));
    expect(termsOf('key findings for a policy brief')).toEqual(termsOf('key findings'));
    expect(termsOf('the headline findings, bullet style')).toEqual(
      termsOf('the headline findings'),
    );
    expect(termsOf('who is the manager of the carrier')).toContain(termsOf('manager')[0]);
  });
});

describe('chat etiquette', () => {
  it('reads greetings, thanks and "your name" as about the bot, not the reports', () => {
    const botself = termsOf('tell me about yourself')[0];
    expect(termsOf('hey how r u doing')).toContain(botself);
    expect(termsOf('what is your name')).toContain(botself);
    expect(termsOf('thanks, that was really helpful')).toContain(botself);
    expect(termsOf('what is the name of the operation')).not.toContain(botself);
  });
});

describe('questions about the bot', () => {
  it('reads "are you <doing>" as the bot’s sources, and only "are you <something>" as about the bot', () => {
    const botself = termsOf('tell me about yourself')[0];
    expect(termsOf('which sites are you pulling this from')).not.toContain(botself);
    expect(termsOf('what are you mostly quoting')).not.toContain(botself);
    expect(termsOf('are you a human')).toContain(botself);
  });
});

describe('words reserved for what the reports cannot answer', () => {
  it('appear in no phrasing of the knowledge base, so they stay unknown and telling', () => {
    const engine = realKnowledgeEngine();
    const reserved = [
      termsOf('what is happening right now')[0],
      termsOf('tell me about yourself')[0],
      termsOf('what is his salary')[0],
      termsOf('other articles')[0],
      termsOf('what is my role')[0],
      termsOf('my phone has spyware')[0],
      termsOf('how long has div been ceo')[0],
    ];
    expect(reserved).toEqual([
      'postreport',
      'botself',
      'price',
      'otherwork',
      'askerself',
      'deviceinfect',
      'jobspan',
    ]);
    expect([...RESERVED_TERMS]).toEqual(reserved);
    const offending = engine.knowledge.qa.flatMap((entry) =>
      [entry.question, ...entry.alternates, ...entry.tags]
        .filter((phrasing) => termsOf(phrasing).some((term) => reserved.includes(term)))
        .map((phrasing) => `${entry.id}: ${phrasing}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('chat around the questions', () => {
  it('abstains on reactions and thanks instead of matching one everyday word', () => {
    for (const reaction of [
      'interesting',
      'good bot',
      'bad bot',
      'that is scary',
      'same',
      "that's wild lol",
      'ok thanks that helps',
      'very helpful thanks',
    ]) {
      expect([reaction, answeredBy(reaction)]).toEqual([reaction, 'no_match']);
    }
  });

  it('still answers a question that follows a reaction', () => {
    expect(answeredBy('wow thats crazy. how many carriers?')).toBe('how-many-carriers');
    expect(answeredBy('thats scary, are they still in the networks?')).toBe('still-ongoing');
    expect(answeredBy('how bad was it')).not.toBe('no_match');
  });

  it('reads "how do you work" and "what can you do" as about the bot', () => {
    const botself = termsOf('tell me about yourself')[0];
    expect(termsOf('how do you work')).toContain(botself);
    expect(termsOf('what can you do')).toContain(botself);
    expect(termsOf('how did the attack work')).not.toContain(botself);
  });

  it('reads "why did they do it" as asking the motive', () => {
    expect(answeredBy('why did they do it')).toBe('motive');
    expect(answeredBy('why would china do this')).toBe('motive');
  });

  it('ignores "but"/"so" joining a question to the chat before it', () => {
    expect(answeredBy('ok but who did it')).toBe(answeredBy('who did it'));
    expect(answeredBy('who did it')).toBe('who-is-blamed');
  });

  it('reads "who do they think did it" as "who did it", but keeps "why do they think"', () => {
    expect(termsOf('who do they think did it')).toEqual(termsOf('who did it'));
    expect(answeredBy('so who do they think did it?')).toBe('who-is-blamed');
    expect(splitWords('why do they think it was apt10')).toContain('think');
    expect(splitWords('who do they think did it')).not.toContain('think');
  });

  it('reads "is the attack over" as asking whether it is still going on', () => {
    expect(termsOf('so the attack is over?')).toEqual(termsOf('is it still going on'));
    expect(termsOf('is the hack finished')).toEqual(termsOf('is it still going on'));
  });

  it('abstains on sign-offs, questions about who built the bot, and market prices', () => {
    for (const message of ["thanks, that's all for now", 'who built you', "what's bitcoin at"]) {
      expect([message, answeredBy(message)]).toEqual([message, 'no_match']);
    }
    expect(answeredBy('did they steal bitcoin')).toBe('did-they-steal-money');
  });

  it('reads "who hacked" as who is behind it, and "who got hacked" as the victims', () => {
    expect(answeredBy('who hacked')).toBe('who-is-blamed');
    expect(answeredBy('so who actually did this hack??')).toBe('who-is-blamed');
    expect(answeredBy('who got hacked')).toBe('which-carriers');
    expect(answeredBy('who was hacked')).toBe('which-carriers');
  });

  it('reads "the bad guys" and "villains" as the hackers', () => {
    expect(termsOf('who are the bad guys')).toEqual(termsOf('who are the hackers'));
    expect(termsOf('were the villains chinese')).toEqual(termsOf('were the hackers chinese'));
  });

  it('lets no later clause answer for a thing the reports never name ("what is X and how does it work")', () => {
    expect(answeredBy('What is an IMSI catcher and how does it work?')).toBe('no_match');
    expect(answeredBy('what is salt typhoon and which us carriers did it hit')).toBe('no_match');
    expect(answeredBy('what is soft cell and who did it')).not.toBe('no_match');
  });

  it("maps analysts' words onto the articles' words", () => {
    expect(termsOf('what should MNOs do')).toEqual(termsOf('what should carriers do'));
    expect(termsOf('what tooling did they use')).toEqual(termsOf('what tools did they use'));
    expect(termsOf('who is the intrusion set')).toEqual(termsOf('who are the hackers'));
    expect(termsOf('who is the threat actor')).toContain(termsOf('hackers')[0]);
  });

  it('reads a trailing "again" in a wh-question as "remind me", and in a yes/no question as a repeat', () => {
    expect(termsOf('who found it again')).toEqual(termsOf('who found it'));
    expect(termsOf('what was the hack called again?')).toEqual(termsOf('what was the hack called'));
    expect(termsOf('did they do it again')).toContain(termsOf('again')[0]);
  });

  it('reads "kept secret" as the secrecy and "once inside" as inside', () => {
    expect(termsOf('why were the victims kept anonymous')).toEqual(
      termsOf('why were the victims anonymous'),
    );
    expect(termsOf('how much control once inside')).toEqual(termsOf('how much control inside'));
  });

  it('reads "was my phone hacked" / "was I targeted" as asking whether the asker is affected', () => {
    expect(answeredBy('was my phone hacked')).toBe('am-i-affected');
    expect(answeredBy('how do i know if i was targeted')).toBe('am-i-affected');
    expect(answeredBy('have i been hacked')).toBe('am-i-affected');
    expect(answeredBy('was my country hit')).toBe('which-countries');
  });

  it('reads a country the knowledge base names for another reason as a possible victim', () => {
    expect(answeredBy('was israel hit')).toBe('which-countries');
    expect(answeredBy('were israeli telcos hacked')).toBe('which-countries');
    expect(answeredBy('which telcos in israel were hit')).toBe('which-countries');
    expect(answeredBy('is cybereason israeli')).toBe('cybereason-background');
    expect(answeredBy('what did reuters say about russia hacking telecoms')).toBe('no_match');
  });

  it('reads "their own research" as the research, so "who owns cybereason" finds no owner', () => {
    expect(termsOf("cybereason's own research")).toEqual(termsOf("cybereason's research"));
    expect(termsOf('did they own the network')).toContain(termsOf('own')[0]);
    expect(answeredBy('who owns cybereason')).toBe('no_match');
    expect(answeredBy('what should i do to protect myself')).not.toBe('cybereason-publications');
  });

  it('reads clipped chat spellings and autocorrect slips as the words meant', () => {
    expect(splitWords('wats apt10 b4 2017 frm the yrs')).toEqual(
      splitWords('whats apt10 before 2017 from the years'),
    );
    expect(termsOf('what did they steel')).toEqual(termsOf('what did they steal'));
    expect(termsOf('so hawaii had nothing to do w it')).toEqual(
      termsOf('so huawei had nothing to do with it'),
    );
    expect(termsOf('wtf is soft sell')).toEqual(termsOf('wtf is soft cell'));
    expect(termsOf('were pass words stolen')).toEqual(termsOf('were passwords stolen'));
    expect(termsOf('getting the AD')).toEqual(termsOf('getting the active directory'));
    expect(termsOf('getting the ad')).not.toEqual(termsOf('getting the active directory'));
    expect(splitWords('y did they do it')[0]).toBe('why');
    expect(termsOf('whos responsible 4 soft cell')).toEqual(
      termsOf('whos responsible for soft cell'),
    );
    expect(termsOf('they hit 4 carriers')).toContain('4');
    expect(splitWords('wich countries whcih waht wen wher')).toEqual(
      splitWords('which countries which what when where'),
    );
  });

  it('reads "any idea" and "doing it" as padding around the question', () => {
    expect(termsOf('any idea who they were spying on')).toEqual(termsOf('who were they spying on'));
    expect(termsOf('did beijing deny doing it')).toEqual(termsOf('did beijing deny it'));
    expect(answeredBy('so did beijing deny doing it')).toBe('did-china-deny');
    expect(termsOf('what were they doing in the network')).toContain(termsOf('doing')[0]);
  });

  it('reads "remind me", "everywhere" and "ours" as padding', () => {
    expect(termsOf('remind me what apt10 is')).toEqual(termsOf('what is apt10'));
    expect(answeredBy('remind me what APT10 is supposed to be')).toBe('what-is-apt10');
    expect(termsOf('why is he quoted everywhere')).toEqual(termsOf('why is he quoted'));
    expect(termsOf('a small telco like ours')).toEqual(termsOf('a small telco like'));
  });

  it('reads admin jargon, "breaking into" and plural "which countries" as the articles put them', () => {
    expect(termsOf('they had domain admin')).toEqual(termsOf('they had the active directory'));
    expect(termsOf('they broke into the carriers')).toEqual(termsOf('they hacked the carriers'));
    expect(answeredBy('whos responsible for breaking into the phone companies')).toBe(
      'who-is-blamed',
    );
    expect(answeredBy('Which nations had carriers compromised?')).toBe('which-countries');
    expect(answeredBy('which country hacked the carriers')).toBe('who-is-blamed');
    expect(answeredBy('what is a domain controller')).toBe('no_match');
    expect(answeredBy('how to break into a phone')).toBe('no_match');
    expect(answeredBy('which nations are in nato')).toBe('no_match');
  });

  it('reads the ministry of state security beside apt10 as the ministry the articles leave unnamed', () => {
    expect(answeredBy('is apt10 run by the ministry of state security')).toBe('which-ministry');
    expect(answeredBy('what is the ministry of state security')).toBe('no_match');
    expect(answeredBy('what is chinas ministry of state security')).toBe('no_match');
  });

  it('reads phishing as the way in, which the articles do not describe', () => {
    expect(answeredBy('did they phish someone to get in')).toBe('how-it-worked');
    expect(answeredBy('how do i spot a phishing email')).toBe('no_match');
    expect(answeredBy('what is phishing')).toBe('no_match');
  });

  it('reads "who is doing this hack", "who do the researchers think" and "since what year" as the plain questions', () => {
    expect(termsOf('who is doing this hack')).toEqual(termsOf('who did this hack'));
    expect(termsOf('who do the researchers think did it')).toEqual(termsOf('who did it'));
    expect(answeredBy('who do the researchers think hacked the carriers')).toBe('who-is-blamed');
    expect(splitWords('since what year')).toEqual(splitWords('since when'));
    expect(termsOf('had beijing read the cybereason report')).toContain(termsOf('aware')[0]);
  });

  it('reads formal politeness, "my own carrier" and "what day is it" as what they ask', () => {
    expect(termsOf('i would be most grateful if you could clarify who did it')).toEqual(
      termsOf('explain who did it'),
    );
    expect(termsOf('dear all, who did it')).toEqual(termsOf('who did it'));
    expect(termsOf('was my own carrier hit')).toEqual(termsOf('was my carrier hit'));
    expect(termsOf('is my own phone safe')).toContain(termsOf('own')[0]);
    expect(answeredBy('what day of the week is it')).toBe('no_match');
    expect(answeredBy('what day is it')).toBe('no_match');
  });

  it('reads requests framed as commands as the question they ask', () => {
    expect(termsOf('identify lior div')).toEqual(termsOf('lior div'));
    expect(termsOf('I need the bgr byline for a citation')).toEqual(termsOf('the bgr byline'));
    expect(answeredBy('explain to students what operation soft cell is')).toBe('what-is-soft-cell');
    expect(answeredBy('define APT10 for me')).toBe('what-is-apt10');
    // "list" stays a word: "is my country on the list" asks about the list.
    expect(termsOf('list the countries')).toContain(termsOf('list')[0]);
  });

  it('reads gamer slang and voice dictation as the words meant', () => {
    expect(termsOf('what data got yoinked')).toEqual(termsOf('what data got stole'));
    expect(termsOf('how did the carriers react to getting owned')).toEqual(
      termsOf('how did the carriers react to hacked'),
    );
    expect(termsOf('did china clap back')).toEqual(termsOf('did china respond'));
    expect(termsOf('were they after the bag')).toEqual(termsOf('were they after money'));
    expect(termsOf('how many telcos got hacked ong no cap')).toEqual(
      termsOf('how many telcos got hacked'),
    );
    expect(splitWords('what is a PT 10, a p t ten, the b g r piece')).toEqual(
      splitWords('what is apt10 apt10 the bgr piece'),
    );
    expect(splitWords('did it begin in twenty seventeen')).toEqual(
      splitWords('did it begin in 2017'),
    );
    expect(splitWords('i was wondering weather it is proven')).toContain('whether');
    expect(termsOf('whats the weather in boston')).toContain(termsOf('weather')[0]);
  });

  it('reads the head or owner of a news outlet as no one the reports name', () => {
    expect(answeredBy('who is the ceo of bloomberg')).toBe('no_match');
    expect(answeredBy('bloomberg ceo?')).toBe('no_match');
    expect(answeredBy('who owns bgr')).toBe('no_match');
    expect(answeredBy('who did bloomberg interview')).toBe('who-is-lior-div');
  });

  it('reads "all together" as a total and "take place" as happening', () => {
    expect(termsOf('how much did they take all together')).toEqual(
      termsOf('how much did they take in total'),
    );
    expect(termsOf('where did it take place')).toEqual(termsOf('where did it happened'));
  });

  it('reads quiz-night shapes: true or false, fill in the blank, quick quiz, multiple choice', () => {
    expect(prepareText('true or false: huawei was behind the hack')).toBe(
      'huawei was behind the hack right',
    );
    expect(isCheckingQuestion('T/F: vodafone was named')).toBe(true);
    expect(prepareText('fill in the blank: the group blamed is ___')).toBe(
      'the group blamed is  what ',
    );
    expect(prepareText('quick quiz, who is lior div?')).toBe('who is lior div?');
    expect(prepareText('multiple choice: a) march b) june')).toBe(' march june');
    expect(answeredBy('true or false: huawei was behind the hack')).toBe('huawei-involved');
    expect(answeredBy('quick quiz, what exactly is apt10?')).toBe('what-is-apt10');
    expect(prepareText('is it a) or b)')).toBe('is it a) or b)');
  });

  it('reads security-feed shorthand: thread numbers, exfil, comms, infra, kill chain, hashtags', () => {
    expect(termsOf('1/ soft cell thread 2/ first q: who did it')).toEqual(
      termsOf('soft cell thread who did it'),
    );
    expect(termsOf('what did they exfil')).toEqual(termsOf('what did they steal'));
    expect(termsOf('whose comms')).toEqual(termsOf('whose communications'));
    expect(termsOf('the infra')).toEqual(termsOf('the infrastructure'));
    expect(termsOf('#cyberespionage')).toEqual(termsOf('espionage'));
    expect(termsOf('china denying as usual')).toEqual(termsOf('china denying'));
    expect(answeredBy('how to learn cybersecurity, which course is good for beginner')).toBe(
      'no_match',
    );
  });

  it('reads misspelt names and worksheet numbering as the names and questions meant', () => {
    expect(termsOf('whats appt 10, apt-ten')).toEqual(termsOf('whats apt10'));
    expect(termsOf('who is lior dive')).toEqual(termsOf('who is lior div'));
    expect(termsOf('who is gen shuang')).toEqual(termsOf('who is geng shuang'));
    expect(termsOf('operation soft shell')).toEqual(termsOf('operation soft cell'));
    expect(termsOf('the b.g.r. piece')).toEqual(termsOf('the bgr piece'));
    expect(prepareText('Q3. Who discovered the hacking?')).toBe('who discovered the hacking?');
    expect(answeredBy('Q5. How many telecommunications companies were hacked?')).toBe(
      'how-many-carriers',
    );
    // MSS is the ministry, but what the MSS is the articles never say.
    expect(answeredBy('what is the MSS')).toBe('no_match');
    expect(answeredBy('does apt10 work for the mss')).toBe('which-ministry');
  });

  it('reads "your job" as about the bot and "my role" as about the asker', () => {
    expect(answeredBy("what's your job")).toBe('no_match');
    expect(answeredBy('what is my role')).toBe('no_match');
    expect(answeredBy("what is lior div's job")).toBe('who-is-lior-div');
  });

  it('reads "which country did this", "kick off", "at risk", journo and cybercrime as meant', () => {
    expect(answeredBy('which country do they think did this?')).toBe('who-is-blamed');
    expect(answeredBy('which countries were hit')).toBe('which-countries');
    expect(termsOf('when did it kick off')).toEqual(termsOf('when did it started'));
    expect(termsOf('is my data at risk')).toEqual(termsOf('is my data affected'));
    expect(termsOf('the bgr journo')).toEqual(termsOf('the bgr journalist'));
    expect(termsOf('a cybercrime crew')).toEqual(termsOf('a crime crew'));
  });

  it("reads someone's successor and a writer's other work as outside the reports", () => {
    expect(answeredBy('who replaced geng shuang as spokesman')).toBe('no_match');
    expect(answeredBy('what else has gwen ackerman written')).toBe('no_match');
    expect(answeredBy('what other reports has cybereason published')).toBe('no_match');
    expect(answeredBy('besides calls, what else did the hackers take')).toBe('what-was-stolen');
  });

  it('reads "get out of" as getting from, not evicting; "going off of" and "or whoever" as framing', () => {
    expect(termsOf('what did they get out of the active directory')).not.toContain(
      termsOf('push')[0],
    );
    expect(termsOf('can telcos get them out')).toContain(termsOf('push')[0]);
    expect(termsOf('which outlets are you going off of')).toEqual(
      termsOf('which outlets are you based on'),
    );
    expect(termsOf('did they talk to the nsa or whoever')).toEqual(
      termsOf('did they talk to the nsa'),
    );
  });

  it('answers a request for instructions only from an entry asked that way', () => {
    expect(asksHowTo('how do i become a hacker')).toBe(true);
    expect(asksHowTo('how do we know it was china')).toBe(false);
    expect(answeredBy('how do i become a hacker')).toBe('no_match');
    expect(answeredBy('how do i report a hack to the fbi')).toBe('no_match');
    expect(answeredBy('how do i know if i was affected')).toBe('am-i-affected');
  });

  it('reads "do we know the X" as "which X", and "how do we know" as asking for evidence', () => {
    expect(termsOf('do we know the telcos that got hit')).toEqual(termsOf('which telcos got hit'));
    expect(answeredBy('do we know the telcos that got hit')).toBe('which-carriers');
    expect(answeredBy('do we know the carriers')).toBe('which-carriers');
    expect(answeredBy('do we know who did it')).toBe('who-is-blamed');
    expect(answeredBy('how do we know it was china')).toBe('is-it-proven');
  });

  it('reads "what X should i get/use" as a request for a recommendation, which no entry gives', () => {
    expect(asksHowTo('what antivirus should i get')).toBe(true);
    expect(asksHowTo('which carrier should i pick')).toBe(true);
    expect(asksHowTo('what did they get')).toBe(false);
    expect(asksHowTo('what tools did they use')).toBe(false);
    expect(answeredBy('what antivirus should i get')).toBe('no_match');
    expect(answeredBy('which carrier should i pick')).toBe('no_match');
    expect(answeredBy('what tools did they use')).toBe('what-tools');
  });

  it('reads a well-known attack tool as a tool, which the articles do not name', () => {
    expect(termsOf('did they use mimikatz')).toEqual(termsOf('did they use malware'));
    expect(termsOf('was it cobalt strike or a web shell')).toEqual(
      termsOf('was it malware or a malware'),
    );
    expect(answeredBy('did they use plugx or a RAT')).toBe('what-tools');
    expect(answeredBy('was poison ivy used')).toBe('what-tools');
    expect(answeredBy('what is mimikatz')).toBe('no_match');
    expect(answeredBy('how does mimikatz actually work')).toBe('no_match');
    expect(answeredBy('was cobalt strike used in the solarwinds hack')).toBe('no_match');
  });

  it('reads any carrier by name in a yes/no question as the named carrier the articles do not give', () => {
    expect(answeredBy('was vodafone hacked?')).toBe('am-i-affected');
    expect(answeredBy('was telstra among the victims')).toBe('am-i-affected');
    expect(answeredBy('what happened with the optus breach')).toBe('no_match');
    expect(answeredBy('did vodafone say anything')).toBe('no_match');
    expect(answeredBy('im on vodafone am i affected')).toBe('am-i-affected');
    expect(answeredBy('i use telstra, what happened in the optus breach')).toBe('no_match');
  });

  it('reads "who called who and for how long" as call records, not a question of duration', () => {
    expect(answeredBy('so they could see who called who and for how long?')).toBe('call-records');
    expect(answeredBy('can they see who i called and for how long')).toBe('call-records');
    expect(answeredBy('how long were they inside')).toBe('how-long');
    expect(answeredBy('could they see how long my calls lasted')).toBe('call-records');
    expect(answeredBy('can they see the duration of calls')).toBe('call-records');
    expect(answeredBy('how long did the hack last')).toBe('how-long');
  });

  it('reads "who are the attackers" as who is behind it, not whom they targeted', () => {
    expect(termsOf('who r the attackers in op soft cell')).toEqual(
      termsOf('who hacked in op soft cell'),
    );
    expect(answeredBy('so who actualy did the softcell op')).toBe('who-is-blamed');
    expect(termsOf('who were the hackers trying to spy on')).not.toEqual(
      termsOf('who hacked trying to spy on'),
    );
    expect(answeredBy('who were the hackers in the sony hack')).toBe('no_match');
  });

  it('reads "like im 5" and "for dummies" as asking for a simple telling, not a number', () => {
    expect(termsOf('explain apt10 like im 12')).toEqual(termsOf('explain apt10'));
    expect(termsOf('explain soft cell for a 10 year old')).toEqual(termsOf('explain soft cell'));
    expect(termsOf('soft cell for dummies')).toEqual(termsOf('soft cell'));
    expect(answeredBy('explain operation soft cell like im 10')).toBe('what-is-soft-cell');
    expect(answeredBy('how many carriers like 10?')).not.toBe('what-is-soft-cell');
  });

  it('reads "the heck" and "just woke up" as padding, and "the stories" as the articles', () => {
    expect(termsOf('who the heck is apt10')).toEqual(termsOf('who is apt10'));
    expect(termsOf('what the heck is soft cell')).toEqual(termsOf('what is soft cell'));
    expect(answeredBy('just woke up, what did the report say')).toBe('key-findings');
    expect(answeredBy('can i read the full research somewhere')).toBe('cybereason-publications');
    expect(answeredBy('which organisations come up in the stories')).toBe('who-is-named');
    expect(answeredBy('what is woke')).toBe('no_match');
  });

  it('reads "a heads up" as a warning, "any word from" as a response and data that "got out" as stolen', () => {
    expect(termsOf('were the victims given a heads up')).toEqual(
      termsOf('were the victims warned'),
    );
    expect(termsOf('any word from beijing on this')).toEqual(
      termsOf('response from beijing on this'),
    );
    expect(termsOf('how much data got out')).toEqual(termsOf('how much data stolen'));
    expect(termsOf('how did they get out')).not.toContain(termsOf('stolen')[0]);
    expect(answeredBy('any word from beijing on this')).toBe('china-response');
  });

  it('reads "reuters\' angle" and "what did reuters contribute" as what Reuters reported', () => {
    expect(answeredBy("what's reuters' role in this")).toBe('what-did-reuters-report');
    expect(answeredBy('what did reuters contribute to the bgr story')).toBe(
      'what-did-reuters-report',
    );
    expect(answeredBy('which parts of the bgr story come from reuters')).toBe(
      'what-did-reuters-report',
    );
    expect(answeredBy('who wrote the reuters article')).toBe('no_match');
    expect(answeredBy('what role did div play at unit 8200')).toBe('no_match');
  });

  it('reads normal, regular and ordinary alike ("just normal criminals")', () => {
    expect(termsOf('normal criminals')).toEqual(termsOf('ordinary criminals'));
    expect(answeredBy('why do they think it was a government and not normal criminals')).toBe(
      'why-nation-state',
    );
    expect(answeredBy('how do hackers usually get into telecom networks')).toBe('no_match');
  });

  it('reads a skeptic\'s "propaganda", "made up" or "cap" as doubting the claim', () => {
    expect(termsOf('is this propaganda')).toEqual(termsOf('is this speculation'));
    expect(answeredBy('sounds like propaganda, whats the evidence')).toBe('is-it-proven');
    expect(answeredBy('is this all made up')).toBe('is-it-proven');
    expect(answeredBy('is tiktok propaganda')).toBe('no_match');
    expect(answeredBy('no cap who did it')).toBe('who-is-blamed');
  });

  it('reads "specifically" as padding, "the end goal" as the goal and "1 of the countries" as among them', () => {
    expect(termsOf('why telcos specifically')).toEqual(termsOf('why telcos'));
    expect(termsOf('what was the end goal')).toEqual(termsOf('what was the goal'));
    expect(answeredBy('why telcos specifically')).toBe('motive');
    expect(answeredBy('was germany 1 of the countries')).toBe('which-countries');
    expect(answeredBy('was israel one of the countries')).toBe('which-countries');
    expect(answeredBy('what is the end goal of apt28')).toBe('no_match');
  });

  it('reads phone spellings (cud, wil, bak, ovr, cuz), "reach out to" and "go to the feds with this"', () => {
    expect(termsOf('cud they track where ppl were')).toEqual(
      termsOf('could they track where people were'),
    );
    expect(termsOf('wil they come bak')).toEqual(termsOf('will they come back'));
    expect(answeredBy('is this ovr or')).toBe('still-ongoing');
    expect(answeredBy('how many companys did they reach out to')).toBe('who-was-told');
    expect(answeredBy('did they go to the feds with this')).toBe('intel-community');
    expect(answeredBy('what is bak')).toBe('no_match');
  });

  it('reads "pulling from" as using, "sniffed out" as found and "$$" as money', () => {
    expect(answeredBy('which news sites is this bot pulling from')).toBe('news-sources');
    expect(answeredBy('who sniffed this out')).toBe('who-found-it');
    expect(answeredBy('any $$ stolen')).toBe('did-they-steal-money');
    expect(termsOf('was it $5 million')).not.toContain(termsOf('money')[0]);
    expect(answeredBy('what sources are you drawing on')).toBe('news-sources');
  });

  it('reads a region (north america, the middle east, asian countries) as a place victims could be in', () => {
    expect(answeredBy('was anyone in north america hit')).toBe('which-countries');
    expect(answeredBy('were middle east telcos targeted')).toBe('which-countries');
    expect(answeredBy('any asian countries affected?')).toBe('which-countries');
    expect(answeredBy('what is the biggest carrier in africa')).toBe('no_match');
    expect(answeredBy('did asian hackers do it')).toBe('no_match');
  });

  it('reads "what did they get, like X" as asking what was stolen, the examples aside', () => {
    expect(termsOf('what did the hackers get')).toEqual(termsOf('what did the hackers steal'));
    expect(termsOf('what did the hackers get, like phone numbers, call logs??')).toEqual(
      termsOf('what did the hackers steal'),
    );
    expect(termsOf('what did they get into')).not.toContain(termsOf('steal')[0]);
    expect(answeredBy('what info did they get')).toBe('what-was-stolen');
    expect(answeredBy('also what kinda info did they get')).toBe('what-was-stolen');
    expect(answeredBy('wtf did the hakers actually grab')).toBe('what-was-stolen');
    expect(answeredBy('so what did they get, just call logs?')).toBe('what-was-stolen');
    expect(answeredBy('what did the hackers get, like phone numbers, call logs??')).toBe(
      'what-was-stolen',
    );
    expect(termsOf('who was it, the boston one')).toContain(termsOf('cybereason')[0]);
    expect(answeredBy('what exactly got taken, like texts? call logs?')).toBe('what-was-stolen');
  });

  it('reads "are you going off / pulling from X" as asking for the sources, not about the bot', () => {
    expect(answeredBy('are you only going off bloomberg?')).toBe('news-sources');
    expect(answeredBy('which outlets are you pulling from')).toBe('news-sources');
    expect(answeredBy('are you based on chatgpt')).toBe('no_match');
    expect(answeredBy('are you a bot')).not.toBe('news-sources');
  });

  it('reads a closing "or what", "or nah", "or something" as a tag that changes nothing', () => {
    expect(termsOf('is this from bloomberg or what')).toEqual(termsOf('is this from bloomberg'));
    expect(answeredBy('is this from bloomberg or what')).toBe('news-sources');
    expect(answeredBy('is apt10 like part of the chinese govt or what')).toBe('what-is-apt10');
    expect(termsOf('was it china or not')).toEqual(termsOf('was it china'));
    expect(termsOf('china or russia')).toContain(termsOf('russia')[0]);
  });

  it('reads "china again?" as asking whether it was China, "is china at it again" as its record', () => {
    expect(answeredBy('china again??')).toBe('who-is-blamed');
    expect(answeredBy('so its the chinese again?')).toBe('who-is-blamed');
    expect(answeredBy('was it china again lol')).toBe('who-is-blamed');
    expect(answeredBy('is china at it again')).toBe('previous-accusations');
    expect(answeredBy('have chinese hackers struck again')).toBe('previous-accusations');
    expect(answeredBy('apt10 again')).toBe('was-it-apt10');
  });

  it('reads "again" in "who was the firm again" as "remind me", which asks nothing more', () => {
    expect(termsOf('who was the research firm again')).toEqual(
      termsOf('who was the research firm'),
    );
    expect(answeredBy('who was the research firm again, the boston one')).toBe(
      'what-is-cybereason',
    );
    expect(answeredBy('what is apt10 again')).toBe('what-is-apt10');
  });

  it('reads "how can carriers stop this" as asking how to prevent it, not whether they can be removed', () => {
    expect(termsOf('how can carriers stop this')).toEqual(termsOf('how can carriers prevent this'));
    expect(answeredBy('how can carriers stop this')).toBe('how-to-defend');
    expect(answeredBy('what can operators do to stop this')).toBe('how-to-defend');
    expect(termsOf('can carriers stop them')).toContain(termsOf('stop')[0]);
  });

  it('reads "what does the us think huawei is up to" as asking what huawei is accused of', () => {
    expect(termsOf('what does the us think huawei is up to')).toEqual(
      termsOf('what does the us accuse huawei of'),
    );
    expect(answeredBy('what does the us say huawei does')).toBe('huawei-allegations');
    // "Says china did it" blames; it accuses of nothing else.
    expect(termsOf('does bloomberg say china did it')).not.toContain(termsOf('accused')[0]);
  });

  it('reads "everyone’s data or only some people" as asking whom they targeted', () => {
    expect(answeredBy("was everyone's data taken or only some people")).toBe('whose-data');
    expect(answeredBy("was it every customer's data or just some people's")).toBe('whose-data');
    expect(answeredBy('what data was taken')).toBe('what-was-stolen');
  });

  it('reads "how much countries" as how many, and "somebody elses" as padding', () => {
    expect(termsOf('How much countries in total?')).toEqual(
      termsOf('how many countries in total?'),
    );
    expect(answeredBy('How much countries in total?')).toBe('how-many-countries');
    expect(answeredBy('how much data did they take')).toBe('how-much-data');
    expect(termsOf('or was that somebody elses number')).toEqual(termsOf('or was that number'));
  });

  it('reads "never heard of them before" as asking what they are, and "theyd" as padding', () => {
    expect(answeredBy('who are APT10, never heard of them before')).toBe('what-is-apt10');
    expect(
      answeredBy('did china say theyd never let their infrastructure be used for hacking'),
    ).toBe('china-response');
    expect(termsOf('need it for my works cited')).toEqual(termsOf('need it'));
  });

  it('reads "someone framing them" / "pretending to be china" as a false flag', () => {
    expect(termsOf('someone framing them')).toEqual(termsOf('someone false flag'));
    expect(answeredBy('how do we even know it was china and not someone framing them')).toBe(
      'is-it-proven',
    );
    expect(
      answeredBy('How can they be sure it was China and not someone pretending to be China?'),
    ).toBe('is-it-proven');
  });

  it('reads "the target breach" as the retailer’s, which the articles do not cover', () => {
    expect(answeredBy('what happened in the target data breach')).toBe('no_match');
    expect(answeredBy('how did the target hack happen')).toBe('no_match');
    expect(answeredBy('who was the target of the hack')).not.toBe('no_match');
  });

  it('reads "the company that found this" as Cybereason, unless the question asks which company', () => {
    expect(answeredBy('tell me about the company that did the research')).toBe(
      'what-is-cybereason',
    );
    expect(answeredBy('whos the boss of the company that found the hack')).toBe('who-is-lior-div');
    expect(answeredBy('Who is the company that found all this out?')).toBe('who-found-it');
    expect(termsOf('name the firm that uncovered it')).not.toContain(termsOf('cybereason')[0]);
    expect(termsOf('the security firm that spotted it, who is it')).not.toContain(
      termsOf('cybereason')[0],
    );
  });

  it('reads "what info did they get out" as stolen and countries "dragged into" it as affected', () => {
    expect(answeredBy('wat kind of info did the hackers get out')).toBe('what-was-stolen');
    expect(answeredBy('can carriers get them out')).toBe('can-hackers-be-removed');
    expect(answeredBy('how many countries got dragged into this')).toBe('how-many-countries');
  });

  it('reads "whats this telco hacking thing" as naming Soft Cell by what it was', () => {
    expect(answeredBy('whats this telco hacking thing everyones talking about')).toBe(
      'what-is-soft-cell',
    );
    expect(answeredBy('what was the telecom hacking thing in june 2019')).toBe('what-is-soft-cell');
    expect(answeredBy('whats the deal with the trade war thing')).toBe('trade-war');
  });

  it('reads giving someone "a heads up" as notifying them', () => {
    expect(termsOf('did they give the telcos a heads up')).toEqual(
      termsOf('did they notify the telcos'),
    );
    expect(answeredBy('did cybereason give the affected telcos a heads up')).toBe('who-was-told');
    expect(answeredBy('did cybereason do disclosure to the victims')).toBe('who-was-told');
  });

  it('reads an "excuse" as a reason', () => {
    expect(termsOf('whats the excuse')).toEqual(termsOf('whats the reason'));
    expect(answeredBy('whats the excuse for not naming the victims')).toBe('why-not-named');
  });

  it('reads a "crew" as a group', () => {
    expect(termsOf('which hacker crew did it')).toEqual(termsOf('which hacker group did it'));
    expect(answeredBy('why state-sponsored and not some cybercrime crew?')).toBe(
      'why-nation-state',
    );
    expect(answeredBy('is it apt10 or some other crew')).toBe('was-it-apt10');
  });

  it('reads "are they spying on me" as asking whether the asker is affected', () => {
    expect(answeredBy('could someone be eavesdropping on me because of this')).toBe(
      'am-i-affected',
    );
    expect(answeredBy('is someone listening to my calls')).toBe('am-i-affected');
    expect(answeredBy('who were they spying on')).toBe('whose-data');
  });

  it('reads "my phone data" as the asker’s own data', () => {
    expect(termsOf('is my phone data at risk')).toEqual(termsOf('is my data at risk'));
    expect(answeredBy('should i be worried my phone data got stolen')).toBe('am-i-affected');
    expect(answeredBy('what phone data did they steal')).not.toBe('am-i-affected');
  });

  it('reads chat padding ("bc", "rly", "hes", "confused") as padding', () => {
    expect(termsOf('every password in the org?? rly')).toEqual(
      termsOf('every password in the org'),
    );
    expect(termsOf('confused bc the article talks about huawei')).toEqual(
      termsOf('the article talks about huawei'),
    );
    expect(answeredBy('every password in the org?? rly')).toBe('passwords');
  });

  it('reads "less" and "fewer" like "more": the number carries the question', () => {
    expect(termsOf('was it over 30 countries or less')).toEqual(
      termsOf('was it over 30 countries'),
    );
    expect(termsOf('fewer than 10 telcos?')).toEqual(termsOf('than 10 telcos?'));
    expect(answeredBy('was it over 30 countries or less')).toBe('how-many-countries');
  });

  it('reads "german or french carriers" as carriers in both places', () => {
    expect(answeredBy('were german or french carriers among the victims')).toBe('which-countries');
    // A place listed twice ends the list all the same.
    expect(answeredBy('were french or german or french carriers hit')).toBe('which-countries');
    expect(answeredBy('did german or french hackers do it')).toBe('no_match');
  });

  it('reads "any telcos in france or germany?" as asking whether carriers there were hit', () => {
    expect(answeredBy('any telcos in france or germany?')).toBe('which-countries');
    expect(answeredBy('any carriers in japan')).toBe('which-countries');
    expect(answeredBy('any telcos in france said anything?')).toBe('no_match');
    expect(answeredBy('what is the biggest carrier in africa')).toBe('no_match');
  });

  it('answers a question naming one article from an entry about that article, not the other', () => {
    expect(answeredBy('which foreign ministry spokesman does bloomberg name')).toBe(
      'who-is-geng-shuang',
    );
    expect(answeredBy('who is the spokesperson quoted in bloomberg')).toBe('who-is-geng-shuang');
    // (Not "…official in the bgr article": since the examples, china-response's "any official
    // statement from the chinese foreign ministry" pulls that one, a known regression.)
    expect(answeredBy('who is the foreign ministry official bgr quotes')).toBe(
      'bgr-spokesman-name',
    );
    // A named person says which article is meant, whichever publisher the question names.
    expect(['bgr-author', 'bloomberg-authors']).toContain(
      answeredBy('did gwen ackerman write for bgr too'),
    );
  });

  it('reads "X is who again", "X is what exactly" as asking who or what X is', () => {
    expect(answeredBy('geng shuang was who?')).toBe('who-is-geng-shuang');
    expect(answeredBy('ok apt10 is what exactly')).toBe('what-is-apt10');
    expect(answeredBy('cybereason is who now')).toBe('what-is-cybereason');
    expect(answeredBy('your name is what')).toBe('no_match');
    // "Written by anyone in particular" asks for an author; "target anyone in particular" does not.
    expect(answeredBy('was the bloomberg story written by anyone in particular')).toBe(
      'bloomberg-authors',
    );
    expect(answeredBy('did they target anyone in particular')).toBe('whose-data');
    // "Cybercrooks", "cyberthieves" are criminals.
    expect(termsOf('cybercrooks')).toEqual(termsOf('crooks'));
  });

  it('reads who is "behind" cybereason or an article as who runs or wrote it, not as a culprit', () => {
    expect(answeredBy('who is behind cybereason')).toBe('who-is-lior-div');
    expect(answeredBy("who's behind the bgr piece")).toBe('bgr-author');
    expect(answeredBy('who is behind the bloomberg article')).toBe('bloomberg-authors');
    expect(answeredBy("who's behind the hack")).toBe('who-is-blamed');
    // Who runs a newsroom is not in the articles (nor is Cybereason's CEO the answer).
    expect(answeredBy('who runs bloomberg')).toBe('no_match');
    expect(answeredBy('who is behind bgr')).toBe('no_match');
  });

  it('reads "tell how many …" opening a message as a request, not as notifying anyone', () => {
    expect(termsOf('tell how many operators were hit')).toEqual(
      termsOf('how many operators were hit'),
    );
    expect(answeredBy('how many telcos got notified')).toBe('who-was-told');
    expect(answeredBy('did they tell the carriers')).toBe('who-was-told');
  });

  it('reads "explain how …", "walk me through why …" as the question that follows', () => {
    expect(answeredBy('explain how they got in')).toBe('how-it-worked');
    expect(answeredBy('walk me through how the attack went down')).toBe('how-it-worked');
    expect(answeredBy('describe how they stayed hidden')).toBe('avoiding-detection');
    // "How X works" asks what X is, as "how does X work" does: nothing the reports define.
    expect(answeredBy('explain how ransomware works')).toBe('no_match');
    expect(answeredBy('how ransomware works')).toBe('no_match');
  });

  it('reads "the boston firm" as Cybereason, "in the haul" as stolen, carriers "involved" as hit', () => {
    expect(answeredBy('how sure is the israeli firm about china')).toBe('how-sure');
    expect(answeredBy('is cybereason an israeli company')).toBe('cybereason-background');
    expect(answeredBy('were passwords in the haul')).toBe('passwords');
    expect(answeredBy('were any spanish carriers involved')).toBe('which-countries');
    expect(answeredBy('was huawei involved')).toBe('huawei-involved');
  });

  it('tells a company going public (a listing) from a report going public, and the trade war from the hack being over', () => {
    expect(answeredBy('has cybereason gone public yet')).toBe('no_match');
    expect(answeredBy('when did cybereason go public with the research')).toBe('when-reported');
    expect(answeredBy('is the trade war over')).not.toBe('still-ongoing');
    expect(answeredBy('is the hack over')).toBe('still-ongoing');
  });

  it('knows more words for stealing, hacking, attackers, finding, denying, proof and scale', () => {
    for (const [word, same] of [
      ['siphoned', 'stole'],
      ['hoovered', 'stole'],
      ['raided', 'hacked'],
      ['adversaries', 'hackers'],
      ['unearthed', 'found'],
      ['rejected', 'denied'],
      ['verified', 'confirmed'],
      ['convinced', 'confident'],
      ['clients', 'customers'],
      ['widespread', 'massive'],
    ] as const)
      expect(termsOf(word), word).toEqual(termsOf(same));
  });

  it('reads taking over a network as controlling it, and what "walked out the door" as stolen', () => {
    expect(termsOf('they took over the network')).toEqual(termsOf('they control the network'));
    expect(termsOf('took over')).not.toEqual(termsOf('stole'));
    expect(answeredBy('what data walked out the door')).toBe('what-was-stolen');
    expect(answeredBy('who took over as ceo of cybereason')).toBe('no_match');
  });

  it('reads a named victim place as asking which countries, not how many', () => {
    expect(answeredBy('did they hack telcos in spain or italy')).toBe('which-countries');
    expect(answeredBy('were any african carriers hit')).toBe('which-countries');
    // A place that does the hacking is no victim.
    expect(answeredBy('did iran hack any carriers')).toBe('no_match');
  });

  it('reads implants as tools and "for someone outside infosec" as whom the answer is for', () => {
    expect(answeredBy('did the report name the implants')).toBe('what-tools');
    expect(termsOf('quick summary of soft cell for someone outside infosec')).toEqual(
      termsOf('quick summary of soft cell'),
    );
    expect(answeredBy('what implants does apt28 use')).toBe('no_match');
  });

  it('reads "their own IT department" as the shadow IT department, and "deets" as details', () => {
    expect(answeredBy('what did he mean they made their own IT department')).toBe('shadow-it');
    expect(answeredBy('what did div mean they set up their own IT dept inside')).toBe('shadow-it');
    expect(termsOf('deets?')).toEqual(termsOf('details?'));
    expect(answeredBy('us prosecutors charged some chinese hackers right? deets?')).toBe(
      'december-charges',
    );
  });

  it('reads a place checked in a fragment as a possible victim, but not a place that acts', () => {
    expect(answeredBy('india also attacked in this?')).toBe('which-countries');
    expect(answeredBy('middle east countries affected or no')).toBe('which-countries');
    expect(answeredBy('russia hacked them right')).toBe('who-is-blamed');
    expect(answeredBy('did india hit the telcos')).not.toBe('which-countries');
  });

  it('reads "most important findings" and "takeaways" as the main findings, "certain" as sure', () => {
    expect(termsOf('most important findings?')).toEqual(termsOf('main findings?'));
    expect(termsOf('key takeaways')).toEqual(termsOf('main findings'));
    expect(answeredBy('give me the top-line findings for a briefing note')).toBe('key-findings');
    expect(termsOf('how certain are they')).toEqual(termsOf('how sure are they'));
    expect(answeredBy('were certain people targeted')).toBe('whose-data');
  });

  it('reads the question words members mix in from Spanish, German, Hindi and Tagalog', () => {
    expect(termsOf('que es operation soft cell')).toEqual(termsOf('what is operation soft cell'));
    expect(termsOf('apt10 kya hai?')).toEqual(termsOf('what is apt10'));
    expect(answeredBy('quien descubrio el ataque')).toBe('who-found-it');
    expect(answeredBy('Was ist Operation Soft Cell eigentlich?')).toBe('what-is-soft-cell');
    expect(answeredBy('ano ba yung operation soft cell')).toBe('what-is-soft-cell');
    expect(answeredBy('china ne kya bola report ke baare mein?')).toBe('china-response');
    // English words that look alike stay English.
    expect(termsOf('what about sino-us tensions')).toContain(termsOf('sino')[0]);
    expect(answeredBy('did anyone die')).toBe('no_match');
  });

  it('reads "put out" a report as publishing it, "by the time the report came out" as as of the report, and China saying it did not as a denial', () => {
    expect(answeredBy('who put out the report')).toBe('who-found-it');
    expect(answeredBy('was the hack over by the time the report came out')).toBe('still-ongoing');
    expect(answeredBy('china says they didnt do it right')).toBe('did-china-deny');
    expect(answeredBy("so china's just saying it wasnt them?")).toBe('did-china-deny');
    expect(answeredBy('what makes them say it wasnt cybercriminals')).toBe('why-nation-state');
    expect(answeredBy('did china put out a statement')).toBe('china-response');
    expect(answeredBy('when will cybereason put out its next report')).toBe('no_match');
  });

  it('reads what came of a case (sentenced, extradited, prison) and sanctions over soft cell as after the reports', () => {
    expect(answeredBy('did the 2 hackers from december get sentenced')).toBe('no_match');
    expect(answeredBy('were the december hackers extradited to usa')).toBe('no_match');
    expect(answeredBy('did the us sanction anyone over soft cell')).toBe('no_match');
    expect(answeredBy('were any hackers charged for working with china')).toBe('december-charges');
    expect(answeredBy('did the us sanction china')).toBe('us-blacklists');
    expect(answeredBy('describe soft cell in a sentence or two')).toBe('what-is-soft-cell');
  });

  it("reads an infected phone or computer as the device's own security, not the carriers'", () => {
    expect(answeredBy('how do i know if my phone has spyware')).toBe('no_match');
    expect(answeredBy('how do i know if my phone is hacked')).toBe('no_match');
    expect(answeredBy('was my phone hacked')).toBe('am-i-affected');
  });

  it('reads "the global telecom hack" as the story\'s name, and "a global hack" as asking how far it reached', () => {
    expect(answeredBy('Whats The Story With The Global Telecom Hack')).toBe('what-is-soft-cell');
    expect(answeredBy('how global was the hack')).toBe('how-many-countries');
    expect(answeredBy('was it a global hack')).toBe('how-many-countries');
  });

  it('reads talking to someone in person or by phone as asking about an interview', () => {
    expect(answeredBy('did div talk to bloomberg in person or')).toBe('who-is-lior-div');
    expect(answeredBy('did div speak with reporters by phone')).toBe('who-is-lior-div');
    expect(answeredBy('what phone does lior div use')).toBe('no_match');
  });

  it('reads "whose research", "never heard of it", "go unnoticed" and "how the attack went"', () => {
    expect(answeredBy('whose research was this')).toBe('who-found-it');
    expect(answeredBy('soft cell? never heard of it')).toBe('what-is-soft-cell');
    expect(answeredBy('APT10 = ? never heard of that group before')).toBe('what-is-apt10');
    expect(answeredBy('how long did the hackers go unnoticed')).toBe('how-long');
    expect(answeredBy('walk me through how the attack went')).toBe('how-it-worked');
    expect(answeredBy('what were they trying to accomplish')).toBe('motive');
    expect(answeredBy('how many gigs did they take')).toBe('how-much-data');
    expect(answeredBy('who figured out the telcos had been hacked')).toBe('who-found-it');
  });

  it('reads "what did X think of it" as how X reacted', () => {
    expect(answeredBy('what did the intelligence agencies think of it')).toBe('reactions');
    expect(answeredBy('what did china think of the report')).toBe('china-response');
    expect(answeredBy('what do you think of it')).toBe('no_match');
  });

  it('reads "how come", "catch me up", "flat out" and "should i be worried about my phone"', () => {
    expect(answeredBy('how come div wouldnt name the companies')).toBe('why-not-named');
    expect(answeredBy('catch me up pls, didnt read any of it')).toBe('key-findings');
    expect(answeredBy('can someone fill me in on who div is')).toBe('who-is-lior-div');
    expect(answeredBy('so beijing just flat out denied it?')).toBe('did-china-deny');
    expect(answeredBy('should i be worried about my phone')).toBe('am-i-affected');
  });

  it('reads a phrase quoted from the articles as asking what it means there, not for a definition', () => {
    expect(answeredBy('what does “likeliest candidate” mean')).toBe('how-sure');
    expect(answeredBy('“changing strategies for different missions” meaning?')).toBe(
      'avoiding-detection',
    );
    // Quoted words the articles never use, or a single name, still ask for a definition.
    expect(answeredBy("what is 'state sponsored hacking'")).toBe('no_match');
    expect(answeredBy('what is “the MSS”')).toBe('no_match');
  });

  it('reads "country wise" as about countries, "is soft cell a virus or an operation" as what it is, and a command after "ok but"', () => {
    expect(answeredBy('how widespread was it country wise')).toBe('how-many-countries');
    expect(answeredBy('wait is soft cell a virus or like a whole operation')).toBe(
      'what-is-soft-cell',
    );
    expect(answeredBy('is apt10 a company or a government')).toBe('what-is-apt10');
    expect(termsOf('ok but walk me through the timeline')).toEqual(termsOf('the timeline'));
    expect(answeredBy('otherwise what')).toBe('no_match');
  });

  it('reads "whose fault", "my own phone" and "one guy or a group"', () => {
    expect(answeredBy('so whose fault is this supposed to be')).toBe('who-is-blamed');
    expect(answeredBy('should i be worried about my own phone')).toBe('am-i-affected');
    expect(answeredBy('is apt10 one guy or a whole group')).toBe('what-is-apt10');
    expect(answeredBy('who is the chinese foreign minister')).toBe('no_match');
  });

  it('reads "break into" as hacking, "broke this" as publishing and "gave the carriers the details" as telling them', () => {
    expect(answeredBy('so how many networks did they break into')).toBe('how-many-carriers');
    expect(answeredBy('which security researchers broke this')).toBe('who-found-it');
    expect(answeredBy('did cybereason give the carriers the details')).toBe('who-was-told');
  });

  it('reads British, Australian and internet English (clock them, on their trail, whodunnit, chuck them out)', () => {
    expect(answeredBy('how come the security teams didnt clock them')).toBe('avoiding-detection');
    expect(answeredBy('how long has cybereason been on their trail')).toBe('how-long-tracked');
    expect(answeredBy('did they want a backdoor for good')).toBe('persistent-access');
    expect(answeredBy('was it apt10 or some other lot')).toBe('was-it-apt10');
    expect(answeredBy('were european telcos in the crosshairs')).toBe('western-europe');
    expect(answeredBy("who's copping the blame for this")).toBe('who-is-blamed');
    expect(answeredBy('whodunnit')).toBe('who-is-blamed');
    expect(answeredBy('why is cybereason keeping the victims hush hush')).toBe('why-not-named');
    expect(answeredBy('whats the gist of what cybereason dug up')).toBe('key-findings');
    expect(answeredBy('who penned the bgr one')).toBe('bgr-author');
    expect(answeredBy('whos this div bloke')).toBe('who-is-lior-div');
    expect(answeredBy('if they chuck them out will they come back')).toBe('can-hackers-be-removed');
    expect(answeredBy('who is this div guy they keep quoting')).toBe('who-is-lior-div');
  });

  it('reads a carrier named in a bare check ("telstra??") as the named carrier, and "kindly tell" as politeness', () => {
    expect(answeredBy('telstra??')).toBe('am-i-affected');
    expect(answeredBy('what happened in the optus breach')).toBe('no_match');
    expect(answeredBy('kindly tell who all were being spied on')).toBe('whose-data');
  });

  it('does not count a reserved word an answer or excerpt happens to hold ("in the spotlight lately")', () => {
    expect(answeredBy('who won the us china trade war')).not.toBe('trade-war');
    expect(answeredBy('what happened to apt10 after the report')).toBe('no_match');
    expect(answeredBy('what sentence did the two hackers from the december case get')).toBe(
      'no_match',
    );
    expect(answeredBy('what was the us china trade war about')).toBe('trade-war');
  });

  it('reads "get booted", "dodge detection", "over a dozen", "is soft cell over" and "went to the cia"', () => {
    expect(answeredBy('if they get booted will they just come back in')).toBe(
      'can-hackers-be-removed',
    );
    expect(answeredBy('was it over a dozen telcom companies?')).toBe('how-many-carriers');
    expect(answeredBy('is soft cell over')).toBe('still-ongoing');
    expect(answeredBy('how was it done')).toBe('how-it-worked');
    expect(answeredBy('so cybereason went to the cia with this?')).toBe('intel-community');
    expect(termsOf('they dodge detection')).toEqual(termsOf('they avoid detection'));
  });

  it('reads "more these days" as increasingly, not as a question about today', () => {
    expect(answeredBy('is beijing going after european telcos more these days')).toBe(
      'western-europe',
    );
    expect(answeredBy('what is happening these days')).toBe('no_match');
  });

  it('reads a leading "like" as chat, as it reads a leading "so"', () => {
    expect(answeredBy('so like who actually did it')).toBe('who-is-blamed');
    expect(answeredBy('like who did it')).toBe('who-is-blamed');
  });

  it('answers "who is" for each Bloomberg contributor from the byline entry', () => {
    for (const name of ['sharon chen', 'dandan li', 'peter martin'])
      expect(answeredBy(`who is ${name}`)).toBe('bloomberg-authors');
  });

  it('reads "what does X do" as who X is, "had a hand in" as involved, and drops "i missed the news" and a leading "need"', () => {
    expect(answeredBy('what does geng shuang do')).toBe('who-is-geng-shuang');
    expect(answeredBy('what does cybereason do for a living')).toBe('what-is-cybereason');
    expect(answeredBy('huawei had a hand in this?')).toBe('huawei-involved');
    expect(answeredBy('i missed the news, what happened with telcos getting hacked')).toBe(
      'what-is-soft-cell',
    );
    expect(answeredBy('need the byline for the bgr article for my citation')).toBe('bgr-author');
  });

  it('reads "can i state X as fact", "still an allegation", "which part of the government" and Div talking to reporters', () => {
    expect(answeredBy('can i say it was china')).toBe('is-it-proven');
    expect(
      answeredBy(
        'journalist here, can i state china did this as fact or is it still an allegation',
      ),
    ).toBe('is-it-proven');
    expect(answeredBy('which branch of the chinese state runs apt10')).toBe('which-ministry');
    expect(answeredBy('did lior div talk to reporters')).toBe('who-is-lior-div');
    // "Still the spokesman" still asks about the time after the articles.
    expect(answeredBy('is geng shuang still the spokesman')).toBe('no_match');
  });

  it('reads "which country is being accused" as who is blamed, not which countries were hit', () => {
    expect(answeredBy('which country is being accused')).toBe('who-is-blamed');
    expect(answeredBy('which countries were hit')).toBe('which-countries');
  });

  it('reads a half-remembered "soft something" as Soft Cell', () => {
    expect(answeredBy('what was that hack called, soft something')).toBe('code-name');
    expect(answeredBy('what are soft skills')).toBe('no_match');
  });

  it('answers call logs and locations together from what was stolen', () => {
    expect(answeredBy('did they take peoples locations and call logs')).toBe('what-was-stolen');
    expect(answeredBy('did they get call logs')).toBe('call-records');
  });

  it('reads "that phone hack", "who do they say did it", "still live", "lock down", "tips" and "k"', () => {
    expect(answeredBy('who was behind that phone hack thing')).toBe('who-is-blamed');
    expect(answeredBy('who do they say did it')).toBe('who-is-blamed');
    expect(answeredBy('who did soft cell')).toBe('who-is-blamed');
    expect(answeredBy('is it over now or still live')).toBe('still-ongoing');
    expect(answeredBy('any tips for operators to lock down their networks')).toBe('how-to-defend');
    expect(answeredBy('k and did they warn anyone')).toBe('who-was-told');
  });

  it('reads "walk off with" as steal, "a slick op" as sophisticated, "what company is X with" as who X is', () => {
    expect(answeredBy('what exactly did they walk off with')).toBe('what-was-stolen');
    expect(answeredBy('was this a slick op or pretty basic')).toBe('how-sophisticated');
    expect(answeredBy('what company is lior div with')).toBe('who-is-lior-div');
  });

  it('reads "a bunch of" as padding and Huawei "boxes" as its equipment', () => {
    expect(answeredBy('So I Heard China Hacked A Bunch Of Phone Companies, Is That True')).toBe(
      'who-is-blamed',
    );
    expect(answeredBy('were huawei boxes used to get in')).toBe('huawei-involved');
  });

  it('reads "which firm wrote the report" as who published it, not who wrote an article', () => {
    expect(answeredBy('which firm wrote the report')).toBe('who-found-it');
    expect(answeredBy('who wrote the bloomberg article')).toBe('bloomberg-authors');
  });

  it('drops "in #general", "someone linked an article" and "i\'m in <place>", and reads "any way to tell if my…" as am I affected', () => {
    expect(
      answeredBy('someone linked a soft cell article in general, whats the deal with it'),
    ).toBe('what-is-soft-cell');
    expect(answeredBy('someone mentioned op soft cell in general, context?')).toBe(
      'what-is-soft-cell',
    );
    expect(answeredBy('Is There Any Way To Tell If My Own Phone Records Were Taken')).toBe(
      'am-i-affected',
    );
    expect(answeredBy('im in germany, was my carrier part of this')).toBe('am-i-affected');
  });

  it('reads "how much data did they get out" as how much they stole, not how to get them out', () => {
    expect(answeredBy('how much data did they get out')).toBe('how-much-data');
    expect(answeredBy('how do carriers get them out')).toBe('can-hackers-be-removed');
  });

  it('answers what the Huawei bans cover', () => {
    expect(answeredBy('what does the huawei ban cover')).toBe('huawei-bans');
  });

  it('tells what the hack is called (its name) from phone calls', () => {
    expect(answeredBy('should i be worried my calls got hacked')).toBe('am-i-affected');
    expect(answeredBy('why do they call it soft cell')).toBe('code-name');
    expect(answeredBy('what was the hack called')).toBe('code-name');
  });

  it('abstains on greetings shaped like questions and on asking whether the bot works', () => {
    for (const message of [
      "how's it going",
      'how is it going',
      'how are things',
      'is bot working?',
      'is the bot working',
    ])
      expect([message, answeredBy(message)]).toEqual([message, 'no_match']);
    expect(answeredBy('what is the bot working from')).toBe('news-sources');
  });

  it('reads "begun", "already", "got owned", "get inside", a leading "when the report came out" and "who is author of" as meant', () => {
    expect(answeredBy('when it all begun')).toBe('when-started');
    expect(answeredBy('did it stop already')).toBe('still-ongoing');
    expect(answeredBy('what are the telecoms that got owned')).toBe('which-carriers');
    expect(answeredBy('how hackers got inside the networks')).toBe('how-it-worked');
    expect(answeredBy('how long were they inside')).toBe('how-long');
    expect(answeredBy('when the report came out')).toBe('when-reported');
    expect(answeredBy('who is author of bloomberg story')).toBe('bloomberg-authors');
  });

  it('reads a "when" that dates the clause before it as no question of its own', () => {
    expect(
      focusClauses(
        'so did the carriers kick them out or were the hackers still sitting in there when the articles came out',
      ),
    ).not.toContain('when the articles came out');
    expect(answeredBy('were the hackers still in there when the report came out')).toBe(
      'still-ongoing',
    );
  });

  it('reads "china says no / it is not them" as a denial, and "the thing everyone talks about" as framing', () => {
    expect(answeredBy('so china says no?')).toBe('did-china-deny');
    expect(answeredBy('china says it is not them?')).toBe('did-china-deny');
    expect(answeredBy('what is this soft cell thing everyone talks about')).toBe(
      'what-is-soft-cell',
    );
    expect(answeredBy('someone linked soft cell in general, what is it')).toBe('what-is-soft-cell');
    expect(answeredBy('could they see who people talk to')).toBe('call-records');
  });

  it('reads "where i can read the full report" and "the original cybereason blog post" as where to find it', () => {
    expect(answeredBy('where i can read the full report myself')).toBe('cybereason-publications');
    expect(answeredBy('where is the original cybereason blog post')).toBe(
      'cybereason-publications',
    );
    expect(answeredBy('has china read the report')).toBe('china-seen-report');
  });

  it('abstains on how long someone has held a job, on what else a reporter wrote, and on Chinese carriers’ bosses', () => {
    for (const message of [
      'how long has lior div been ceo',
      'how long has dave mccombs been at bloomberg',
      'how long has cybereason been around',
      'what else gwen ackerman wrote',
      'who is the ceo of china telecom',
    ])
      expect([message, answeredBy(message)]).toEqual([message, 'no_match']);
    expect(answeredBy('how long have the hackers been in there')).toBe('how-long');
    expect(answeredBy('was china mobile hacked')).toBe('am-i-affected');
  });

  it('reads "since when were they hacking" as when it started, but "since when have they been" as how long', () => {
    expect(answeredBy('since when were they hacking')).toBe('when-started');
    expect(answeredBy('since what year they hack')).toBe('when-started');
    expect(answeredBy('since when has cybereason been watching')).toBe('how-long-tracked');
    expect(answeredBy('did it start in one place and then spread')).toBe('where-it-started');
  });

  it('reads "who did cybereason report it to" as who was told', () => {
    expect(answeredBy('who cybereason reported this to')).toBe('who-was-told');
    expect(answeredBy('who did they report it to')).toBe('who-was-told');
  });

  it('reads "is it apt10 who did this" as checking the culprit, and "what companies were targeted" as which ones', () => {
    expect(answeredBy('is it apt10 who did this')).toBe('was-it-apt10');
    expect(answeredBy('what companies were targeted')).toBe('which-carriers');
    expect(answeredBy('what are the telecoms that got owned')).toBe('which-carriers');
  });

  it('reads learners’ and chat shapes: "who write the bgr piece", "what the victim carriers said", "relevant?", "asian", "did beijing order it"', () => {
    expect(answeredBy('who write the bgr piece')).toBe('bgr-author');
    expect(answeredBy('what the victim carriers said')).toBe('reactions');
    expect(answeredBy('trade war between us and china, relevant?')).toBe('trade-war');
    expect(answeredBy('any asian countries on the list')).toBe('which-countries');
    expect(answeredBy('did the goverment in beijing order it')).toBe('who-is-blamed');
    expect(answeredBy('what did the cybereason blog post say was taken')).toBe('what-was-stolen');
  });

  it('reads checking another APT group as the culprit as asking which group is named', () => {
    expect(answeredBy('wasnt it apt28 they blamed?')).toBe('was-it-apt10');
    expect(answeredBy('it was apt41 wasnt it?')).toBe('was-it-apt10');
    expect(answeredBy('did apt28 do it')).toBe('was-it-apt10');
    for (const message of ['what did apt28 do to the dnc', 'who is apt41', 'was apt3 involved'])
      expect([message, answeredBy(message)]).toEqual([message, 'no_match']);
  });

  it('reads "is geng a diplomat or something" and "geng is who exactly, a minister?" as who he is', () => {
    expect(answeredBy('is geng shuang a diplomat or something')).toBe('who-is-geng-shuang');
    expect(answeredBy('geng shuang is who exactly, a minister?')).toBe('who-is-geng-shuang');
  });

  it('reads a name it has never seen, offered as the alternative to one the articles use, as the wrong alternative', () => {
    expect(answeredBy('was it apt10 or apt3')).toBe('was-it-apt10');
    expect(answeredBy('security+ or CEH, which cert should i start with')).toBe('no_match');
  });

  it('reads "is soft cell the china telco hack?" as what soft cell is, and "the china telecom hacking story" as no carrier', () => {
    expect(answeredBy('soft cell = the china telco hack right?')).toBe('what-is-soft-cell');
    expect(answeredBy('soft cell is the telecom spying thing?')).toBe('what-is-soft-cell');
    expect(answeredBy('whats this china telecom hacking story')).toBe('what-is-soft-cell');
    expect(answeredBy('is soft cell the name of the hack')).toBe('code-name');
    expect(answeredBy('who is the ceo of china telecom')).toBe('no_match');
  });

  it('reads "was australia one of them", "is japan on the list" and "what about japan" as checking a country against the victims', () => {
    expect(answeredBy('was australia one of them')).toBe('which-countries');
    expect(answeredBy('is japan on the list')).toBe('which-countries');
    expect(answeredBy('what about japan')).toBe('which-countries');
    expect(answeredBy('what about huawei')).toBe('huawei-involved');
  });

  it('reads who said a figure being checked ("the ceo said 5 years?") as framing the check', () => {
    expect(answeredBy('the ceo said like 5 years?')).toBe('how-long');
    expect(answeredBy('div said 12 telcos were contacted?')).toBe('who-was-told');
    expect(answeredBy('what did div say')).toBe('who-is-lior-div');
  });
});
