/*
 * Tavshed i praksis / Confidentiality in practice – all texts, in Danish and English.
 * Danish is the primary language. Each text is { da: ..., en: ... }.
 * Situations: "correct" is the index (0-2) of the best action among "options".
 * The people and places are made up.
 */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.TAVSHED_CONTENT = factory();
  }
}(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var LESSON_CONFIDENTIALITY = {
    da: "Tavshedspligt og diskretion",
    en: "Confidentiality and discretion"
  };
  var LESSON_WORRY = {
    da: "Når du er bekymret – og når du skal sige fra",
    en: "When you are worried – and when to say no"
  };

  return {
    languages: ["da", "en"],
    defaultLanguage: "da",
    passPercent: 80,

    ui: {
      documentTitle: {
        da: "Tavshed i praksis",
        en: "Confidentiality in practice"
      },
      course: {
        da: "Frivillig i samarbejde med kommunen",
        en: "Volunteering in partnership with the municipality"
      },
      title: {
        da: "Tavshed i praksis",
        en: "Confidentiality in practice"
      },
      subtitle: {
        da: "Seks situationer fra hverdagen som frivillig",
        en: "Six everyday situations for volunteers"
      },
      notSavedTitle: {
        da: "Din besvarelse gemmes ikke",
        en: "Your answers are not saved"
      },
      notSavedText: {
        da: "Øvelsen er ikke åbnet fra læringsplatformen, så dine svar og dit resultat bliver ikke gemt. Du kan stadig gennemføre den.",
        en: "The exercise has not been opened from the learning platform, so your answers and your result will not be saved. You can still complete it."
      },
      introHeading: {
        da: "Om øvelsen",
        en: "About the exercise"
      },
      introText: {
        da: "Som frivillig får du ofte et indblik i andre menneskers liv. I denne øvelse møder du seks situationer, som mange frivillige kender fra deres hverdag. I hver situation vælger du én af tre handlinger og får straks en kort forklaring på, hvad der er klogt at gøre – og hvorfor.",
        en: "As a volunteer, you often get a glimpse into other people's lives. In this exercise you meet six situations that many volunteers know from everyday life. In each one you choose one of three actions and get a short explanation straight away of what is wise to do – and why."
      },
      introPass: {
        da: "Øvelsen tager cirka 10 minutter. Du består, når du har valgt den bedste handling i mindst 80\u00a0% af situationerne – altså i mindst 5 af de 6. Består du ikke, kan du prøve igen.",
        en: "The exercise takes about 10 minutes. You pass when you have chosen the best action in at least 80% of the situations – that is, in at least 5 of the 6. If you do not pass, you can try again."
      },
      introSaved: {
        da: "Dine svar bliver gemt, hver gang du svarer. Du kan derfor stoppe undervejs med knappen »Gem og luk« og fortsætte senere, hvor du slap – også på en anden enhed.",
        en: "Your answers are saved each time you answer. So you can stop along the way with the “Save and close” button and carry on later where you left off – on another device too."
      },
      welcomeBack: {
        da: "Velkommen tilbage. Du har besvaret {answered} af {total} situationer.",
        en: "Welcome back. You have answered {answered} of {total} situations."
      },
      start: {
        da: "Start øvelsen",
        en: "Start the exercise"
      },
      continueAt: {
        da: "Fortsæt med situation {n}",
        en: "Continue with situation {n}"
      },
      progress: {
        da: "Situation {n} af {total}",
        en: "Situation {n} of {total}"
      },
      legend: {
        da: "Hvad gør du?",
        en: "What do you do?"
      },
      submit: {
        da: "Svar",
        en: "Answer"
      },
      chooseFirst: {
        da: "Vælg en af de tre muligheder, før du svarer.",
        en: "Choose one of the three options before you answer."
      },
      tagYourChoice: {
        da: "Dit valg",
        en: "Your choice"
      },
      tagBest: {
        da: "Bedste valg",
        en: "Best choice"
      },
      feedbackGood: {
        da: "Godt valg",
        en: "Good choice"
      },
      feedbackNotBest: {
        da: "Ikke det bedste valg",
        en: "Not the best choice"
      },
      bestIs: {
        da: "Det bedste valg er:",
        en: "The best choice is:"
      },
      readMore: {
        da: "Læs mere i lektionen »{lesson}«.",
        en: "Read more in the lesson “{lesson}”."
      },
      next: {
        da: "Næste situation",
        en: "Next situation"
      },
      seeResult: {
        da: "Se dit resultat",
        en: "See your result"
      },
      resultHeading: {
        da: "Dit resultat",
        en: "Your result"
      },
      scoreLine: {
        da: "Du valgte den bedste handling i {correct} af {total} situationer. Det svarer til {percent}\u00a0%.",
        en: "You chose the best action in {correct} of {total} situations. That is {percent}%."
      },
      previousScore: {
        da: "Dit gemte resultat er {percent}\u00a0%.",
        en: "Your saved result is {percent}%."
      },
      passed: {
        da: "Du har bestået øvelsen. Godt arbejde!",
        en: "You have passed the exercise. Well done!"
      },
      failed: {
        da: "Du har ikke bestået denne gang. Du skal have mindst 80\u00a0% – altså 5 af 6 – for at bestå. Læs forklaringerne, og prøv igen.",
        en: "You have not passed this time. You need at least 80% – that is, 5 of 6 – to pass. Read the explanations and try again."
      },
      passedEarlier: {
        da: "Du har bestået øvelsen.",
        en: "You have passed the exercise."
      },
      failedEarlier: {
        da: "Du bestod ikke øvelsen sidste gang. Du skal have mindst 80\u00a0% – altså 5 af 6 – for at bestå.",
        en: "You did not pass the exercise last time. You need at least 80% – that is, 5 of 6 – to pass."
      },
      summaryGood: {
        da: "Du valgte den bedste handling",
        en: "You chose the best action"
      },
      summaryNotBest: {
        da: "Du valgte ikke den bedste handling",
        en: "You did not choose the best action"
      },
      summaryHeading: {
        da: "Dine svar",
        en: "Your answers"
      },
      retry: {
        da: "Prøv igen",
        en: "Try again"
      },
      retryNote: {
        da: "Dine svar bliver nulstillet, og du begynder forfra med situation 1.",
        en: "Your answers will be reset, and you start again from situation 1."
      },
      saveClose: {
        da: "Gem og luk",
        en: "Save and close"
      },
      closedHeading: {
        da: "Din besvarelse er gemt",
        en: "Your answers have been saved"
      },
      closedMidway: {
        da: "Du kan nu lukke vinduet eller gå tilbage til kurset. Næste gang du åbner øvelsen, fortsætter du, hvor du slap.",
        en: "You can now close the window or go back to the course. Next time you open the exercise, you carry on where you left off."
      },
      closedFinished: {
        da: "Dit resultat er gemt. Du kan nu lukke vinduet eller gå tilbage til kurset.",
        en: "Your result has been saved. You can now close the window or go back to the course."
      },
      languageGroup: {
        da: "Sprog",
        en: "Language"
      }
    },

    situations: [
      {
        id: "naboen",
        lesson: LESSON_CONFIDENTIALITY,
        title: {
          da: "Naboen på trappen",
          en: "The neighbour on the stairs"
        },
        text: {
          da: "Du er besøgsven for en ældre mand og kommer hos ham hver torsdag. Da du går, møder du naboen på trappen. »Hvordan går det egentlig med ham? Hjemmeplejen kommer jo flere gange om dagen nu. Er han blevet syg?«",
          en: "You are a befriender to an older man and visit him every Thursday. As you leave, you meet his neighbour on the stairs. “How is he actually doing? The home care people come several times a day now. Has he fallen ill?”"
        },
        correct: 1,
        options: [
          {
            text: {
              da: "Du fortæller kort, at han har haft det svært på det seneste, så naboen kan holde lidt øje med ham.",
              en: "You briefly say that he has been struggling lately, so that the neighbour can keep an eye on him."
            },
            feedback: {
              da: "Det er venligt ment, men det er ikke dit at fortælle. Oplysninger om helbred er noget af det mest private, et menneske har, og det er ham, der bestemmer, hvem der skal vide hvad. Det, du hører og ser som frivillig, bliver hos dig.",
              en: "It is kindly meant, but it is not yours to tell. Information about someone's health is among the most private things there are, and it is up to him who knows what. What you hear and see as a volunteer stays with you."
            }
          },
          {
            text: {
              da: "Du siger venligt, at du ikke fortæller om dem, du besøger, og at naboen er velkommen til at spørge ham selv.",
              en: "You say kindly that you do not talk about the people you visit, and that the neighbour is welcome to ask him directly."
            },
            feedback: {
              da: "Du viser diskretion uden at være afvisende, og du sender spørgsmålet tilbage til den, det handler om. Så bestemmer han selv, hvad naboen skal vide. Et fast og venligt svar er lettere at give, når du har det klar på forhånd.",
              en: "You show discretion without being unfriendly, and you send the question back to the person it concerns. That way he decides for himself what the neighbour should know. A firm, friendly answer is easier to give when you have it ready in advance."
            }
          },
          {
            text: {
              da: "Du siger, at du ikke må sige noget – men at det nok ikke går så godt.",
              en: "You say that you are not allowed to say anything – but that things are probably not going too well."
            },
            feedback: {
              da: "Et halvt svar fortæller også noget. Nu ved naboen, at der er noget galt, og rygtet kan hurtigt gå videre i opgangen. Diskretion betyder, at du heller ikke antyder noget.",
              en: "Half an answer still tells something. Now the neighbour knows that something is wrong, and the rumour can quickly spread around the building. Discretion means that you do not drop hints either."
            }
          }
        ]
      },
      {
        id: "billedet",
        lesson: LESSON_CONFIDENTIALITY,
        title: {
          da: "Et billede til Facebook",
          en: "A photo for Facebook"
        },
        text: {
          da: "Foreningen holder sommerfest på værestedet, og stemningen er god. Koordinatoren beder dig tage nogle billeder til foreningens Facebook-side. En af gæsterne står og griner ved grillen – det ville være et perfekt billede.",
          en: "Your association is holding a summer party at the drop-in centre, and the mood is good. The coordinator asks you to take some photos for the association's Facebook page. One of the guests is laughing by the barbecue – it would make a perfect picture."
        },
        correct: 0,
        options: [
          {
            text: {
              da: "Du spørger gæsten, om du må tage billedet, og fortæller, at det skal på foreningens Facebook-side. Du tager det kun, hvis svaret er et tydeligt ja.",
              en: "You ask the guest whether you may take the photo and explain that it is for the association's Facebook page. You only take it if the answer is a clear yes."
            },
            feedback: {
              da: "Et billede, hvor man kan genkende en person, er en personoplysning, og et billede fra et værested kan fortælle andre noget om hans liv. Spørg først, sig, hvor billedet skal bruges, og gør det let at sige nej. Følg også foreningens regler for billeder.",
              en: "A photo in which someone can be recognised is personal data, and a photo from a drop-in centre can tell others something about his life. Ask first, say where the photo will be used, and make it easy to say no. Follow your association's rules on photos too."
            }
          },
          {
            text: {
              da: "Du tager billedet og lægger det op. Det er jo en glad dag, og han ser glad ud.",
              en: "You take the photo and post it. It is a happy day, after all, and he looks happy."
            },
            feedback: {
              da: "Det er ikke nok, at billedet er pænt. Ikke alle ønsker, at familien, naboerne eller en kommende arbejdsgiver kan se, at de kommer på et værested. Tag ikke billeder af borgere uden et tydeligt ja.",
              en: "It is not enough that the photo is nice. Not everyone wants their family, their neighbours or a future employer to see that they go to a drop-in centre. Do not take photos of people without a clear yes."
            }
          },
          {
            text: {
              da: "Du tager billedet, men skriver ikke hans navn, når det kommer på siden.",
              en: "You take the photo, but leave his name out when it goes on the page."
            },
            feedback: {
              da: "Et billede uden navn er ikke anonymt. Et ansigt er nok til, at mange kan genkende ham. Han skal selv sige ja, før billedet bliver taget og delt.",
              en: "No name is not the same as anonymous. A face is enough for many people to recognise him. He must say yes himself before the photo is taken and shared."
            }
          }
        ]
      },
      {
        id: "bekymringen",
        lesson: LESSON_WORRY,
        title: {
          da: "Du bliver bekymret",
          en: "You become worried"
        },
        text: {
          da: "Du har gået tur med en kvinde i 70'erne hver uge i et halvt år. De sidste par gange har hun været forpustet efter få hundrede meter, og i dag havde hun glemt jeres aftale. Hun siger selv, at det nok bare er alderen.",
          en: "You have gone for a walk with a woman in her seventies every week for six months. The last couple of times she has been out of breath after a few hundred metres, and today she had forgotten your appointment. She says herself that it is probably just her age."
        },
        correct: 2,
        options: [
          {
            text: {
              da: "Du ringer til hendes datter, som du har mødt en enkelt gang, og fortæller, hvad du har lagt mærke til.",
              en: "You ring her daughter, whom you have met once, and tell her what you have noticed."
            },
            feedback: {
              da: "Omsorgen er god, men hun er voksen og bestemmer som udgangspunkt selv, hvem der skal vide noget om hendes helbred – også i familien. Tal med hende selv først.",
              en: "Your concern is right, but she is an adult and, as a rule, decides for herself who should know about her health – her family included. Talk to her first."
            }
          },
          {
            text: {
              da: "Du siger ikke noget. Hun er voksen, og det er ikke din sag.",
              en: "You say nothing. She is an adult, and it is none of your business."
            },
            feedback: {
              da: "Det er rigtigt, at hun selv bestemmer over sit liv, men du må gerne sige til hende, hvad du har lagt mærke til. Og du skal ikke stå alene med din bekymring: Del den med din koordinator.",
              en: "It is true that she decides about her own life, but you are welcome to tell her what you have noticed. And you should not carry the worry alone: share it with your coordinator."
            }
          },
          {
            text: {
              da: "Du fortæller hende roligt, hvad du har lagt mærke til, og spørger, om hun vil kontakte sin læge, og om du skal hjælpe med det. Bagefter taler du med din koordinator.",
              en: "You calmly tell her what you have noticed and ask whether she would like to contact her doctor, and whether you should help her do so. Afterwards you talk to your coordinator."
            },
            feedback: {
              da: "Du taler med hende, ikke om hende, og hun bestemmer selv, hvad der skal ske. Din koordinator kan hjælpe dig med at vurdere, om der skal mere til. Er nogen i akut fare, ringer du altid 112 først.",
              en: "You talk with her, not about her, and she decides what happens next. Your coordinator can help you judge whether more is needed. If someone is in immediate danger, always call 112 first."
            }
          }
        ]
      },
      {
        id: "sagsbehandleren",
        lesson: LESSON_CONFIDENTIALITY,
        title: {
          da: "Sagsbehandleren ringer",
          en: "The caseworker rings"
        },
        text: {
          da: "En sagsbehandler fra kommunen ringer til dig. Den unge mand, du mødes med hver uge gennem foreningen, har selv fortalt hende om jeres aftaler. Nu spørger hun: »Hvordan klarer han sig egentlig derhjemme? Har han styr på sine regninger?«",
          en: "A caseworker from the municipality rings you. The young man you meet every week through your association has told her about your meetings himself. Now she asks: “How is he really managing at home? Is he on top of his bills?”"
        },
        correct: 1,
        options: [
          {
            text: {
              da: "Du fortæller, hvad du har set. Det er jo kommunen, og de vil ham det godt.",
              en: "You tell her what you have seen. It is the municipality, after all, and they want what is best for him."
            },
            feedback: {
              da: "Kommunen vil ham sikkert det godt, men det er ham, der bestemmer, hvad du giver videre om hans liv. Du er et medmenneske, ikke en kontrollant, og hans tillid til dig er det vigtigste, I har.",
              en: "The municipality no doubt means well, but it is up to him what you pass on about his life. You are there as a fellow human being, not to check up on him, and his trust in you is the most important thing you have."
            }
          },
          {
            text: {
              da: "Du siger venligt, at du ikke fortæller om ham uden hans samtykke. Du tilbyder at spørge ham, om han selv vil kontakte hende, eller om han vil give lov til, at du fortæller noget.",
              en: "You say kindly that you do not talk about him without his consent. You offer to ask him whether he would like to contact her himself, or whether he is happy for you to tell her something."
            },
            feedback: {
              da: "Det er borgeren, der bestemmer, hvad du fortæller kommunen. Vil han gerne have din hjælp, kan han give samtykke – og kommunen vil ofte have det skriftligt. Er du i tvivl om, hvad du må, så spørg din koordinator.",
              en: "It is the person himself who decides what you tell the municipality. If he would like your help, he can give his consent – and the municipality will often want it in writing. If you are unsure what you may do, ask your coordinator."
            }
          },
          {
            text: {
              da: "Du siger, at du gerne svarer, hvis hun til gengæld fortæller dig, hvad der står i hans sag.",
              en: "You say you will gladly answer if she tells you what is in his case file in return."
            },
            feedback: {
              da: "Sagsbehandleren har tavshedspligt og må ikke fortælle dig om hans sag uden hans samtykke. Og hans oplysninger er ikke noget, du kan bytte med. Oplysninger går ikke automatisk den ene eller den anden vej.",
              en: "The caseworker has a duty of confidentiality and may not tell you about his case without his consent. And his information is not something you can trade. Information does not flow automatically in either direction."
            }
          }
        ]
      },
      {
        id: "chatten",
        lesson: LESSON_CONFIDENTIALITY,
        title: {
          da: "Beskeden i gruppechatten",
          en: "The message in the group chat"
        },
        text: {
          da: "Besøgsvennerne i din forening har en fælles chatgruppe på mobilen. En af de andre frivillige skriver: »Var hos damen i det gule hus ved købmanden i dag. Hun er blevet så tynd, og det flyder med gamle aviser. Hvad gør man?« Flere har allerede sat et hjerte på beskeden.",
          en: "The befrienders in your association have a shared group chat on their phones. One of the other volunteers writes: “Visited the lady in the yellow house by the corner shop today. She has got so thin, and there are old newspapers everywhere. What should I do?” Several people have already reacted with a heart."
        },
        correct: 2,
        options: [
          {
            text: {
              da: "Du svarer i chatten med gode råd fra et lignende besøg, så hun ikke står alene med det.",
              en: "You reply in the chat with good advice from a similar visit, so that she is not left alone with it."
            },
            feedback: {
              da: "Du vil gerne hjælpe, men dit svar holder samtalen i gang i en gruppe, hvor mange kan læse med. En chatgruppe er ikke et fortroligt rum: Beskederne bliver liggende på mange telefoner og kan sendes videre.",
              en: "You want to help, but your reply keeps the conversation going in a group where many people can read along. A group chat is not a confidential space: the messages stay on many phones and can be forwarded."
            }
          },
          {
            text: {
              da: "Du spørger i chatten, om andre kender damen, så I samlet kan få et bedre billede af, hvordan hun har det.",
              en: "You ask in the chat whether anyone else knows the lady, so that together you can get a better picture of how she is."
            },
            feedback: {
              da: "Så bliver der samlet endnu flere oplysninger om hende – uden at hun ved det. Hun har ikke sagt ja til, at hendes liv bliver drøftet af en hel gruppe.",
              en: "That gathers even more information about her – without her knowing. She has not agreed to have her life discussed by a whole group."
            }
          },
          {
            text: {
              da: "Du ringer til den frivillige, foreslår, at hun sletter beskeden, og opfordrer hende til at tage bekymringen op med koordinatoren.",
              en: "You ring the volunteer, suggest that she deletes the message, and encourage her to raise her concern with the coordinator."
            },
            feedback: {
              da: "Der står intet navn, men »det gule hus ved købmanden« er nok til, at mange ved, hvem det er. Bekymringen er vigtig, men den hører hjemme hos koordinatoren, ikke i en gruppe. I frivilliggruppen kan I godt tale om jeres erfaringer – uden detaljer, der afslører, hvem det drejer sig om.",
              en: "There is no name, but “the yellow house by the corner shop” is enough for many people to know who it is. The concern matters, but it belongs with the coordinator, not in a group. In your volunteer group you can still share your experiences – without details that reveal who it is about."
            }
          }
        ]
      },
      {
        id: "noterne",
        lesson: LESSON_CONFIDENTIALITY,
        title: {
          da: "Noter på mobilen",
          en: "Notes on your phone"
        },
        text: {
          da: "Du hjælper to familier med breve fra kommunen og med børnenes lektier. For at huske det hele har du skrevet noter på din mobil: navne, telefonnumre, hvilke breve familierne har fået, og hvornår næste møde er. Din mobil har ingen kode.",
          en: "You help two families with letters from the municipality and with the children's homework. To keep track, you have made notes on your phone: names, phone numbers, which letters the families have received, and when the next meeting is. Your phone has no passcode."
        },
        correct: 0,
        options: [
          {
            text: {
              da: "Du spørger din koordinator, hvad foreningen siger om noter: hvad du må skrive ned, hvor det skal ligge, og hvornår det skal slettes. Indtil da skriver du kun det nødvendige – og sætter kode på mobilen.",
              en: "You ask your coordinator what the association's rules on notes are: what you may write down, where it should be kept and when it should be deleted. Until then, you write down only what is necessary – and set a passcode on your phone."
            },
            feedback: {
              da: "Reglerne om personoplysninger (GDPR) gælder for foreningens oplysninger om familierne, og du følger foreningens anvisninger. Skriv kun det, du har brug for, beskyt det, og slet det, når du ikke skal bruge det mere. GDPR-tjekket i kursets materialer hjælper dig på vej.",
              en: "The rules on personal data (GDPR) apply to the association's information about the families, and you follow the association's instructions. Write down only what you need, protect it, and delete it when you no longer need it. The GDPR check in the course materials will help you."
            }
          },
          {
            text: {
              da: "Du lader noterne ligge. Det er fint, så længe du ikke viser dem til nogen.",
              en: "You leave the notes as they are. It is fine as long as you do not show them to anyone."
            },
            feedback: {
              da: "Du skal også passe på oplysningerne, hvis mobilen bliver væk eller stjålet. Uden kode kan alle, der finder den, læse om familierne. Og der skal ikke ligge flere oplysninger, end du har brug for.",
              en: "You must also protect the information in case your phone is lost or stolen. Without a passcode, anyone who finds it can read about the families. And there should be no more information on it than you need."
            }
          },
          {
            text: {
              da: "Du tager også billeder af familiernes breve fra kommunen, så du har det hele samlet ét sted.",
              en: "You also take photos of the families' letters from the municipality, so that you have everything in one place."
            },
            feedback: {
              da: "Brevene kan rumme oplysninger om økonomi, helbred og sager, som du ikke har brug for at gemme. Jo mere du samler, jo mere kan gå galt. Gem kun det nødvendige, og følg foreningens regler.",
              en: "The letters may contain information about money, health and cases that you have no need to keep. The more you collect, the more can go wrong. Keep only what is necessary, and follow your association's rules."
            }
          }
        ]
      }
    ]
  };
}));
