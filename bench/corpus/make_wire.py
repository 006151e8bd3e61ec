#!/usr/bin/python3
"""Generate bench/corpus/wire.jsonl: a synthetic wire-news corpus for casus.

All text is invented for the casus benchmark (templates + slot fillers +
hand-written sentences).  Deterministic: same seed -> same bytes.
Standard library only.  Usage: /usr/bin/python3 make_wire.py [out.jsonl]
"""
import datetime as dt
import json
import os
import random
import re
import sys
import textwrap

SEED = 20240611
N_ARTICLES = 400
N_PDF = 40
R = random.Random(SEED)

D = dt.date


def d(s):
    y, m, dd = s.split("-")
    return D(int(y), int(m), int(dd))


# --------------------------------------------------------------------------
# Office holders (start inclusive, end exclusive).  "title|full name|short"
# --------------------------------------------------------------------------
LEADERS_RAW = {
    "US": """2001-01-20 2009-01-20 President|George W. Bush|Bush
2009-01-20 2017-01-20 President|Barack Obama|Obama
2017-01-20 2021-01-20 President|Donald Trump|Trump
2021-01-20 2025-01-20 President|Joe Biden|Biden
2025-01-20 2027-01-01 President|Donald Trump|Trump""",
    "US_FM": """2001-01-20 2005-01-26 Secretary of State|Colin Powell|Powell
2005-01-26 2009-01-21 Secretary of State|Condoleezza Rice|Rice
2009-01-21 2013-02-01 Secretary of State|Hillary Clinton|Clinton
2013-02-01 2017-02-01 Secretary of State|John Kerry|Kerry
2017-02-01 2018-03-31 Secretary of State|Rex Tillerson|Tillerson
2018-04-26 2021-01-20 Secretary of State|Mike Pompeo|Pompeo
2021-01-26 2025-01-20 Secretary of State|Antony Blinken|Blinken
2025-01-21 2027-01-01 Secretary of State|Marco Rubio|Rubio""",
    "RU": """2000-05-07 2008-05-07 President|Vladimir Putin|Putin
2008-05-07 2012-05-07 President|Dmitry Medvedev|Medvedev
2012-05-07 2027-01-01 President|Vladimir Putin|Putin""",
    "RU_FM": """1998-09-11 2004-03-09 Foreign Minister|Igor Ivanov|Ivanov
2004-03-09 2027-01-01 Foreign Minister|Sergei Lavrov|Lavrov""",
    "CN": """1993-03-27 2003-03-15 President|Jiang Zemin|Jiang
2003-03-15 2013-03-14 President|Hu Jintao|Hu
2013-03-14 2027-01-01 President|Xi Jinping|Xi""",
    "CN_FM": """2003-03-17 2007-04-27 Foreign Minister|Li Zhaoxing|Li
2007-04-27 2013-03-16 Foreign Minister|Yang Jiechi|Yang
2013-03-16 2022-12-30 Foreign Minister|Wang Yi|Wang
2022-12-30 2023-07-25 Foreign Minister|Qin Gang|Qin
2023-07-25 2027-01-01 Foreign Minister|Wang Yi|Wang""",
    "UK": """1997-05-02 2007-06-27 Prime Minister|Tony Blair|Blair
2007-06-27 2010-05-11 Prime Minister|Gordon Brown|Brown
2010-05-11 2016-07-13 Prime Minister|David Cameron|Cameron
2016-07-13 2019-07-24 Prime Minister|Theresa May|May
2019-07-24 2022-09-06 Prime Minister|Boris Johnson|Johnson
2022-09-06 2022-10-25 Prime Minister|Liz Truss|Truss
2022-10-25 2024-07-05 Prime Minister|Rishi Sunak|Sunak
2024-07-05 2027-01-01 Prime Minister|Keir Starmer|Starmer""",
    "UK_FM": """2001-06-08 2006-05-05 Foreign Secretary|Jack Straw|Straw
2006-05-05 2007-06-28 Foreign Secretary|Margaret Beckett|Beckett
2007-06-28 2010-05-11 Foreign Secretary|David Miliband|Miliband
2010-05-11 2014-07-14 Foreign Secretary|William Hague|Hague
2014-07-14 2016-07-13 Foreign Secretary|Philip Hammond|Hammond
2016-07-13 2018-07-09 Foreign Secretary|Boris Johnson|Johnson
2018-07-09 2019-07-24 Foreign Secretary|Jeremy Hunt|Hunt
2019-07-24 2021-09-15 Foreign Secretary|Dominic Raab|Raab
2021-09-15 2022-09-06 Foreign Secretary|Liz Truss|Truss
2022-09-06 2023-11-13 Foreign Secretary|James Cleverly|Cleverly
2023-11-13 2024-07-05 Foreign Secretary|David Cameron|Cameron
2024-07-05 2025-09-05 Foreign Secretary|David Lammy|Lammy
2025-09-05 2027-01-01 Foreign Secretary|Yvette Cooper|Cooper""",
    "FR": """1995-05-17 2007-05-16 President|Jacques Chirac|Chirac
2007-05-16 2012-05-15 President|Nicolas Sarkozy|Sarkozy
2012-05-15 2017-05-14 President|Francois Hollande|Hollande
2017-05-14 2027-01-01 President|Emmanuel Macron|Macron""",
    "DE": """1998-10-27 2005-11-22 Chancellor|Gerhard Schroeder|Schroeder
2005-11-22 2021-12-08 Chancellor|Angela Merkel|Merkel
2021-12-08 2025-05-06 Chancellor|Olaf Scholz|Scholz
2025-05-06 2027-01-01 Chancellor|Friedrich Merz|Merz""",
    "UA": """1994-07-19 2005-01-23 President|Leonid Kuchma|Kuchma
2005-01-23 2010-02-25 President|Viktor Yushchenko|Yushchenko
2010-02-25 2014-02-22 President|Viktor Yanukovych|Yanukovych
2014-02-23 2014-06-07 acting President|Oleksandr Turchynov|Turchynov
2014-06-07 2019-05-20 President|Petro Poroshenko|Poroshenko
2019-05-20 2027-01-01 President|Volodymyr Zelenskiy|Zelenskiy""",
    "TR": """2002-11-18 2003-03-14 Prime Minister|Abdullah Gul|Gul
2003-03-14 2014-08-28 Prime Minister|Tayyip Erdogan|Erdogan
2014-08-28 2027-01-01 President|Tayyip Erdogan|Erdogan""",
    "IR": """1997-08-03 2005-08-03 President|Mohammad Khatami|Khatami
2005-08-03 2013-08-03 President|Mahmoud Ahmadinejad|Ahmadinejad
2013-08-03 2021-08-03 President|Hassan Rouhani|Rouhani
2021-08-03 2024-05-19 President|Ebrahim Raisi|Raisi
2024-05-20 2024-07-28 acting President|Mohammad Mokhber|Mokhber
2024-07-28 2027-01-01 President|Masoud Pezeshkian|Pezeshkian""",
    "IL": """2001-03-07 2006-01-04 Prime Minister|Ariel Sharon|Sharon
2006-01-04 2009-03-31 Prime Minister|Ehud Olmert|Olmert
2009-03-31 2021-06-13 Prime Minister|Benjamin Netanyahu|Netanyahu
2021-06-13 2022-06-30 Prime Minister|Naftali Bennett|Bennett
2022-07-01 2022-12-29 Prime Minister|Yair Lapid|Lapid
2022-12-29 2027-01-01 Prime Minister|Benjamin Netanyahu|Netanyahu""",
    "PS": """1996-02-12 2004-11-11 Palestinian President|Yasser Arafat|Arafat
2005-01-15 2027-01-01 Palestinian President|Mahmoud Abbas|Abbas""",
    "IN": """1998-03-19 2004-05-22 Prime Minister|Atal Bihari Vajpayee|Vajpayee
2004-05-22 2014-05-26 Prime Minister|Manmohan Singh|Singh
2014-05-26 2027-01-01 Prime Minister|Narendra Modi|Modi""",
    "PK": """2001-06-20 2008-08-18 President|Pervez Musharraf|Musharraf
2008-09-09 2013-09-09 President|Asif Ali Zardari|Zardari
2013-06-05 2017-07-28 Prime Minister|Nawaz Sharif|Sharif
2018-08-18 2022-04-10 Prime Minister|Imran Khan|Khan
2022-04-11 2023-08-14 Prime Minister|Shehbaz Sharif|Sharif
2024-03-04 2027-01-01 Prime Minister|Shehbaz Sharif|Sharif""",
    "AF": """2001-12-22 2014-09-29 President|Hamid Karzai|Karzai
2014-09-29 2021-08-15 President|Ashraf Ghani|Ghani""",
    "IQ": """2004-06-28 2005-05-03 interim Prime Minister|Iyad Allawi|Allawi
2005-05-03 2006-05-20 Prime Minister|Ibrahim al-Jaafari|Jaafari
2006-05-20 2014-09-08 Prime Minister|Nuri al-Maliki|Maliki
2014-09-08 2018-10-25 Prime Minister|Haider al-Abadi|Abadi
2018-10-25 2020-05-07 Prime Minister|Adel Abdul Mahdi|Abdul Mahdi
2020-05-07 2022-10-27 Prime Minister|Mustafa al-Kadhimi|Kadhimi
2022-10-27 2027-01-01 Prime Minister|Mohammed Shia al-Sudani|Sudani""",
    "SY": """2000-07-17 2024-12-08 President|Bashar al-Assad|Assad
2025-01-29 2027-01-01 interim President|Ahmed al-Sharaa|Sharaa""",
    "EG": """1981-10-14 2011-02-11 President|Hosni Mubarak|Mubarak
2011-02-11 2012-06-30 Field Marshal|Mohamed Hussein Tantawi|Tantawi
2012-06-30 2013-07-03 President|Mohamed Morsi|Morsi
2013-07-04 2014-06-08 interim President|Adly Mansour|Mansour
2014-06-08 2027-01-01 President|Abdel Fattah al-Sisi|Sisi""",
    "SA": """1982-06-13 2005-08-01 King|Fahd|Fahd
2005-08-01 2015-01-23 King|Abdullah|Abdullah
2015-01-23 2017-06-21 King|Salman|Salman
2017-06-21 2027-01-01 Crown Prince|Mohammed bin Salman|Prince Mohammed""",
    "JP": """2001-04-26 2006-09-26 Prime Minister|Junichiro Koizumi|Koizumi
2006-09-26 2007-09-26 Prime Minister|Shinzo Abe|Abe
2007-09-26 2008-09-24 Prime Minister|Yasuo Fukuda|Fukuda
2008-09-24 2009-09-16 Prime Minister|Taro Aso|Aso
2009-09-16 2010-06-08 Prime Minister|Yukio Hatoyama|Hatoyama
2010-06-08 2011-09-02 Prime Minister|Naoto Kan|Kan
2011-09-02 2012-12-26 Prime Minister|Yoshihiko Noda|Noda
2012-12-26 2020-09-16 Prime Minister|Shinzo Abe|Abe
2020-09-16 2021-10-04 Prime Minister|Yoshihide Suga|Suga
2021-10-04 2024-10-01 Prime Minister|Fumio Kishida|Kishida
2024-10-01 2025-10-21 Prime Minister|Shigeru Ishiba|Ishiba
2025-10-21 2027-01-01 Prime Minister|Sanae Takaichi|Takaichi""",
    "KR": """2003-02-25 2008-02-25 President|Roh Moo-hyun|Roh
2008-02-25 2013-02-25 President|Lee Myung-bak|Lee
2013-02-25 2016-12-09 President|Park Geun-hye|Park
2017-05-10 2022-05-10 President|Moon Jae-in|Moon
2022-05-10 2024-12-14 President|Yoon Suk Yeol|Yoon
2025-06-04 2027-01-01 President|Lee Jae-myung|Lee""",
    "KP": """1994-07-08 2011-12-17 leader|Kim Jong Il|Kim
2011-12-17 2027-01-01 leader|Kim Jong Un|Kim""",
    "BR": """2003-01-01 2011-01-01 President|Luiz Inacio Lula da Silva|Lula
2011-01-01 2016-05-12 President|Dilma Rousseff|Rousseff
2016-05-12 2019-01-01 President|Michel Temer|Temer
2019-01-01 2023-01-01 President|Jair Bolsonaro|Bolsonaro
2023-01-01 2027-01-01 President|Luiz Inacio Lula da Silva|Lula""",
    "VE": """1999-02-02 2013-03-05 President|Hugo Chavez|Chavez
2013-03-05 2026-01-01 President|Nicolas Maduro|Maduro""",
    "CO": """2002-08-07 2010-08-07 President|Alvaro Uribe|Uribe
2010-08-07 2018-08-07 President|Juan Manuel Santos|Santos
2018-08-07 2022-08-07 President|Ivan Duque|Duque
2022-08-07 2026-08-07 President|Gustavo Petro|Petro""",
    "MX": """2000-12-01 2006-12-01 President|Vicente Fox|Fox
2006-12-01 2012-12-01 President|Felipe Calderon|Calderon
2012-12-01 2018-12-01 President|Enrique Pena Nieto|Pena Nieto
2018-12-01 2024-10-01 President|Andres Manuel Lopez Obrador|Lopez Obrador
2024-10-01 2027-01-01 President|Claudia Sheinbaum|Sheinbaum""",
    "AR": """2003-05-25 2007-12-10 President|Nestor Kirchner|Kirchner
2007-12-10 2015-12-10 President|Cristina Fernandez de Kirchner|Fernandez
2015-12-10 2019-12-10 President|Mauricio Macri|Macri
2019-12-10 2023-12-10 President|Alberto Fernandez|Fernandez
2023-12-10 2027-01-01 President|Javier Milei|Milei""",
    "NG": """1999-05-29 2007-05-29 President|Olusegun Obasanjo|Obasanjo
2007-05-29 2010-05-05 President|Umaru Musa Yar'Adua|Yar'Adua
2010-05-06 2015-05-29 President|Goodluck Jonathan|Jonathan
2015-05-29 2023-05-29 President|Muhammadu Buhari|Buhari
2023-05-29 2027-01-01 President|Bola Tinubu|Tinubu""",
    "KE": """2002-12-30 2013-04-09 President|Mwai Kibaki|Kibaki
2013-04-09 2022-09-13 President|Uhuru Kenyatta|Kenyatta
2022-09-13 2027-01-01 President|William Ruto|Ruto""",
    "ET": """1995-08-23 2012-08-20 Prime Minister|Meles Zenawi|Meles
2012-09-21 2018-04-02 Prime Minister|Hailemariam Desalegn|Hailemariam
2018-04-02 2027-01-01 Prime Minister|Abiy Ahmed|Abiy""",
    "SD": """1989-06-30 2019-04-11 President|Omar al-Bashir|Bashir
2019-08-21 2027-01-01 Gen.|Abdel Fattah al-Burhan|Burhan""",
    "ZA": """1999-06-14 2008-09-25 President|Thabo Mbeki|Mbeki
2009-05-09 2018-02-14 President|Jacob Zuma|Zuma
2018-02-15 2027-01-01 President|Cyril Ramaphosa|Ramaphosa""",
    "CD": """2001-01-26 2019-01-24 President|Joseph Kabila|Kabila
2019-01-24 2027-01-01 President|Felix Tshisekedi|Tshisekedi""",
    "ML": """2002-06-08 2012-03-22 President|Amadou Toumani Toure|Toure
2013-09-04 2020-08-18 President|Ibrahim Boubacar Keita|Keita
2021-06-07 2027-01-01 Col.|Assimi Goita|Goita""",
    "ZW": """1987-12-31 2017-11-21 President|Robert Mugabe|Mugabe
2017-11-24 2027-01-01 President|Emmerson Mnangagwa|Mnangagwa""",
    "MM": """1992-04-23 2011-03-30 Senior Gen.|Than Shwe|Than Shwe
2011-03-30 2016-03-30 President|Thein Sein|Thein Sein
2016-04-06 2021-02-01 State Counsellor|Aung San Suu Kyi|Suu Kyi
2021-02-01 2027-01-01 Senior Gen.|Min Aung Hlaing|Min Aung Hlaing""",
    "PH": """2001-01-20 2010-06-30 President|Gloria Macapagal Arroyo|Arroyo
2010-06-30 2016-06-30 President|Benigno Aquino|Aquino
2016-06-30 2022-06-30 President|Rodrigo Duterte|Duterte
2022-06-30 2027-01-01 President|Ferdinand Marcos Jr.|Marcos""",
    "ID": """2001-07-23 2004-10-20 President|Megawati Sukarnoputri|Megawati
2004-10-20 2014-10-20 President|Susilo Bambang Yudhoyono|Yudhoyono
2014-10-20 2024-10-20 President|Joko Widodo|Widodo
2024-10-20 2027-01-01 President|Prabowo Subianto|Prabowo""",
    "BY": """1994-07-20 2027-01-01 President|Alexander Lukashenko|Lukashenko""",
    "GE": """2004-01-25 2013-11-17 President|Mikheil Saakashvili|Saakashvili""",
    "HU": """2010-05-29 2026-04-30 Prime Minister|Viktor Orban|Orban""",
    "AU": """1996-03-11 2007-12-03 Prime Minister|John Howard|Howard
2007-12-03 2010-06-24 Prime Minister|Kevin Rudd|Rudd
2010-06-24 2013-06-27 Prime Minister|Julia Gillard|Gillard
2013-06-27 2013-09-18 Prime Minister|Kevin Rudd|Rudd
2013-09-18 2015-09-15 Prime Minister|Tony Abbott|Abbott
2015-09-15 2018-08-24 Prime Minister|Malcolm Turnbull|Turnbull
2018-08-24 2022-05-23 Prime Minister|Scott Morrison|Morrison
2022-05-23 2027-01-01 Prime Minister|Anthony Albanese|Albanese""",
    "CA": """2003-12-12 2006-02-06 Prime Minister|Paul Martin|Martin
2006-02-06 2015-11-04 Prime Minister|Stephen Harper|Harper
2015-11-04 2025-03-14 Prime Minister|Justin Trudeau|Trudeau
2025-03-14 2027-01-01 Prime Minister|Mark Carney|Carney""",
    "YE": """1990-05-22 2012-02-27 President|Ali Abdullah Saleh|Saleh
2012-02-27 2022-04-07 President|Abd-Rabbu Mansour Hadi|Hadi
2022-04-07 2027-01-01 Presidential Council chief|Rashad al-Alimi|Alimi""",
    "LY": """1969-09-01 2011-08-23 leader|Muammar Gaddafi|Gaddafi""",
    "QA": """1995-06-27 2013-06-25 Emir|Sheikh Hamad bin Khalifa al-Thani|Sheikh Hamad
2013-06-25 2027-01-01 Emir|Sheikh Tamim bin Hamad al-Thani|Sheikh Tamim""",
    "UN": """1997-01-01 2007-01-01 U.N. Secretary-General|Kofi Annan|Annan
2007-01-01 2017-01-01 U.N. Secretary-General|Ban Ki-moon|Ban
2017-01-01 2027-01-01 U.N. Secretary-General|Antonio Guterres|Guterres""",
    "NATO": """1999-10-14 2004-01-01 NATO Secretary-General|George Robertson|Robertson
2004-01-01 2009-08-01 NATO Secretary-General|Jaap de Hoop Scheffer|de Hoop Scheffer
2009-08-01 2014-10-01 NATO Secretary-General|Anders Fogh Rasmussen|Rasmussen
2014-10-01 2024-10-01 NATO Secretary-General|Jens Stoltenberg|Stoltenberg
2024-10-01 2027-01-01 NATO Secretary-General|Mark Rutte|Rutte""",
    "EU": """1999-10-18 2009-12-01 EU foreign policy chief|Javier Solana|Solana
2009-12-01 2014-11-01 EU foreign policy chief|Catherine Ashton|Ashton
2014-11-01 2019-12-01 EU foreign policy chief|Federica Mogherini|Mogherini
2019-12-01 2024-12-01 EU foreign policy chief|Josep Borrell|Borrell
2024-12-01 2027-01-01 EU foreign policy chief|Kaja Kallas|Kallas""",
}

LEADERS = {}
for k, block in LEADERS_RAW.items():
    rows = []
    for line in block.strip().splitlines():
        a, b, rest = line.split(" ", 2)
        title, full, short = rest.split("|")
        rows.append((d(a), d(b), title, full, short))
    LEADERS[k] = rows


def leader(key, date):
    """(title, full, short) or None."""
    for a, b, t, f, s in LEADERS.get(key, []):
        if a <= date < b:
            return (t, f, s)
    return None


# --------------------------------------------------------------------------
# Countries: adj, capital, cities, leader key, fm key, region, population
# --------------------------------------------------------------------------
C = {}


def country(name, adj, cap, cities, lk=None, region="", pop="", cur="", the=False):
    C[name] = dict(name=name, adj=adj, cap=cap, cities=cities, lk=lk,
                   region=region, pop=pop, cur=cur, the=the)


country("Ukraine", "Ukrainian", "Kyiv", ["Kharkiv", "Odesa", "Dnipro", "Lviv", "Zaporizhzhia", "Sumy"], "UA", "ee", "41 million", "hryvnia")
country("Russia", "Russian", "Moscow", ["St. Petersburg", "Kazan", "Yekaterinburg", "Novosibirsk", "Belgorod"], "RU", "ee", "146 million", "rouble")
country("Belarus", "Belarusian", "Minsk", ["Gomel", "Brest", "Grodno", "Vitebsk"], "BY", "ee", "9.4 million", "rouble")
country("Georgia", "Georgian", "Tbilisi", ["Batumi", "Kutaisi", "Gori"], "GE", "ee", "3.7 million", "lari")
country("Armenia", "Armenian", "Yerevan", ["Gyumri", "Vanadzor"], None, "ee", "3 million", "dram")
country("Azerbaijan", "Azerbaijani", "Baku", ["Ganja", "Sumgait"], None, "ee", "10 million", "manat")
country("Kyrgyzstan", "Kyrgyz", "Bishkek", ["Osh", "Jalal-Abad"], None, "ee", "7 million", "som")
country("Serbia", "Serbian", "Belgrade", ["Novi Sad", "Nis", "Kragujevac"], None, "eu", "6.7 million", "dinar")
country("Hungary", "Hungarian", "Budapest", ["Debrecen", "Szeged"], "HU", "eu", "9.6 million", "forint")
country("Poland", "Polish", "Warsaw", ["Krakow", "Gdansk", "Rzeszow", "Lublin"], None, "eu", "38 million", "zloty")
country("France", "French", "Paris", ["Marseille", "Lyon", "Nantes", "Toulouse"], "FR", "eu", "68 million", "euro")
country("Germany", "German", "Berlin", ["Munich", "Hamburg", "Frankfurt", "Cologne"], "DE", "eu", "84 million", "euro")
country("Britain", "British", "London", ["Manchester", "Birmingham", "Glasgow"], "UK", "eu", "67 million", "pound")
country("Spain", "Spanish", "Madrid", ["Barcelona", "Valencia", "Seville"], None, "eu", "48 million", "euro")
country("Greece", "Greek", "Athens", ["Thessaloniki", "Patras"], None, "eu", "10.4 million", "euro")
country("Turkey", "Turkish", "Ankara", ["Istanbul", "Izmir", "Diyarbakir", "Gaziantep"], "TR", "me", "85 million", "lira")
country("Iran", "Iranian", "Tehran", ["Isfahan", "Mashhad", "Tabriz", "Shiraz"], "IR", "me", "88 million", "rial")
country("Israel", "Israeli", "Jerusalem", ["Tel Aviv", "Haifa", "Ashkelon", "Sderot"], "IL", "me", "9.8 million", "shekel")
country("Iraq", "Iraqi", "Baghdad", ["Basra", "Mosul", "Kirkuk", "Najaf", "Falluja"], "IQ", "me", "43 million", "dinar")
country("Syria", "Syrian", "Damascus", ["Aleppo", "Homs", "Idlib", "Deir al-Zor", "Latakia"], "SY", "me", "22 million", "pound")
country("Lebanon", "Lebanese", "Beirut", ["Tyre", "Sidon", "Tripoli", "Nabatieh"], None, "me", "5.5 million", "pound")
country("Jordan", "Jordanian", "Amman", ["Zarqa", "Irbid", "Aqaba"], None, "me", "11 million", "dinar")
country("Saudi Arabia", "Saudi", "Riyadh", ["Jeddah", "Dammam", "Mecca"], "SA", "me", "36 million", "riyal")
country("Yemen", "Yemeni", "Sanaa", ["Aden", "Hodeidah", "Taiz", "Marib"], "YE", "me", "33 million", "rial")
country("Qatar", "Qatari", "Doha", ["Al Wakrah", "Al Khor"], "QA", "me", "2.7 million", "riyal")
country("Egypt", "Egyptian", "Cairo", ["Alexandria", "Giza", "Port Said", "Suez"], "EG", "af", "105 million", "pound")
country("Libya", "Libyan", "Tripoli", ["Benghazi", "Misrata", "Sirte", "Derna"], "LY", "af", "7 million", "dinar")
country("Tunisia", "Tunisian", "Tunis", ["Sfax", "Sousse", "Kasserine"], None, "af", "12 million", "dinar")
country("Algeria", "Algerian", "Algiers", ["Oran", "Constantine"], None, "af", "45 million", "dinar")
country("Sudan", "Sudanese", "Khartoum", ["Omdurman", "El Fasher", "Port Sudan", "Wad Madani", "Nyala"], "SD", "af", "48 million", "pound")
country("Ethiopia", "Ethiopian", "Addis Ababa", ["Mekelle", "Gondar", "Bahir Dar", "Dire Dawa"], "ET", "af", "120 million", "birr")
country("Somalia", "Somali", "Mogadishu", ["Kismayo", "Baidoa", "Beledweyne", "Galkayo"], None, "af", "18 million", "shilling")
country("Kenya", "Kenyan", "Nairobi", ["Mombasa", "Kisumu", "Eldoret", "Garissa"], "KE", "af", "54 million", "shilling")
country("Nigeria", "Nigerian", "Abuja", ["Lagos", "Kano", "Maiduguri", "Port Harcourt", "Kaduna"], "NG", "af", "220 million", "naira")
country("Mali", "Malian", "Bamako", ["Gao", "Timbuktu", "Mopti", "Kidal"], "ML", "af", "22 million", "CFA franc")
country("Burkina Faso", "Burkinabe", "Ouagadougou", ["Bobo-Dioulasso", "Djibo", "Kaya"], None, "af", "22 million", "CFA franc")
country("Niger", "Nigerien", "Niamey", ["Agadez", "Zinder", "Tillaberi"], None, "af", "26 million", "CFA franc")
country("Democratic Republic of Congo", "Congolese", "Kinshasa", ["Goma", "Bukavu", "Bunia", "Beni", "Lubumbashi"], "CD", "af", "100 million", "franc", the=True)
country("South Africa", "South African", "Pretoria", ["Johannesburg", "Cape Town", "Durban"], "ZA", "af", "62 million", "rand")
country("Zimbabwe", "Zimbabwean", "Harare", ["Bulawayo", "Mutare"], "ZW", "af", "16 million", "dollar")
country("Mozambique", "Mozambican", "Maputo", ["Beira", "Pemba", "Palma"], None, "af", "33 million", "metical")
country("Chad", "Chadian", "N'Djamena", ["Abeche", "Adre"], None, "af", "18 million", "CFA franc")
country("Uganda", "Ugandan", "Kampala", ["Gulu", "Kasese"], None, "af", "47 million", "shilling")
country("Afghanistan", "Afghan", "Kabul", ["Kandahar", "Herat", "Kunduz", "Jalalabad", "Lashkar Gah"], "AF", "sa", "40 million", "afghani")
country("Pakistan", "Pakistani", "Islamabad", ["Karachi", "Lahore", "Peshawar", "Quetta"], "PK", "sa", "240 million", "rupee")
country("India", "Indian", "New Delhi", ["Mumbai", "Kolkata", "Srinagar", "Chennai"], "IN", "sa", "1.4 billion", "rupee")
country("Bangladesh", "Bangladeshi", "Dhaka", ["Chittagong", "Cox's Bazar", "Sylhet"], None, "sa", "170 million", "taka")
country("Sri Lanka", "Sri Lankan", "Colombo", ["Jaffna", "Kandy", "Trincomalee"], None, "sa", "22 million", "rupee")
country("Nepal", "Nepali", "Kathmandu", ["Pokhara", "Biratnagar"], None, "sa", "30 million", "rupee")
country("China", "Chinese", "Beijing", ["Shanghai", "Guangzhou", "Wuhan", "Shenzhen"], "CN", "ea", "1.4 billion", "yuan")
country("Japan", "Japanese", "Tokyo", ["Osaka", "Nagoya", "Fukuoka"], "JP", "ea", "125 million", "yen")
country("South Korea", "South Korean", "Seoul", ["Busan", "Incheon", "Gwangju"], "KR", "ea", "52 million", "won")
country("North Korea", "North Korean", "Pyongyang", ["Wonsan", "Sinuiju"], "KP", "ea", "26 million", "won")
country("Taiwan", "Taiwanese", "Taipei", ["Kaohsiung", "Taichung"], None, "ea", "23 million", "dollar")
country("Hong Kong", "Hong Kong", "Hong Kong", ["Kowloon", "Mong Kok", "Causeway Bay"], None, "ea", "7.5 million", "dollar")
country("Myanmar", "Myanmar", "Naypyitaw", ["Yangon", "Mandalay", "Sittwe", "Myitkyina"], "MM", "se", "54 million", "kyat")
country("Thailand", "Thai", "Bangkok", ["Chiang Mai", "Pattani", "Yala", "Narathiwat"], None, "se", "70 million", "baht")
country("Philippines", "Philippine", "Manila", ["Davao", "Cebu", "Zamboanga", "Marawi", "Jolo"], "PH", "se", "115 million", "peso", the=True)
country("Indonesia", "Indonesian", "Jakarta", ["Surabaya", "Makassar", "Banda Aceh", "Medan"], "ID", "se", "275 million", "rupiah")
country("Cambodia", "Cambodian", "Phnom Penh", ["Siem Reap", "Battambang"], None, "se", "17 million", "riel")
country("United States", "U.S.", "Washington", ["New York", "Chicago", "Los Angeles"], "US", "na", "335 million", "dollar", the=True)
country("Canada", "Canadian", "Ottawa", ["Toronto", "Montreal", "Vancouver"], "CA", "na", "40 million", "dollar")
country("Mexico", "Mexican", "Mexico City", ["Guadalajara", "Monterrey", "Culiacan", "Tijuana"], "MX", "la", "128 million", "peso")
country("Venezuela", "Venezuelan", "Caracas", ["Maracaibo", "Valencia", "San Cristobal"], "VE", "la", "28 million", "bolivar")
country("Colombia", "Colombian", "Bogota", ["Medellin", "Cali", "Cucuta", "Popayan"], "CO", "la", "52 million", "peso")
country("Brazil", "Brazilian", "Brasilia", ["Sao Paulo", "Rio de Janeiro", "Belo Horizonte"], "BR", "la", "215 million", "real")
country("Argentina", "Argentine", "Buenos Aires", ["Cordoba", "Rosario", "Mendoza"], "AR", "la", "46 million", "peso")
country("Bolivia", "Bolivian", "La Paz", ["Santa Cruz", "Cochabamba", "El Alto"], None, "la", "12 million", "boliviano")
country("Haiti", "Haitian", "Port-au-Prince", ["Cap-Haitien", "Gonaives"], None, "la", "11.5 million", "gourde")
country("Honduras", "Honduran", "Tegucigalpa", ["San Pedro Sula"], None, "la", "10 million", "lempira")
country("Chile", "Chilean", "Santiago", ["Valparaiso", "Concepcion"], None, "la", "19.5 million", "peso")
country("Peru", "Peruvian", "Lima", ["Arequipa", "Cusco", "Puno"], None, "la", "34 million", "sol")
country("Australia", "Australian", "Canberra", ["Sydney", "Melbourne", "Perth"], "AU", "oc", "26 million", "dollar")
country("Fiji", "Fijian", "Suva", ["Nadi", "Lautoka"], None, "oc", "900,000", "dollar")
country("Solomon Islands", "Solomon Islands", "Honiara", ["Gizo", "Auki"], None, "oc", "700,000", "dollar", the=True)
country("Papua New Guinea", "Papua New Guinean", "Port Moresby", ["Lae", "Mount Hagen"], None, "oc", "10 million", "kina")
country("Madagascar", "Malagasy", "Antananarivo", ["Toamasina", "Mahajanga"], None, "af", "30 million", "ariary")
country("Guinea", "Guinean", "Conakry", ["Kankan", "Nzerekore"], None, "af", "14 million", "franc")
country("Gabon", "Gabonese", "Libreville", ["Port-Gentil", "Franceville"], None, "af", "2.4 million", "CFA franc")
country("Mauritania", "Mauritanian", "Nouakchott", ["Nouadhibou"], None, "af", "4.8 million", "ouguiya")
country("Guinea-Bissau", "Bissau-Guinean", "Bissau", ["Bafata", "Gabu"], None, "af", "2.1 million", "CFA franc")
country("South Sudan", "South Sudanese", "Juba", ["Malakal", "Bor", "Bentiu"], None, "af", "11 million", "pound")


def cname(c, start=False):
    n = C[c]["name"]
    if C[c]["the"]:
        return ("The " if start else "the ") + n
    return n


def cap_of(c, date):
    if c == "Ukraine" and date < D(2019, 10, 1):
        return "Kiev"
    return C[c]["cap"]


# --------------------------------------------------------------------------
# Invented people (never real minor figures): names by region
# --------------------------------------------------------------------------
NAMES = {
    "ee": (["Olena", "Mykola", "Iryna", "Serhiy", "Natalia", "Andriy", "Svetlana", "Dmitry", "Tamara", "Giorgi", "Aram"],
           ["Kovalchuk", "Hrytsenko", "Melnyk", "Sokolova", "Petrenko", "Zaitsev", "Beridze", "Sargsyan", "Lysenko", "Orlov"]),
    "eu": (["Marie", "Thomas", "Anna", "Lukas", "Sofia", "Jean", "Katarzyna", "Nikos", "Elena", "Marko"],
           ["Lefevre", "Brandt", "Nowak", "Papadakis", "Moreau", "Kovacs", "Jovanovic", "Ruiz", "Hartmann", "Dubois"]),
    "me": (["Ahmed", "Fatima", "Hassan", "Layla", "Omar", "Mariam", "Ali", "Khaled", "Noura", "Yusuf", "Rania", "Avi", "Mehmet", "Reza"],
           ["al-Hashimi", "Haddad", "Saleh", "Abu Zaid", "Mansour", "Karimi", "Nasser", "Yilmaz", "Cohen", "Jaber", "Darwish"]),
    "af": (["Amina", "Ibrahim", "Grace", "Moussa", "Fatoumata", "Joseph", "Halima", "Abdi", "Esther", "Kwame", "Aisha"],
           ["Okafor", "Diallo", "Mutua", "Traore", "Mohamed", "Kabongo", "Abdullahi", "Ouedraogo", "Mensah", "Hassan"]),
    "sa": (["Rahul", "Fatima", "Abdul", "Priya", "Imran", "Sunita", "Gul", "Anil", "Nasreen", "Karim"],
           ["Sharma", "Khan", "Rahman", "Verma", "Ahmadzai", "Perera", "Yousafzai", "Das", "Shrestha", "Qureshi"]),
    "ea": (["Li", "Wei", "Yuki", "Min-jun", "Hiroshi", "Ji-woo", "Chen", "Kenji", "Mei"],
           ["Zhang", "Tanaka", "Kim", "Park", "Wong", "Sato", "Liu", "Choi", "Nakamura"]),
    "se": (["Thida", "Somchai", "Maria", "Budi", "Aung", "Siti", "Nguyen", "Rosa", "Kyaw"],
           ["Win", "Santos", "Wijaya", "Reyes", "Srisuk", "Htun", "Hartono", "Dela Cruz", "Sok"]),
    "la": (["Carlos", "Maria", "Jose", "Ana", "Luis", "Gabriela", "Diego", "Lucia", "Jean-Robert", "Fernanda"],
           ["Gonzalez", "Rodriguez", "Silva", "Perez", "Ramirez", "Lopez", "Pierre", "Castillo", "Mendoza", "Oliveira"]),
    "na": (["Michael", "Sarah", "David", "Jennifer", "Robert", "Emily"],
           ["Johnson", "Miller", "Davis", "Walker", "Thompson", "Reed"]),
    "oc": (["Josaia", "Mere", "John", "Grace", "Peter", "Ruth"],
           ["Tuilagi", "Nakau", "Kilua", "Waka", "Bennett", "Sogavare-Tom"]),
}


def person(region):
    f, l = NAMES.get(region, NAMES["eu"])
    return R.choice(f) + " " + R.choice(l)


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def num(n):
    if n < 10:
        return SMALL[n]
    return "{:,}".format(n)


def rdate(a, b):
    a, b = d(a) if isinstance(a, str) else a, d(b) if isinstance(b, str) else b
    span = (b - a).days
    return a + dt.timedelta(days=R.randint(0, max(span, 0)))


def pick(x):
    return R.choice(x)


def casualty():
    n = R.choice([2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 17, 19, 21, 23, 26, 31, 35, 40, 48, 52, 63, 70])
    return n


def pct():
    return "{:.1f}".format(R.uniform(0.3, 9.5))


class Ctx(dict):
    """Slot dictionary; missing keys raise so that template bugs surface."""


AN_RE = re.compile(r"\b([Aa]) (?=(?!one\b|uni|use|eu)[aeiouAEIO]\w)")


def fill(tpl, ctx):
    s = tpl.format(**ctx)
    s = AN_RE.sub(lambda m: m.group(1) + "n ", s.strip())
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    return s


def base_ctx(date, ev_date):
    ctx = Ctx()
    wd = WEEKDAYS[ev_date.weekday()]
    ctx["day"] = wd
    ctx["onday"] = "on " + wd
    ctx["lateday"] = pick(["late on ", "early on ", "on ", "on ", "on "]) + wd
    ctx["month"] = MONTHS[date.month - 1]
    ctx["year"] = date.year
    ctx["lastyear"] = date.year - 1
    ctx["prevyear"] = date.year - R.randint(2, 6)
    ctx["unsg"] = lead_full("UN", date) or "the U.N. secretary-general"
    ctx["unsg_s"] = lead_short("UN", date) or "the secretary-general"
    ctx["n"] = num(casualty())
    ctx["m"] = num(casualty() + R.randint(3, 30))
    ctx["k"] = num(R.randint(2, 9))
    ctx["pct"] = pct()
    ctx["big"] = "{:,}".format(R.choice([1200, 2500, 3000, 4000, 5000, 8000, 10000, 15000, 20000, 40000]))
    ctx["mil"] = "{:.1f}".format(R.uniform(1.1, 9.8)).replace(".0", "")
    ctx["bn"] = str(R.choice([1, 2, 3, 5, 8, 12, 15, 20, 34, 50, 60, 200]))
    ctx["hours"] = pick(["48 hours", "72 hours", "seven days", "a week"])
    past = date - dt.timedelta(days=R.randint(8, 120))
    ctx["apdate"] = "{} {}".format(MONTHS_AP[past.month - 1], past.day)
    return ctx


def lead_full(key, date, with_title=True):
    l = leader(key, date)
    if not l:
        return None
    t, f, s = l
    if t in ("King", "Emir") or not with_title:
        return (t + " " + f) if t == "King" else f
    return t + " " + f


def lead_short(key, date):
    l = leader(key, date)
    return l[2] if l else None


def head_of(c, date):
    """(full reference, short reference) for a country's leader at date."""
    lk = C[c]["lk"]
    if lk:
        l = leader(lk, date)
        if l:
            t, f, s = l
            adj = C[c]["adj"]
            if t in ("leader",):
                return ("{} leader {}".format(adj, f), s)
            if t == "King":
                return ("{} King {}".format(adj, f), "King " + f)
            if t == "Crown Prince":
                return ("{} Crown Prince {}".format(adj, f), s)
            if t == "Emir":
                return ("{}'s emir, {}".format(C[c]["name"], f), s)
            if t.startswith(("Gen.", "Col.", "Senior Gen.", "Field Marshal")):
                return ("{} military leader {} {}".format(adj, t, f), s)
            if t.startswith(("interim", "acting")):
                return ("{} {} {}".format(adj, t, f), s)
            return ("{} {} {}".format(adj, t, f), s)
    adj = C[c]["adj"]
    t = pick(["president", "prime minister"])
    return ("the {} {}".format(adj, t), "the {}".format(t))


# --------------------------------------------------------------------------
# Generic non-event sentences (economy, weather, sport, background, colour)
# --------------------------------------------------------------------------
FILLER_GENERIC = [
    "The {cur} weakened {pct} percent against the dollar on {day}, extending losses that began in {month}.",
    "Inflation in {cn} stood at {pct} percent last month, according to the national statistics office.",
    "{cn}'s economy grew {pct} percent last year, the slowest pace in nearly a decade, and unemployment among young people remains stubbornly high.",
    "Economists say the government has little room to raise spending after years of budget deficits.",
    "The country of some {pop} people is heavily dependent on imported fuel and grain.",
    "Temperatures in {capn} climbed to {temp} degrees Celsius on {day}, and forecasters expect little relief before the weekend.",
    "Heavy rain over the past week has turned many roads outside {capn} into mud, slowing the movement of goods.",
    "Shops in the centre of {capn} reopened on {day} morning, though many shutters stayed down until midday.",
    "Fuel queues stretched for several blocks in parts of {capn}, residents said.",
    "The central bank left its main interest rate unchanged at {rate} percent at its last meeting.",
    "Officials did not give a timetable.",
    "It was not immediately clear how many people were affected.",
    "The figures could not be independently verified.",
    "Details of the plan have not been made public.",
    "The ministry did not respond to a request for comment.",
    "Government spokespeople declined to comment further.",
    "Stock markets in the region were little changed on {day}.",
    "A national football league match scheduled for the weekend in {city} was postponed, the league said, citing security concerns.",
    "Power cuts of up to {k} hours a day have become routine in many neighbourhoods.",
    "Tourism, once a major source of foreign currency, has yet to recover.",
    "Remittances from workers abroad account for roughly {pct2} percent of gross domestic product, according to World Bank data.",
    "The {cur} has lost about a third of its value against the dollar since {prevyear}.",
    "Bread prices in {capn} have nearly doubled in a year, residents say.",
    "Traffic in {capn} was lighter than usual on {day} as many residents stayed at home.",
    "{cn} ranks near the bottom of the U.N. human development index.",
    "The last national census was carried out in {prevyear}.",
    "Mobile phone networks were patchy across much of the region on {day}.",
    "Exports of {commod} make up more than half of the country's foreign earnings.",
    "Schools in {city} remained open, local officials said.",
    "Weather forecasters warned of strong winds along the coast later in the week.",
    "The {adj} parliament has {seats} seats.",
    "About {pct2} percent of the population lives below the poverty line, according to official figures.",
    "Local media reported long queues at cash machines in {city}.",
    "The annual harvest, which begins in {month2}, is expected to be below average because of poor rains.",
    "Night-time temperatures have dropped below freezing in {city}, raising concern about heating supplies.",
]

FILLER_QUOTES = [
    "“We just want to live normally and send our children to school,” said {pname}, a {age}-year-old {job} in {city}.",
    "“Nobody tells us anything — we learn what is happening from our phones,” said {pname}, {age}, a {job}.",
    "“Prices go up every week. What can we do?” said {pname}, who sells {goods} at a market in {capn}.",
    "“I have lived here all my life and I have never seen anything like this,” said {pname}, a retired {job}.",
    "“It is quiet now, but nobody knows what tomorrow will bring,” {pname}, {age}, told reporters.",
    "{pname}, a {job} in {city}, said business had fallen by half since the start of the year.",
    "“We are tired,” said {pname}. “Everybody is tired.”",
    "“Let’s be honest, the money never reaches people like us,” said {pname}, a {age}-year-old {job}.",
]

JOBS = ["teacher", "taxi driver", "shopkeeper", "nurse", "student", "farmer", "civil servant", "mechanic",
        "engineer", "baker", "construction worker", "pharmacist", "fisherman", "accountant"]
GOODS = ["vegetables", "bread", "mobile phone cards", "clothes", "spices", "cooking oil", "fish"]
COMMODS = ["oil", "natural gas", "copper", "gold", "cotton", "coffee", "cocoa", "textiles", "grain", "iron ore"]


def filler_ctx(ctx, c, date):
    ctx.setdefault("cn", cname(c, True) if C[c]["the"] else C[c]["name"])
    ctx.setdefault("capn", cap_of(c, date))
    ctx.setdefault("city", pick(C[c]["cities"]))
    ctx["cur"] = C[c]["cur"] or "currency"
    ctx["pop"] = C[c]["pop"] or "several million"
    ctx["adj"] = C[c]["adj"]
    ctx["temp"] = R.choice([-14, -8, 3, 31, 38, 41, 44, 46])
    ctx["rate"] = "{:.2f}".format(R.choice([2.0, 3.25, 4.5, 6.0, 7.75, 9.5, 12.0, 15.0, 21.0]))
    ctx["pct2"] = R.randint(8, 44)
    ctx["commod"] = pick(COMMODS)
    ctx["seats"] = R.choice([150, 200, 225, 300, 350, 450, 460, 500])
    ctx["month2"] = pick(MONTHS)
    ctx["pname"] = person(C[c]["region"])
    ctx["age"] = R.randint(19, 78)
    ctx["job"] = pick(JOBS)
    ctx["goods"] = pick(GOODS)
    ctx["income"] = "{:,}".format(R.choice([450, 800, 1200, 1900, 2600, 4100, 6800, 11000]))


# --------------------------------------------------------------------------
# Article assembly
# --------------------------------------------------------------------------
def take(pool, k, ctx, used):
    """Fill k distinct templates from pool."""
    out = []
    cands = [t for t in pool if t not in used]
    R.shuffle(cands)
    for t in cands[:k]:
        used.add(t)
        out.append(fill(t, ctx))
    return out


def assemble(lead, events, background, c, date, ctx, n_total, extra_filler=(), complex_ev=True):
    """lead: list of sentences (first is lead). events/background: template pools.
    Roughly half of sentences carry events."""
    used = set()
    filler_ctx(ctx, c, date)
    n_ev = max(1, round(n_total * R.uniform(0.35, 0.6))) - len(lead)
    n_bg = n_total - len(lead) - max(n_ev, 0)
    ev = take(events, max(n_ev, 0), ctx, used)
    n_spec = min(len(background), max(0, n_bg - R.randint(1, 3)))
    bg = take(background, n_spec, ctx, used)
    rest = n_bg - len(bg)
    gen_pool = list(FILLER_GENERIC) + list(COMPLEX_BG) + list(extra_filler)
    if complex_ev and R.random() < 0.5 and ev:
        ev = ev[:-1] + take(COMPLEX_EV, 1, ctx, used)
    if R.random() < 0.6:
        bg += take(FILLER_QUOTES, 1, ctx, used)
        rest -= 1
    bg += take(gen_pool, max(rest, 0), ctx, used)
    # interleave: lead, then mostly events first with background sprinkled in
    body = []
    ev_i = list(ev)
    bg_i = list(bg)
    R.shuffle(bg_i)
    while ev_i or bg_i:
        if ev_i and (not bg_i or R.random() < 0.55):
            body.append(ev_i.pop(0))
        else:
            body.append(bg_i.pop(0))
    return list(lead) + body


# --------------------------------------------------------------------------
# 1. Armed conflict: shelling, air strikes, ground fighting
# --------------------------------------------------------------------------
# (country for colour, start, end, attacker phrases, defender phrases,
#  places, sources, weapons, side-A government country, side-B government)
THEATERS = [
    ("Ukraine", "2022-02-24", "2026-03-31", ["Russian forces", "Russian troops", "Moscow's forces"],
     ["Ukrainian forces", "Ukraine's army", "Ukrainian troops"],
     ["Kharkiv", "Zaporizhzhia", "Kherson", "Pokrovsk", "Sumy", "Odesa", "Dnipro", "Kramatorsk", "Bakhmut", "Avdiivka"],
     ["the regional governor", "Ukraine's air force", "local officials", "emergency services", "the prosecutor-general's office"],
     ["drones", "ballistic missiles", "glide bombs", "artillery", "cruise missiles", "multiple rocket launchers"],
     "Russia", "Ukraine"),
    ("Ukraine", "2014-04-15", "2022-02-20", ["pro-Russian separatists", "separatist fighters", "rebels backed by Moscow"],
     ["Ukrainian government forces", "Kiev's troops", "Ukrainian soldiers"],
     ["Donetsk", "Luhansk", "Mariupol", "Debaltseve", "Avdiivka", "Horlivka", "Shyrokyne"],
     ["Ukraine's military", "a military spokesman in Kiev", "monitors from the OSCE", "separatist officials", "local officials"],
     ["Grad rockets", "mortars", "artillery", "tank fire", "heavy machine guns"], None, "Ukraine"),
    ("Iraq", "2003-11-01", "2011-12-15", ["insurgents", "suspected Sunni insurgents", "gunmen", "Shi'ite militiamen"],
     ["U.S. troops", "Iraqi police", "Iraqi soldiers", "U.S. and Iraqi forces"],
     ["Baghdad", "Falluja", "Ramadi", "Mosul", "Baquba", "Samarra", "Tikrit", "Kirkuk", "Tal Afar"],
     ["police", "hospital officials", "the U.S. military", "an Interior Ministry official", "witnesses"],
     ["mortars", "roadside bombs", "rocket-propelled grenades", "car bombs"], None, "Iraq"),
    ("Iraq", "2014-06-10", "2017-12-09", ["Islamic State militants", "Islamic State fighters", "jihadists"],
     ["Iraqi forces", "Kurdish peshmerga fighters", "Iraqi counter-terrorism troops", "Shi'ite paramilitaries"],
     ["Mosul", "Tikrit", "Ramadi", "Falluja", "Baiji", "Sinjar", "Hawija", "Tal Afar"],
     ["the Joint Operations Command", "an Iraqi army officer", "Kurdish officials", "the U.S.-led coalition", "residents"],
     ["mortars", "suicide car bombs", "snipers", "armed drones"], None, "Iraq"),
    ("Syria", "2012-02-01", "2024-12-08", ["government forces", "Syrian army troops", "forces loyal to Assad", "Syrian and Russian warplanes"],
     ["rebels", "opposition fighters", "Islamist insurgents", "rebel brigades"],
     ["Aleppo", "Homs", "Idlib", "eastern Ghouta", "Daraa", "Hama", "Maarat al-Numan", "Douma"],
     ["the Syrian Observatory for Human Rights", "rescue workers", "opposition activists", "state news agency SANA", "a rebel commander"],
     ["barrel bombs", "air strikes", "artillery", "mortars", "rockets"], "Syria", None),
    ("Afghanistan", "2003-06-01", "2021-08-14", ["Taliban fighters", "Taliban insurgents", "militants"],
     ["Afghan security forces", "NATO troops", "Afghan police", "U.S.-led forces", "Afghan soldiers"],
     ["Helmand", "Kandahar", "Kunduz", "Ghazni", "Uruzgan", "Farah", "Nangarhar", "Badghis"],
     ["the provincial governor's spokesman", "the Defence Ministry", "NATO's International Security Assistance Force", "a police chief", "local elders"],
     ["rockets", "roadside bombs", "suicide car bombs", "small-arms fire"], None, "Afghanistan"),
    ("Israel", "2008-12-27", "2026-03-31", ["Israeli aircraft", "the Israeli military", "Israeli warplanes", "Israeli tanks"],
     ["Hamas militants", "Palestinian militants", "Islamic Jihad fighters", "Hamas"],
     ["Gaza City", "Khan Younis", "Rafah", "Jabalia", "Deir al-Balah", "Beit Hanoun", "Nuseirat"],
     ["Gaza health officials", "the Israeli military", "Palestinian medics", "civil defence workers", "witnesses"],
     ["air strikes", "tank shells", "rockets", "drones", "artillery"], "Israel", None),
    ("Lebanon", "2023-10-08", "2024-11-27", ["Israeli warplanes", "Israeli forces", "the Israeli military"],
     ["Hezbollah fighters", "Hezbollah", "the Iran-backed Hezbollah group"],
     ["southern Lebanon", "Nabatieh", "Tyre", "Beirut's southern suburbs", "the Bekaa Valley", "Bint Jbeil"],
     ["Lebanon's health ministry", "the Israeli military", "state media", "a security source", "Hezbollah's media office"],
     ["air strikes", "anti-tank missiles", "drones", "rockets", "artillery"], "Israel", None),
    ("Yemen", "2015-03-26", "2022-04-01", ["the Saudi-led coalition", "coalition warplanes", "Saudi-led aircraft"],
     ["Houthi forces", "the Iran-aligned Houthis", "Houthi fighters"],
     ["Sanaa", "Hodeidah", "Saada", "Marib", "Taiz", "Hajjah", "Dhamar"],
     ["Houthi-run al-Masirah TV", "the coalition", "medics", "residents", "a local official"],
     ["air strikes", "missiles", "drones", "artillery"], "Saudi Arabia", "Yemen"),
    ("Somalia", "2008-01-01", "2026-03-31", ["al-Shabaab militants", "al-Shabaab fighters", "Islamist insurgents"],
     ["Somali government troops", "African Union peacekeepers", "Somali special forces", "government soldiers"],
     ["Mogadishu", "Baidoa", "Beledweyne", "the Lower Shabelle region", "Kismayo", "Middle Shabelle"],
     ["a military officer", "police", "residents", "the government-run radio", "the African Union mission"],
     ["mortars", "car bombs", "rocket-propelled grenades", "machine guns"], None, "Somalia"),
    ("Nigeria", "2010-01-01", "2026-03-31", ["Boko Haram militants", "Islamist insurgents", "fighters from Islamic State West Africa Province"],
     ["Nigerian troops", "the Nigerian army", "a civilian militia", "soldiers"],
     ["Maiduguri", "Borno state", "Bama", "Gwoza", "Monguno", "Damboa", "Yobe state"],
     ["the army", "a militia leader", "residents", "a local government official", "an aid worker"],
     ["gunfire", "rocket-propelled grenades", "explosives", "trucks mounted with guns"], None, "Nigeria"),
    ("Sudan", "2003-06-01", "2009-12-31", ["Janjaweed militiamen", "government-backed Arab militias", "Sudanese army helicopters"],
     ["rebels from the Sudan Liberation Army", "Justice and Equality Movement fighters", "Darfur rebels"],
     ["North Darfur", "El Fasher", "Nyala", "Geneina", "Tawila", "Jebel Marra"],
     ["African Union monitors", "rebel spokesmen", "aid workers", "the U.N. mission", "villagers"],
     ["Antonov bombers", "gunfire", "helicopter gunships"], "Sudan", None),
    ("Sudan", "2023-04-15", "2026-03-31", ["the Rapid Support Forces", "RSF fighters", "the paramilitary RSF", "Sudan's army"],
     ["the Sudanese army", "army units", "the RSF", "allied armed groups"],
     ["Khartoum", "Omdurman", "El Fasher", "Wad Madani", "Nyala", "El Obeid", "Kadugli"],
     ["a local resistance committee", "medics", "the army", "the RSF in a statement", "residents"],
     ["drones", "artillery", "air strikes", "heavy machine guns"], None, None),
    ("Democratic Republic of Congo", "2008-08-28", "2026-03-31", ["M23 rebels", "the M23 rebel group", "ADF militants", "armed groups"],
     ["the Congolese army", "U.N. peacekeepers", "government troops", "pro-government militias"],
     ["Goma", "Rutshuru", "Beni", "Bunia", "Masisi", "Sake", "Bukavu"],
     ["the army", "civil society leaders", "the U.N. mission", "a local administrator", "residents"],
     ["mortars", "heavy weapons", "machetes and guns", "artillery"], None, "Democratic Republic of Congo"),
    ("Colombia", "2003-01-01", "2016-06-23", ["FARC rebels", "guerrillas from the FARC", "ELN rebels"],
     ["Colombian troops", "the army", "police", "government forces"],
     ["Cauca", "Antioquia", "Meta", "Narino", "Caqueta", "Arauca"],
     ["the Defence Ministry", "the army", "police", "the local mayor"],
     ["explosives", "homemade mortars", "gunfire", "landmines"], None, "Colombia"),
    ("Pakistan", "2007-07-01", "2026-03-31", ["Pakistani Taliban militants", "militants", "insurgents"],
     ["Pakistani security forces", "the army", "paramilitary troops", "police"],
     ["North Waziristan", "Swat", "Bajaur", "Khyber", "Bannu", "South Waziristan", "Dera Ismail Khan"],
     ["the military's media wing", "a security official", "police", "a local government official"],
     ["rockets", "suicide bombers", "gunfire", "helicopter gunships", "mortars"], None, "Pakistan"),
    ("Sri Lanka", "2006-07-26", "2009-05-18", ["Tamil Tiger rebels", "the LTTE", "the rebels"],
     ["Sri Lankan troops", "the military", "government forces"],
     ["Kilinochchi", "Mullaittivu", "Trincomalee", "Jaffna", "Vavuniya", "Mannar"],
     ["the Defence Ministry", "a pro-rebel website", "a military spokesman", "aid agencies"],
     ["artillery", "air strikes", "mortars", "suicide boats"], None, "Sri Lanka"),
    ("Turkey", "2004-06-01", "2020-12-31", ["Turkish warplanes", "the Turkish military", "Turkish troops"],
     ["PKK militants", "Kurdish militants", "the outlawed PKK"],
     ["Hakkari province", "Sirnak", "northern Iraq", "the Qandil mountains", "Diyarbakir province"],
     ["the military", "security sources", "the state-run Anadolu agency", "a pro-PKK news agency"],
     ["air strikes", "artillery", "roadside bombs", "drones"], "Turkey", None),
    ("Mali", "2012-01-17", "2026-03-31", ["Islamist militants", "jihadists linked to al Qaeda", "Tuareg rebels", "JNIM fighters"],
     ["Malian soldiers", "the Malian army", "French troops", "U.N. peacekeepers"],
     ["Gao", "Timbuktu", "Mopti", "Kidal", "Menaka", "Segou", "Douentza"],
     ["the army", "a local official", "a security source", "the U.N. mission", "residents"],
     ["gunfire", "roadside bombs", "rockets", "car bombs"], None, "Mali"),
    ("Myanmar", "2021-04-01", "2026-03-31", ["the military", "junta troops", "army jets", "Myanmar's military"],
     ["resistance fighters", "the Arakan Army", "ethnic armed groups", "People's Defence Force fighters"],
     ["Sagaing region", "Rakhine state", "northern Shan state", "Karen state", "Chin state", "Magway region"],
     ["a local resistance group", "residents", "the shadow National Unity Government", "state media", "aid workers"],
     ["air strikes", "artillery", "drones", "paragliders"], "Myanmar", None),
    ("Ethiopia", "2020-11-04", "2022-11-02", ["Ethiopian federal troops", "government forces", "Eritrean troops"],
     ["Tigrayan forces", "the Tigray People's Liberation Front", "TPLF fighters"],
     ["Mekelle", "Shire", "Adigrat", "Axum", "Alamata", "Humera"],
     ["a humanitarian official", "the Tigray regional government", "the federal government", "diplomats", "residents"],
     ["air strikes", "drones", "artillery", "tanks"], "Ethiopia", None),
    ("Georgia", "2008-08-08", "2008-08-25", ["Russian forces", "Russian warplanes", "Russian troops"],
     ["Georgian troops", "Georgian forces"],
     ["Gori", "Tskhinvali", "Senaki", "Poti", "the Kodori gorge"],
     ["the Georgian government", "the Russian Defence Ministry", "witnesses", "Georgia's interior ministry"],
     ["bombs", "tanks", "artillery", "rockets"], "Russia", "Georgia"),
    ("Azerbaijan", "2020-09-27", "2020-11-09", ["Azerbaijani forces", "Azerbaijan's army", "Armenian forces"],
     ["ethnic Armenian forces", "Armenian troops", "Azerbaijani troops"],
     ["Nagorno-Karabakh", "Stepanakert", "Shusha", "Ganja", "Hadrut", "Martuni"],
     ["Armenia's defence ministry", "Azerbaijan's defence ministry", "the enclave's authorities", "witnesses"],
     ["drones", "artillery", "cluster munitions", "rockets"], "Azerbaijan", "Armenia"),
    ("India", "2003-01-01", "2025-05-31", ["Pakistani troops", "Indian troops", "Indian and Pakistani soldiers"],
     ["Indian positions", "Pakistani border posts", "villages on the Indian side", "villages on the Pakistani side"],
     ["the Line of Control", "Poonch", "Kupwara", "Uri", "the Neelum valley", "Rajouri"],
     ["the Indian army", "the Pakistani military", "a police officer", "local officials"],
     ["mortar fire", "artillery", "small arms", "drones"], "India", "Pakistan"),
    ("Philippines", "2003-01-01", "2026-03-31", ["Abu Sayyaf militants", "communist New People's Army rebels", "Islamic State-linked gunmen"],
     ["Philippine troops", "government soldiers", "marines", "police commandos"],
     ["Jolo", "Basilan", "Sulu province", "Marawi", "Lanao del Sur", "Maguindanao"],
     ["the military", "a regional army commander", "police", "the provincial governor"],
     ["gunfire", "homemade bombs", "mortars", "air strikes"], None, "Philippines"),
    ("Libya", "2011-02-20", "2020-10-23", ["forces loyal to Gaddafi", "eastern forces under Khalifa Haftar", "militias"],
     ["rebels", "forces aligned with the Tripoli government", "armed groups from Misrata"],
     ["Misrata", "Tripoli", "Benghazi", "Sirte", "Ajdabiya", "Brega", "Gharyan"],
     ["a rebel spokesman", "a health official", "the Libyan National Army", "residents", "the U.N. mission"],
     ["Grad rockets", "air strikes", "artillery", "drones"], None, None),
    ("Haiti", "2021-07-08", "2026-03-31", ["armed gangs", "gang members", "a gang coalition"],
     ["Haitian police", "police officers", "Kenyan-led security forces", "residents"],
     ["Port-au-Prince", "Cite Soleil", "Croix-des-Bouquets", "Petionville", "Mirebalais", "the Artibonite valley"],
     ["a police union", "the U.N. human rights office", "local rights groups", "residents"],
     ["automatic weapons", "gunfire", "arson", "machetes"], None, "Haiti"),
]

CONF_TITLES = [
    "{A_c} {verb} {place}, killing {n}",
    "{n_c} killed as {A} {verb} {place}",
    "Fighting intensifies around {place}",
    "{place} hit by {weapon} overnight, officials say",
    "{B_c} say they repelled attack near {place}",
    "Civilians flee as fighting spreads near {place}",
    "Death toll rises after strike on {place}",
]

CONF_LEAD = [
    "{A} {verb} {place} {lateday}, killing at least {n} people and wounding {m} others, {src} said.",
    "At least {n} people were killed and dozens wounded when {A} hit {place} with {weapon} {lateday}, according to {src}.",
    "{A} pounded {place} with {weapon} overnight, {src} said {onday}, in one of the heaviest bombardments in weeks.",
    "{B} said {onday} they had repelled an attack by {A} on positions near {place}, killing {n} of the attackers.",
    "A {target} in {place} was struck {lateday} by {weapon}, killing {n} civilians, {src} said.",
    "Heavy fighting broke out between {A} and {B} on the outskirts of {place} {onday}, forcing thousands of residents to flee, {src} said.",
    "{Src} said {onday} that {n} people, including children, had been killed when {A} shelled a residential district of {place}.",
]

CONF_EVENTS = [
    "{B} returned fire, and the clashes lasted for several hours, {src2} said.",
    "{B} launched a counter-attack and retook {k} villages east of {place2}, {src2} said.",
    "Earlier in the week, {A} had fired {weapon2} at {place2}, damaging a {target2}.",
    "{src2_c} accused {A} of deliberately targeting civilians, an accusation that could not be immediately verified.",
    "Residents of {place2} said they had spent the night in basements as shells fell around them.",
    "{B} claimed to have destroyed {k} armoured vehicles and killed dozens of fighters.",
    "Rescue workers pulled {k} bodies from the rubble of a {target2} on {day} afternoon.",
    "A convoy carrying wounded civilians came under fire on the road out of {place2}, {src2} said.",
    "The {target2} was hit by a second strike as rescuers arrived, witnesses said.",
    "{head_A} said in a televised address that operations would continue “until all goals are achieved.”",
    "{head_B_c} condemned the attack as “a war crime” and called on the international community to respond.",
    "{unsg} condemned the killing of civilians and called for an immediate ceasefire.",
    "Washington urged both sides to show restraint.",
    "Officials in {place2} imposed a curfew from 8 p.m. and closed schools for the rest of the week.",
    "Aid agencies said they had suspended operations in the area after a warehouse was looted.",
    "{A} also attacked positions near {place2}, although no casualties were reported there.",
    "Both sides accused each other of violating a ceasefire agreed in {ceasemonth}.",
    "{B} said they had destroyed {k} rocket launchers and an ammunition depot near {place2}.",
    "A senior commander of {B_n} was killed in the fighting, {src2} said, without naming him.",
    "The attackers withdrew after about two hours, leaving behind burned-out vehicles, according to residents.",
    "{src2_c} said {k} soldiers were wounded in the assault on {place2}.",
    "Police said a car bomb exploded near a checkpoint in {place2}, killing {k} people.",
    "{A} have been trying for weeks to encircle {place2}, a key supply hub.",
    "Dozens of families sought shelter in a mosque and a school on the edge of {place2}.",
    "Ambulances ferried the wounded to hospitals in {place2}, where doctors appealed for blood donations.",
    "The strike flattened much of a residential block and set fire to nearby cars, witnesses said.",
    "Gunmen ambushed a patrol near {place2} on {day}, killing {k} soldiers, the military said.",
    "{B} said they had captured {k} fighters and seized a cache of weapons and ammunition.",
]

CONF_BG = [
    "The figures, which are compiled from hospital records and reports by local officials, are thought to understate the true toll.",
    "The conflict has killed tens of thousands of people and displaced millions since it began.",
    "{place} lies about {km} km (about {mi} miles) from the front line.",
    "The area has been fought over repeatedly since {prevyear}.",
    "Before the war, {place} was home to roughly {popcity} people.",
    "Independent verification of battlefield claims is difficult because journalists have limited access to the area.",
    "Neither side gave figures for its own losses.",
    "Casualty figures released by both sides are difficult to verify.",
    "The region's main highway has been closed to civilian traffic for weeks.",
    "Satellite images released by a private company showed extensive damage to buildings in the town centre.",
    "Winter has set in across the region, with temperatures falling well below freezing at night.",
    "Humanitarian groups estimate that about {pct2} percent of homes in the district have been damaged or destroyed.",
    "Doctors at the main hospital said they were running short of anaesthetics and surgical supplies.",
    "The offensive is the largest since the start of the year, according to military analysts.",
    "Mobile and internet services in {place} have been cut for several days.",
    "Farmers said they had been unable to harvest their fields because of unexploded ordnance.",
]

CONF_VERBS = ["shelled", "struck", "bombarded", "attacked", "hit", "pounded"]
TARGETS = ["market", "hospital", "apartment building", "school used as a shelter", "fuel depot", "power station",
           "bridge", "bakery", "mosque", "railway station", "water pumping station", "grain warehouse", "checkpoint"]


def art_conflict(i):
    th = pick(THEATERS)
    c, a, b, A, B, places, srcs, weapons, ga, gb = th
    date = rdate(a, b)
    ev = date - dt.timedelta(days=R.choice([0, 0, 1, 1, 2]))
    ctx = base_ctx(date, ev)
    pl = R.sample(places, 2)
    ctx.update(A=pick(A), B=pick(B), place=pl[0], place2=pl[1], src=pick(srcs), weapon=pick(weapons),
               weapon2=pick(weapons), target=pick(TARGETS), target2=pick(TARGETS), verb=pick(CONF_VERBS),
               ceasemonth=pick(MONTHS), km=R.choice([8, 15, 20, 30, 45, 60]), popcity="{:,}".format(R.choice([20000, 45000, 80000, 120000, 300000])))
    ctx["mi"] = round(ctx["km"] * 0.62)
    ctx["src2"] = pick(srcs)
    ctx["src2_c"] = ctx["src2"][0].upper() + ctx["src2"][1:]
    ctx["Src"] = ctx["src"][0].upper() + ctx["src"][1:]
    ctx["A_c"] = ctx["A"][0].upper() + ctx["A"][1:]
    ctx["B_c"] = ctx["B"][0].upper() + ctx["B"][1:]
    ctx["B_n"] = ctx["B"]
    ctx["n_c"] = ctx["n"][0].upper() + ctx["n"][1:]
    if ga:
        ctx["head_A"] = head_of(ga, date)[0]
    else:
        ctx["head_A"] = "A spokesman for " + ctx["A"]
    if gb:
        ctx["head_B_c"] = head_of(gb, date)[0]
    else:
        ctx["head_B_c"] = "A spokesman for " + ctx["B"]
    events = [e for e in CONF_EVENTS]
    title = fill(pick(CONF_TITLES), ctx)
    n = R.randint(5, 15)
    lead = [fill(pick(CONF_LEAD), ctx)]
    sents = assemble(lead, events, CONF_BG, c, date, ctx, n)
    return date, title, sents, c, pl[0]


# --------------------------------------------------------------------------
# 2. Protests and crackdowns
# --------------------------------------------------------------------------
# (country, start, end, grievance, demand, square/place, opposition label)
PROTESTS = [
    ("Ukraine", "2004-11-22", "2004-12-26", "allegations that the presidential run-off was rigged", "a rerun of the vote", "Independence Square", "the opposition"),
    ("Ukraine", "2013-11-21", "2014-02-21", "the government's decision to shelve a trade pact with the European Union", "the resignation of the government", "Independence Square", "opposition leaders"),
    ("Kyrgyzstan", "2005-03-01", "2005-03-24", "disputed parliamentary elections", "the president's resignation", "the main square", "opposition leaders"),
    ("Kyrgyzstan", "2010-04-06", "2010-04-08", "rising utility prices and corruption", "the president's resignation", "Ala-Too square", "opposition figures"),
    ("Iran", "2009-06-13", "2009-12-31", "the disputed re-election of President Mahmoud Ahmadinejad", "a new vote", "Azadi Square", "reformist leaders"),
    ("Iran", "2022-09-17", "2023-01-15", "the death in custody of a young woman detained by the morality police", "an end to clerical rule", "university campuses", "activists"),
    ("Egypt", "2011-01-25", "2011-02-11", "poverty, corruption and three decades of one-man rule", "an end to Mubarak's rule", "Tahrir Square", "activists"),
    ("Egypt", "2013-06-28", "2013-08-14", "the removal of President Mohamed Morsi", "Morsi's reinstatement", "Rabaa al-Adawiya square", "the Muslim Brotherhood"),
    ("Tunisia", "2010-12-20", "2011-01-14", "unemployment and police abuse", "the president's departure", "Habib Bourguiba Avenue", "unions and activists"),
    ("Syria", "2011-03-18", "2011-12-31", "decades of authoritarian rule", "political freedoms", "the central square", "activists"),
    ("Thailand", "2010-03-14", "2010-05-19", "what they called an illegitimate government", "early elections", "Bangkok's shopping district", "the red-shirt movement"),
    ("Thailand", "2013-11-24", "2014-05-20", "an amnesty bill seen as benefiting Thaksin Shinawatra", "the prime minister's resignation", "Democracy Monument", "protest leaders"),
    ("Hong Kong", "2019-06-09", "2020-01-31", "a bill that would have allowed extraditions to mainland China", "full democracy and an inquiry into police conduct", "Victoria Park", "pro-democracy activists"),
    ("Venezuela", "2014-02-12", "2014-05-31", "crime, shortages and inflation", "the president's resignation", "Plaza Altamira", "opposition leaders"),
    ("Venezuela", "2017-04-01", "2017-07-31", "moves they say are aimed at consolidating one-party rule", "early elections", "the main highway", "opposition leaders"),
    ("Belarus", "2020-08-09", "2020-12-31", "the disputed re-election of President Alexander Lukashenko", "a new election and the release of political prisoners", "Independence Avenue", "opposition leaders"),
    ("Russia", "2011-12-05", "2012-05-07", "alleged fraud in parliamentary elections", "a rerun of the vote", "Bolotnaya Square", "opposition leaders"),
    ("Russia", "2021-01-23", "2021-04-21", "the jailing of opposition politician Alexei Navalny", "Navalny's release", "Pushkin Square", "Navalny's allies"),
    ("Georgia", "2024-11-28", "2025-03-31", "the government's decision to suspend talks on joining the European Union", "new elections", "Rustaveli Avenue", "opposition parties"),
    ("Serbia", "2024-11-03", "2025-12-31", "the collapse of a railway station canopy that killed 16 people", "accountability and early elections", "Slavija Square", "student groups"),
    ("Kenya", "2024-06-18", "2024-07-31", "a finance bill raising taxes", "the withdrawal of the bill", "the city centre", "young activists"),
    ("Kenya", "2007-12-30", "2008-02-28", "the disputed re-election of President Mwai Kibaki", "a recount", "Uhuru Park", "the opposition"),
    ("Sri Lanka", "2022-03-31", "2022-07-20", "an economic crisis that has caused shortages of fuel and medicine", "the president's resignation", "Galle Face Green", "protest organisers"),
    ("Chile", "2019-10-18", "2019-12-31", "a rise in metro fares and deep inequality", "a new constitution", "Plaza Italia", "student leaders"),
    ("France", "2018-11-17", "2019-06-30", "fuel tax increases and the cost of living", "lower taxes and higher wages", "the Champs-Elysees", "the 'yellow vest' movement"),
    ("France", "2023-01-19", "2023-06-06", "a plan to raise the retirement age to 64", "withdrawal of the pension reform", "Place de la Concorde", "trade unions"),
    ("Bangladesh", "2024-07-01", "2024-08-05", "a quota system for government jobs", "the prime minister's resignation", "Dhaka University", "student leaders"),
    ("Myanmar", "2007-08-19", "2007-09-29", "sharp rises in fuel prices", "political reform", "the Shwedagon Pagoda", "Buddhist monks"),
    ("Myanmar", "2021-02-06", "2021-04-30", "the military's seizure of power", "the release of Aung San Suu Kyi", "Sule Pagoda", "protest leaders"),
    ("Turkey", "2013-05-28", "2013-07-31", "a plan to redevelop Gezi Park", "the prime minister's resignation", "Taksim Square", "activists"),
    ("Brazil", "2013-06-06", "2013-07-15", "bus fare increases and spending on the World Cup", "better public services", "Avenida Paulista", "student movements"),
    ("Lebanon", "2019-10-17", "2020-01-31", "a proposed tax on WhatsApp calls and economic mismanagement", "the removal of the ruling elite", "Martyrs' Square", "activists"),
    ("Iraq", "2019-10-01", "2020-02-28", "corruption, unemployment and poor services", "the fall of the government", "Tahrir Square", "activists"),
    ("Sudan", "2018-12-19", "2019-06-30", "the tripling of bread prices", "an end to military rule", "the army headquarters", "the Sudanese Professionals Association"),
    ("Nigeria", "2020-10-08", "2020-10-31", "police brutality", "the disbanding of a notorious police unit", "the Lekki toll gate", "young activists"),
    ("Pakistan", "2023-05-09", "2023-05-15", "the arrest of former Prime Minister Imran Khan", "Khan's release", "Constitution Avenue", "Khan's party"),
    ("Indonesia", "2025-08-25", "2025-09-10", "perks for lawmakers", "cuts to parliamentary allowances", "the parliament building", "student groups"),
    ("Nepal", "2025-09-08", "2025-09-12", "a ban on social media platforms and corruption", "the government's resignation", "parliament", "young protesters"),
    ("Bolivia", "2003-09-15", "2003-10-17", "plans to export natural gas", "the president's resignation", "El Alto", "unions"),
    ("Greece", "2010-05-05", "2012-02-29", "austerity measures demanded by international lenders", "an end to spending cuts", "Syntagma Square", "unions"),
    ("Peru", "2022-12-08", "2023-02-28", "the ouster of former President Pedro Castillo", "early elections", "the main highway", "rural organisations"),
    ("Armenia", "2008-02-20", "2008-03-02", "the disputed presidential election", "a rerun", "Liberty Square", "the opposition"),
    ("Zimbabwe", "2016-07-06", "2016-08-31", "cash shortages and unpaid wages", "economic reforms", "the city centre", "activists"),
    ("Mexico", "2014-10-08", "2014-12-31", "the disappearance of 43 students", "justice for the students", "the Zocalo", "parents and students"),
]

PROT_TITLES = [
    "Police fire tear gas at protesters in {capn}",
    "Thousands rally in {capn} over {short_g}",
    "Clashes as {cn} protests enter {nth} week",
    "{cn} arrests dozens after protests",
    "Protesters defy ban, march in {capn}",
    "{cn} government under pressure as protests swell",
]

PROT_LEAD = [
    "Police in {capn} fired tear gas and water cannon {lateday} to disperse some {big} protesters angry over {grievance}.",
    "Tens of thousands of people marched through central {capn} {onday} demanding {demand}, in the largest demonstration yet against {grievance}.",
    "Security forces in {cn} arrested at least {n} people {onday} as protesters gathered for a {nth} week to denounce {grievance}.",
    "Riot police charged protesters near {square} {lateday}, beating several with batons, witnesses said, as anger over {grievance} spilled into the streets.",
    "Protesters occupied {square} in {capn} {onday}, vowing to stay until the government met their demand for {demand}.",
    "Several thousand people defied a ban on public gatherings and rallied in {capn} {onday} against {grievance}, according to witnesses and local media.",
]

PROT_EVENTS = [
    "Police said {k} officers were injured when protesters threw stones and petrol bombs.",
    "Demonstrators chanted slogans against the government and waved national flags.",
    "Officers detained several protest leaders, {rights} said, calling the arrests arbitrary.",
    "{rights_c} said at least {n} people had been killed since the unrest began, most of them shot by security forces.",
    "The Interior Ministry said the protests were organised by “provocateurs” paid from abroad.",
    "{opp_c} urged supporters to remain peaceful but to keep up the pressure.",
    "Protesters set fire to tyres and blocked several main roads leading into the city.",
    "Authorities restricted access to social media and messaging apps for several hours, an internet monitoring group said.",
    "The government announced a curfew in {capn} and {city} from 9 p.m. to 6 a.m.",
    "{head_c} accused protesters of trying to destabilise the country and vowed to restore order.",
    "{head_c} offered talks with protest leaders, who rejected the offer as insufficient.",
    "Students staged a sit-in outside the parliament building.",
    "Workers at several factories went on strike in support of the protesters, unions said.",
    "The European Union called on authorities to respect the right to peaceful assembly.",
    "Washington said it was “deeply concerned” by reports of excessive force against demonstrators.",
    "Police used rubber bullets and stun grenades to clear a barricade near {square}.",
    "A court sentenced {k} protesters to prison terms of up to two years on charges of rioting.",
    "Crowds later gathered again in smaller numbers, and there were sporadic clashes into the night.",
    "Plainclothes officers dragged several people into unmarked vans, witnesses said.",
    "The government said it would suspend the measure that triggered the protests, but demonstrators vowed to continue.",
    "Several journalists were briefly detained while covering the rally, their employers said.",
    "In {city}, hundreds of protesters marched to the regional governor's office, where police blocked their way.",
    "The ruling party organised a counter-rally that drew thousands of supporters bused in from the provinces.",
    "The ambassadors of several Western countries issued a joint statement urging restraint on all sides.",
]

PROT_BG = [
    "Although the capital was calm on {day}, long queues formed outside petrol stations and banks as residents stocked up on essentials.",
    "The protests began on a smaller scale {weeks} weeks ago and have grown steadily since.",
    "Many of the demonstrators were in their twenties, and most said they had never taken part in a protest before.",
    "Some shops boarded up their windows ahead of the march.",
    "Organisers used encrypted messaging apps to coordinate and to share the locations of police lines.",
    "Estimates of the crowd size varied widely; police put it at {big}, organisers at several times that.",
    "Vendors sold flags, whistles and face masks along the route.",
    "It was the largest demonstration in {capn} since {prevyear}, according to local media.",
    "Opinion polls show support for the government at its lowest level in years.",
    "Many protesters covered their faces with scarves to avoid being identified by cameras.",
    "The square was littered with spent tear gas canisters and broken glass on {day} morning.",
]

RIGHTS = ["Amnesty International", "Human Rights Watch", "a local rights group", "a lawyers' association", "the U.N. human rights office"]


def art_protest(i):
    c, a, b, grievance, demand, square, opp = pick(PROTESTS)
    date = rdate(a, b)
    ev = date - dt.timedelta(days=R.choice([0, 0, 1]))
    ctx = base_ctx(date, ev)
    ctx.update(cn=cname(c, True), capn=cap_of(c, date), grievance=grievance, demand=demand, square=square,
               opp_c=opp[0].upper() + opp[1:], nth=pick(["second", "third", "fourth", "fifth", "sixth"]),
               weeks=R.randint(2, 9))
    ctx["short_g"] = pick(["government", "prices", "election", "corruption", "crackdown"])
    r = pick(RIGHTS)
    ctx["rights"] = r
    ctx["rights_c"] = r[0].upper() + r[1:]
    ctx["head_c"] = head_of(c, date)[0]
    ctx["city"] = pick(C[c]["cities"])
    title = fill(pick(PROT_TITLES), ctx)
    lead = [fill(pick(PROT_LEAD), ctx)]
    sents = assemble(lead, PROT_EVENTS, PROT_BG, c, date, ctx, R.randint(5, 15))
    return date, title, sents, c, ctx["capn"]


# --------------------------------------------------------------------------
# 3. Elections
# --------------------------------------------------------------------------
# (country, date, kind)
ELECTIONS = [
    ("Ukraine", "2004-12-26", "presidential"), ("Ukraine", "2010-02-07", "presidential"), ("Ukraine", "2019-04-21", "presidential"),
    ("Russia", "2008-03-02", "presidential"), ("Russia", "2018-03-18", "presidential"), ("Russia", "2011-12-04", "parliamentary"),
    ("Iran", "2005-06-24", "presidential"), ("Iran", "2013-06-14", "presidential"), ("Iran", "2024-07-05", "presidential"),
    ("Iraq", "2005-12-15", "parliamentary"), ("Iraq", "2010-03-07", "parliamentary"), ("Iraq", "2021-10-10", "parliamentary"),
    ("Afghanistan", "2004-10-09", "presidential"), ("Afghanistan", "2014-04-05", "presidential"),
    ("Nigeria", "2007-04-21", "presidential"), ("Nigeria", "2015-03-28", "presidential"), ("Nigeria", "2023-02-25", "presidential"),
    ("Kenya", "2013-03-04", "general"), ("Kenya", "2017-08-08", "general"), ("Kenya", "2022-08-09", "general"),
    ("Democratic Republic of Congo", "2006-07-30", "presidential"), ("Democratic Republic of Congo", "2018-12-30", "presidential"),
    ("Zimbabwe", "2008-03-29", "presidential"), ("Zimbabwe", "2018-07-30", "general"),
    ("Brazil", "2006-10-29", "presidential run-off"), ("Brazil", "2018-10-28", "presidential run-off"), ("Brazil", "2022-10-30", "presidential run-off"),
    ("Venezuela", "2012-10-07", "presidential"), ("Venezuela", "2024-07-28", "presidential"),
    ("Mexico", "2006-07-02", "presidential"), ("Mexico", "2018-07-01", "presidential"), ("Mexico", "2024-06-02", "presidential"),
    ("Argentina", "2015-11-22", "presidential run-off"), ("Argentina", "2023-11-19", "presidential run-off"),
    ("Colombia", "2010-05-30", "presidential"), ("Colombia", "2022-06-19", "presidential run-off"),
    ("India", "2004-05-10", "general"), ("India", "2014-05-12", "general"), ("India", "2024-06-01", "general"),
    ("Pakistan", "2008-02-18", "parliamentary"), ("Pakistan", "2018-07-25", "general"), ("Pakistan", "2024-02-08", "general"),
    ("Indonesia", "2004-09-20", "presidential"), ("Indonesia", "2019-04-17", "presidential"), ("Indonesia", "2024-02-14", "presidential"),
    ("Philippines", "2016-05-09", "presidential"), ("Philippines", "2022-05-09", "presidential"),
    ("Thailand", "2011-07-03", "general"), ("Thailand", "2019-03-24", "general"), ("Thailand", "2023-05-14", "general"),
    ("Myanmar", "2010-11-07", "general"), ("Myanmar", "2015-11-08", "general"), ("Myanmar", "2025-12-28", "general"),
    ("Turkey", "2007-07-22", "parliamentary"), ("Turkey", "2018-06-24", "presidential and parliamentary"), ("Turkey", "2023-05-28", "presidential run-off"),
    ("Israel", "2006-03-28", "parliamentary"), ("Israel", "2019-04-09", "parliamentary"), ("Israel", "2022-11-01", "parliamentary"),
    ("Georgia", "2012-10-01", "parliamentary"), ("Georgia", "2024-10-26", "parliamentary"),
    ("Belarus", "2010-12-19", "presidential"), ("Belarus", "2020-08-09", "presidential"),
    ("Hungary", "2014-04-06", "parliamentary"), ("Hungary", "2022-04-03", "parliamentary"),
    ("Serbia", "2012-05-06", "parliamentary and presidential"), ("Poland", "2023-10-15", "parliamentary"),
    ("Egypt", "2012-06-17", "presidential run-off"), ("Egypt", "2014-05-28", "presidential"),
    ("Tunisia", "2014-12-21", "presidential run-off"), ("Haiti", "2006-02-07", "presidential"), ("Haiti", "2010-11-28", "presidential"),
    ("Bolivia", "2005-12-18", "presidential"), ("Bolivia", "2019-10-20", "general"), ("Peru", "2021-06-06", "presidential run-off"),
    ("South Africa", "2009-04-22", "general"), ("South Africa", "2024-05-29", "general"),
    ("Japan", "2009-08-30", "lower house"), ("Japan", "2012-12-16", "lower house"), ("Japan", "2024-10-27", "lower house"),
    ("South Korea", "2007-12-19", "presidential"), ("South Korea", "2022-03-09", "presidential"), ("South Korea", "2025-06-03", "presidential"),
    ("Taiwan", "2008-03-22", "presidential"), ("Taiwan", "2020-01-11", "presidential"), ("Taiwan", "2024-01-13", "presidential"),
    ("Fiji", "2014-09-17", "general"), ("Papua New Guinea", "2022-07-04", "general"), ("Solomon Islands", "2024-04-17", "general"),
    ("Australia", "2007-11-24", "federal"), ("Canada", "2015-10-19", "federal"), ("Britain", "2010-05-06", "general"),
    ("France", "2017-05-07", "presidential run-off"), ("Germany", "2021-09-26", "federal"), ("Spain", "2019-11-10", "general"),
    ("Mali", "2013-07-28", "presidential"), ("Ethiopia", "2021-06-21", "general"), ("Uganda", "2021-01-14", "general"),
    ("Sri Lanka", "2019-11-16", "presidential"), ("Nepal", "2008-04-10", "constituent assembly"), ("Bangladesh", "2008-12-29", "general"),
    ("Kyrgyzstan", "2010-10-10", "parliamentary"), ("Armenia", "2021-06-20", "parliamentary"), ("Azerbaijan", "2024-02-07", "presidential"),
    ("Honduras", "2017-11-26", "general"), ("Chile", "2021-12-19", "presidential run-off"), ("Guinea", "2020-10-18", "presidential"),
]

ELEC_TITLES = [
    "{cn} votes in {kind} election",
    "Polls close in {cn}; results expected {when}",
    "Opposition cries foul as {cn} counts votes",
    "High turnout reported in {cn} {kind} vote",
    "{cn} election: what you need to know",
    "Early results show tight race in {cn}",
]

ELEC_LEAD = [
    "Voters in {cn} went to the polls {onday} in a {kind} election seen as a referendum on {head}'s record.",
    "Polls closed in {cn} {onday} after a largely calm day of voting in a {kind} election, with preliminary results expected {when}.",
    "{cn} counted ballots {onday} after a {kind} election marred by allegations of fraud and sporadic violence.",
    "Millions of {adjp} cast ballots {onday} in a {kind} election that opposition parties say was tilted in favour of the ruling camp.",
]

ELEC_EVENTS = [
    "Opposition leaders accused the ruling party of buying votes and intimidating their supporters, charges the government denied.",
    "International observers said the vote was generally orderly but criticised unequal access to state media.",
    "Police detained {k} opposition activists on the eve of the vote, their party said.",
    "The main opposition candidate said he would not recognise the results “if the will of the people is stolen.”",
    "The electoral commission rejected the fraud allegations and urged candidates to await official results.",
    "Gunmen attacked a polling station in {city}, killing {k} people, police said.",
    "{head_c} cast a ballot in {capn} and told reporters the governing camp was confident of victory.",
    "Several candidates called on supporters to guard ballot boxes overnight.",
    "The United States and the European Union urged all sides to accept the outcome peacefully.",
    "Supporters of both main candidates celebrated in the streets of {capn} late into the night, each claiming victory.",
    "The government deployed some {big} police and soldiers to guard polling stations.",
    "Observers from the African Union and the regional bloc said they had noted delays in the opening of polling stations.",
    "Authorities blocked access to the internet in several provinces during voting, a watchdog said.",
    "The opposition said it would challenge the results in the Supreme Court.",
    "Election monitors reported isolated cases of ballot stuffing and voter intimidation.",
    "Rival supporters clashed in {city} after the polls closed, and police fired tear gas to separate them.",
]

ELEC_BG = [
    "Some {mil} million people were registered to vote at more than {big} polling stations.",
    "Turnout was around {turnout} percent, according to the electoral commission.",
    "Opinion polls before the vote showed a close race.",
    "The campaign was dominated by concerns about jobs, prices and security.",
    "Under the constitution, a candidate needs more than 50 percent of the vote to avoid a run-off.",
    "Polling stations opened at 7 a.m. and closed at 6 p.m., although some stayed open late to accommodate long queues.",
    "Long lines formed outside schools used as polling stations in the early morning.",
    "The vote is the {nthvote} since the end of military rule.",
    "Nearly a third of voters are under 30.",
    "Final results must be certified by the constitutional court within {k} weeks.",
    "The ballot paper listed {cands} candidates.",
    "Voting was extended by an hour in some districts because of delays in delivering ballot papers.",
]


def art_election(i):
    c, ds, kind = pick(ELECTIONS)
    edate = d(ds)
    date = edate + dt.timedelta(days=R.choice([0, 0, 1, 2]))
    ctx = base_ctx(date, edate)
    hf, hs = head_of(c, edate)
    ctx.update(cn=cname(c, True), capn=cap_of(c, date), kind=kind, head=hs if not hs.startswith("the ") else "the government",
               head_c=hf, when=pick(["on Tuesday", "within days", "later this week", "by the weekend", "within a week"]),
               adjp=C[c]["adj"] + "s" if not C[c]["adj"].endswith(("ese", "s", "i")) else "voters",
               turnout=R.randint(38, 81), nthvote=pick(["fourth", "fifth", "sixth", "seventh"]), cands=R.randint(3, 18))
    if kind.endswith("run-off"):
        ctx["kind"] = kind
    title = fill(pick(ELEC_TITLES), ctx)
    lead = [fill(pick(ELEC_LEAD), ctx)]
    sents = assemble(lead, ELEC_EVENTS, ELEC_BG, c, date, ctx, R.randint(5, 14))
    return date, title, sents, c, ctx["capn"]


# --------------------------------------------------------------------------
# 4. Diplomacy: visits, agreements, talks, summits
# --------------------------------------------------------------------------
VISITORS = ["United States", "China", "Russia", "France", "Germany", "Britain", "Japan", "India", "Turkey",
            "Brazil", "Saudi Arabia", "Iran", "South Africa", "Indonesia", "Australia", "South Korea", "Qatar",
            "Israel", "Egypt", "Nigeria", "Kenya", "Mexico", "Canada", "Ukraine", "Pakistan", "Argentina",
            "Ethiopia", "Philippines", "Iraq", "Hungary", "Belarus", "Venezuela", "Colombia"]

HOSTILE = [
    ({"Israel"}, {"Iran", "Syria", "Lebanon", "Yemen", "Iraq", "Saudi Arabia", "Qatar", "Pakistan", "Venezuela", "Belarus", "Indonesia", "Afghanistan"}, None),
    ({"United States"}, {"Iran", "North Korea", "Syria", "Venezuela", "Belarus", "Myanmar"}, None),
    ({"Russia"}, {"Ukraine"}, "2014-03-01"), ({"Russia"}, {"Georgia"}, "2008-08-01"),
    ({"Russia"}, {"Britain", "Canada", "Australia", "Japan", "Germany", "France", "United States", "Poland"}, "2022-02-24"),
    ({"Iran"}, {"Saudi Arabia"}, "2016-01-03"), ({"Iran"}, {"Britain", "Canada", "Australia", "Ukraine", "Germany", "France"}, None),
    ({"Ukraine"}, {"Belarus", "Iran", "Venezuela"}, "2014-03-01"),
    ({"India"}, {"Pakistan"}, "2016-01-01"), ({"Armenia"}, {"Azerbaijan", "Turkey"}, None),
    ({"Venezuela"}, {"Colombia", "Britain", "Canada", "Argentina", "Israel", "Ukraine", "Japan", "Australia"}, None),
    ({"Belarus"}, {"Britain", "Canada", "Australia", "Japan", "Poland", "Germany", "France"}, "2020-08-09"),
    ({"China"}, {"Taiwan"}, None), ({"North Korea"}, {"Japan", "Britain", "Israel", "Ukraine"}, None),
]


def friendly(a, b, date):
    for s1, s2, since in HOSTILE:
        if (a in s1 and b in s2) or (b in s1 and a in s2):
            if since is None or date >= d(since):
                return False
    return True


TOPICS = [
    ("trade and investment", "2003-01-01", "2026-12-31"), ("energy cooperation", "2003-01-01", "2026-12-31"),
    ("security and counter-terrorism cooperation", "2003-01-01", "2026-12-31"), ("climate change", "2007-01-01", "2026-12-31"),
    ("Iran's nuclear programme", "2003-06-01", "2026-12-31"), ("the war in Ukraine", "2022-02-24", "2026-12-31"),
    ("the conflict in Gaza", "2023-10-07", "2026-12-31"), ("North Korea's nuclear and missile programmes", "2003-01-01", "2026-12-31"),
    ("the crisis in Syria", "2011-04-01", "2024-12-31"), ("migration", "2014-01-01", "2026-12-31"),
    ("the global financial crisis", "2008-09-15", "2010-12-31"), ("the coronavirus pandemic", "2020-03-01", "2022-06-30"),
    ("infrastructure financing", "2013-09-01", "2026-12-31"), ("tariffs and market access", "2018-03-01", "2026-12-31"),
    ("the situation in Afghanistan", "2003-01-01", "2022-12-31"), ("food security", "2008-01-01", "2026-12-31"),
    ("maritime security in the South China Sea", "2012-01-01", "2026-12-31"), ("arms control", "2003-01-01", "2026-12-31"),
]

DEALS = ["a defence cooperation agreement", "a free trade agreement", "a memorandum on nuclear energy cooperation",
         "a long-term gas supply contract", "an agreement on visa-free travel", "a strategic partnership declaration",
         "an agreement to build a high-speed rail line", "a deal on the return of migrants",
         "a currency swap arrangement", "agreements on agriculture, health and education",
         "a memorandum of understanding on critical minerals", "an intelligence-sharing accord"]

VISIT_TITLES = [
    "{vis_s} arrives in {hcap} for talks on {topic}",
    "{vis_s}, {host_s} pledge closer ties",
    "{vadj} leader visits {hn}, eyes {topic}",
    "{hn} and {vn} sign {deal_short}",
    "{vis_s} in {hcap}: trade, security top agenda",
]

VISIT_LEAD = [
    "{vis} arrived in {hcap} {onday} for a {ndays} visit expected to focus on {topic}, officials said.",
    "{vis} and {host} agreed {onday} to deepen cooperation on {topic}, pledging to meet again before the end of the year.",
    "{vis} held talks with {host} in {hcap} {onday}, and the two sides signed {deal}, according to a joint statement.",
    "{host} welcomed {vis} to {hcap} {onday} with a military honour guard, at the start of a visit aimed at repairing strained ties.",
    "{vn_c} and {hn} signed {deal} {onday} during a visit to {hcap} by {vis}, in a move that analysts said would strengthen {vcap}'s influence in the region.",
]

VISIT_EVENTS = [
    "The two leaders also discussed {topic2}, {vis_s}'s office said in a statement.",
    "“Our relationship has never been stronger,” {vis_s} told a joint news conference with {host_s}.",
    "{host_s} said the two countries had “turned a page” after years of mistrust.",
    "The two sides signed {deal2}.",
    "{vis_s} invited {host_s} to visit {vcap} next year, and the invitation was accepted, officials said.",
    "{vis_s} also laid a wreath at a war memorial and met business leaders.",
    "{host_s} said {hn} would not take sides in disputes between major powers.",
    "The ministers agreed to set up a joint commission to oversee the implementation of the agreements.",
    "Human rights groups urged {vis_s} to raise the cases of jailed activists during the talks.",
    "Officials said the visit had been planned for months but was delayed by scheduling difficulties.",
    "{vn_c} pledged {bn} billion dollars in loans and investment over five years, according to {hn}'s finance ministry.",
    "Hundreds of people gathered near the presidential palace to protest against the visit, but police kept them away.",
    "{vcap} and {hcap} also agreed to resume direct flights suspended since {prevyear}.",
    "{vis_s} and {host_s} issued a joint call for a ceasefire in {hotspot}.",
    "{vis_s} later flew on to {third}, the next stop on a regional tour.",
    "The two sides failed to resolve differences over {topic2}, diplomats said.",
]

DIP_BG = [
    "Bilateral trade reached about {bn} billion dollars last year, according to official data.",
    "It is the first visit by a {vadj} leader to {hn} since {prevyear}.",
    "Relations between the two countries have fluctuated in recent years.",
    "The visit comes as both countries seek to diversify their economic partnerships.",
    "The talks lasted about three hours, longer than scheduled, a diplomat said.",
    "The two countries established diplomatic relations in the {decade}.",
    "Several ministers and a delegation of around {k}0 business executives accompanied the visitor.",
    "Security was tight in the capital, where several central streets were closed to traffic.",
    "Neither side released the full text of the agreements.",
    "Analysts said the visit was largely symbolic but signalled a shift in priorities.",
]

HOTSPOTS = [("Gaza", "2008-12-27"), ("Ukraine", "2014-04-15"), ("Sudan", "2023-04-15"), ("Syria", "2011-06-01"),
            ("Yemen", "2015-03-26"), ("eastern Congo", "2008-01-01"), ("Libya", "2011-03-01"), ("Darfur", "2003-06-01")]


def diplomat_pair(date):
    for _ in range(200):
        v = pick(VISITORS)
        h = pick([k for k in C if C[k]["lk"] and k != v])
        if not friendly(v, h, date):
            continue
        if h in ("North Korea", "Libya", "Myanmar", "Yemen", "Belarus", "Venezuela", "Iran", "Syria") and v not in ("Russia", "China", "Turkey", "Iraq", "Qatar"):
            continue
        if leader(C[v]["lk"], date) and leader(C[h]["lk"], date):
            return v, h
    return "France", "Germany"


def art_visit(i, sign=False):
    r = R.random()
    date = rdate("2003-01-01", "2026-03-31") if r < 0.7 else rdate("2025-10-01", "2026-03-31") if r < 0.85 else rdate("2003-01-01", "2004-12-31")
    ev = date - dt.timedelta(days=R.choice([0, 1]))
    v, h = diplomat_pair(date)
    ctx = base_ctx(date, ev)
    vf, vs = head_of(v, date)
    hf, hs = head_of(h, date)
    tps = [t for t, a, b in TOPICS if d(a) <= date <= d(b)]
    t1, t2 = R.sample(tps, 2)
    hot = [x for x, a in HOTSPOTS if date >= d(a)] or ["the region"]
    deals = R.sample(DEALS, 2)
    ctx.update(vis=vf, vis_s=vs, host=hf, host_s=hs, vn=cname(v), vn_c=cname(v, True), hn=cname(h, True),
               vcap=cap_of(v, date), hcap=cap_of(h, date), topic=t1, topic2=t2, deal=deals[0], deal2=deals[1],
               deal_short=deals[0].replace("a ", "", 1).replace("an ", "", 1).split(" on ")[0].split(" to ")[0],
               vadj=C[v]["adj"], ndays=pick(["two-day", "three-day", "one-day", "four-day", "state"]),
               hotspot=pick(hot), decade=pick(["1950s", "1960s", "1970s", "1990s"]),
               third=cap_of(pick([k for k in C if k not in (v, h) and C[k]["region"] == C[h]["region"]] or ["France"]), date))
    title = fill(pick(VISIT_TITLES), ctx)
    lead_pool = VISIT_LEAD[2:] if sign else VISIT_LEAD
    lead = [fill(pick(lead_pool), ctx)]
    sents = assemble(lead, VISIT_EVENTS, DIP_BG, h, date, ctx, R.randint(5, 14), complex_ev=False)
    return date, title, sents, h, ctx["hcap"]


# Negotiations with mediators: (topic label, place, start, end, sides, mediator, country for colour)
NEGOTIATIONS = [
    ("North Korea's nuclear programme", "Beijing", "2003-08-27", "2008-12-11", ["North Korea", "the United States", "South Korea", "Japan", "Russia"], "China", "China", "six-party talks"),
    ("Iran's nuclear programme", "Geneva", "2013-10-15", "2015-07-14", ["Iran", "the United States", "Russia", "China", "Britain", "France", "Germany"], "the European Union", "Iran", "nuclear talks"),
    ("Iran's nuclear programme", "Vienna", "2021-04-06", "2022-08-31", ["Iran", "Russia", "China", "Britain", "France", "Germany"], "the European Union", "Iran", "talks to revive the 2015 nuclear deal"),
    ("the war in Ukraine", "Istanbul", "2022-03-10", "2022-03-31", ["Russia", "Ukraine"], "Turkey", "Ukraine", "peace talks"),
    ("the war in Ukraine", "Istanbul", "2025-05-16", "2025-07-23", ["Russia", "Ukraine"], "Turkey", "Ukraine", "direct talks"),
    ("a Gaza ceasefire", "Cairo", "2014-07-20", "2014-08-26", ["Israel", "Hamas"], "Egypt", "Egypt", "indirect talks"),
    ("a Gaza ceasefire and hostage release", "Doha", "2023-11-15", "2025-10-09", ["Israel", "Hamas"], "Qatar and Egypt", "Qatar", "indirect talks"),
    ("ending the war in Sudan", "Jeddah", "2023-05-06", "2023-12-05", ["the Sudanese army", "the Rapid Support Forces"], "Saudi Arabia and the United States", "Sudan", "talks"),
    ("ending Colombia's half-century conflict", "Havana", "2012-11-19", "2016-08-24", ["the Colombian government", "the FARC"], "Cuba and Norway", "Colombia", "peace talks"),
    ("the withdrawal of U.S. troops from Afghanistan", "Doha", "2018-10-12", "2020-02-29", ["the United States", "the Taliban"], "Qatar", "Afghanistan", "talks"),
    ("ending the war in Syria", "Geneva", "2014-01-22", "2017-12-14", ["the Syrian government", "the opposition"], "the United Nations", "Syria", "peace talks"),
    ("ending the war in Yemen", "Stockholm", "2018-12-06", "2018-12-13", ["the Houthis", "the Yemeni government"], "the United Nations", "Yemen", "peace talks"),
    ("ending the Tigray war", "Pretoria", "2022-10-25", "2022-11-02", ["the Ethiopian government", "the TPLF"], "the African Union", "Ethiopia", "peace talks"),
    ("normalising relations", "Brussels", "2011-03-08", "2023-03-18", ["Serbia", "Kosovo"], "the European Union", "Serbia", "EU-mediated talks"),
    ("a peace treaty", "Washington", "2023-05-01", "2025-08-08", ["Armenia", "Azerbaijan"], "the United States", "Armenia", "talks"),
    ("the conflict in eastern Congo", "Doha", "2025-03-18", "2025-11-30", ["the Congolese government", "the M23 rebels"], "Qatar", "Democratic Republic of Congo", "talks"),
    ("the conflict in eastern Ukraine", "Minsk", "2014-09-05", "2015-02-12", ["Ukraine", "Russia", "the separatists"], "France and Germany", "Belarus", "talks"),
    ("a ceasefire with the Tamil Tigers", "Geneva", "2006-02-22", "2006-10-29", ["the Sri Lankan government", "the Tamil Tigers"], "Norway", "Sri Lanka", "talks"),
]

NEG_TITLES = [
    "{label_c} on {topic} resume in {place}",
    "Negotiators report progress in {place} {label}",
    "{place} talks end without breakthrough",
    "Hopes rise for deal as {label} enter final stretch",
    "Mediators press for deal on {topic}",
]

NEG_LEAD = [
    "Negotiators from {side1} and {side2} resumed {label} in {place} {onday} aimed at {topic}, with mediators from {med} pressing both sides to narrow their differences.",
    "{label_c} on {topic} ended in {place} {onday} without a breakthrough, although both delegations said they would return for another round.",
    "{side1_c} and {side2} agreed {onday} to extend {label} in {place} by several days after negotiators reported progress on {topic}, officials said.",
    "Delegations from {side1} and {side2} met face to face in {place} {onday} for the first time in months, in {label} mediated by {med}.",
]

NEG_EVENTS = [
    "A member of {side1}'s delegation said the two sides had agreed on {k} of the main points but remained divided on the rest.",
    "{side2_c} accused {side1} of stalling and of making “unrealistic demands.”",
    "{side1_c} rejected a draft proposal presented by the mediators, according to two people familiar with the talks.",
    "The mediators shuttled between the two delegations, who sat in separate rooms.",
    "{side2_c} said it was ready to sign an agreement “if the other side shows political will.”",
    "{unsg} welcomed the talks and urged both sides to negotiate in good faith.",
    "A spokesman for {side1} said a prisoner exchange had been agreed in principle.",
    "The two sides agreed to a temporary truce to allow aid deliveries, diplomats said.",
    "{side2_c} walked out of a session on {day} over what it called provocations, but returned the next morning.",
    "Both sides agreed to form working groups on security arrangements and humanitarian access.",
    "Diplomats said a deal could be signed within weeks if the momentum was maintained.",
    "Fighting continued on the ground even as negotiators met.",
    "Outside the venue, a small group of demonstrators held placards demanding an end to the conflict.",
    "{med_c} said it would host another round of talks next month.",
]

NEG_BG = [
    "Previous rounds of talks collapsed amid mutual recriminations.",
    "Negotiations were held behind closed doors at a hotel on the outskirts of the city.",
    "Neither delegation spoke to reporters after the session.",
    "The text under discussion runs to more than {k}0 pages, according to a diplomat.",
    "Mediators have been trying to broker a deal for much of the past year.",
    "Journalists waited outside the venue for hours in the rain.",
    "The sessions typically began in mid-morning and ran late into the evening.",
]


def art_negotiation(i):
    topic, place, a, b, sides, med, c, label = pick(NEGOTIATIONS)
    date = rdate(a, b)
    ctx = base_ctx(date, date - dt.timedelta(days=R.choice([0, 1])))
    s1, s2 = R.sample(sides, 2)
    ctx.update(topic=topic, place=place, side1=s1, side2=s2, side1_c=s1[0].upper() + s1[1:], side2_c=s2[0].upper() + s2[1:],
               med=med, med_c=med[0].upper() + med[1:], label=label, label_c=label[0].upper() + label[1:])
    title = fill(pick(NEG_TITLES), ctx)
    lead = [fill(pick(NEG_LEAD), ctx)]
    sents = assemble(lead, NEG_EVENTS, NEG_BG, c, date, ctx, R.randint(5, 14))
    pc = next((k for k in C if C[k]["cap"] == place), None)
    return date, title, sents, c, place


# Summits: (organisation, date, host city, host country)
SUMMITS = [
    ("Group of 20", "2008-11-15", "Washington", "United States"), ("Group of 20", "2009-04-02", "London", "Britain"),
    ("Group of 20", "2010-11-12", "Seoul", "South Korea"), ("Group of 20", "2011-11-04", "Cannes", "France"),
    ("Group of 20", "2013-09-06", "St. Petersburg", "Russia"), ("Group of 20", "2014-11-16", "Brisbane", "Australia"),
    ("Group of 20", "2015-11-16", "Antalya", "Turkey"), ("Group of 20", "2016-09-05", "Hangzhou", "China"),
    ("Group of 20", "2017-07-08", "Hamburg", "Germany"), ("Group of 20", "2018-12-01", "Buenos Aires", "Argentina"),
    ("Group of 20", "2019-06-29", "Osaka", "Japan"), ("Group of 20", "2022-11-16", "Bali", "Indonesia"),
    ("Group of 20", "2023-09-10", "New Delhi", "India"), ("Group of 20", "2024-11-19", "Rio de Janeiro", "Brazil"),
    ("Group of 20", "2025-11-23", "Johannesburg", "South Africa"),
    ("NATO", "2004-06-29", "Istanbul", "Turkey"), ("NATO", "2008-04-04", "Bucharest", "Romania"),
    ("NATO", "2010-11-20", "Lisbon", "Portugal"), ("NATO", "2014-09-05", "Newport", "Britain"),
    ("NATO", "2016-07-09", "Warsaw", "Poland"), ("NATO", "2022-06-30", "Madrid", "Spain"),
    ("NATO", "2023-07-12", "Vilnius", "Lithuania"), ("NATO", "2024-07-11", "Washington", "United States"),
    ("NATO", "2025-06-25", "The Hague", "Netherlands"),
    ("African Union", "2007-01-30", "Addis Ababa", "Ethiopia"), ("African Union", "2012-01-30", "Addis Ababa", "Ethiopia"),
    ("African Union", "2019-02-11", "Addis Ababa", "Ethiopia"), ("African Union", "2024-02-18", "Addis Ababa", "Ethiopia"),
    ("ASEAN", "2009-10-25", "Hua Hin", "Thailand"), ("ASEAN", "2017-11-13", "Manila", "Philippines"),
    ("ASEAN", "2023-09-06", "Jakarta", "Indonesia"), ("ASEAN", "2025-10-27", "Kuala Lumpur", "Malaysia"),
    ("BRICS", "2014-07-15", "Fortaleza", "Brazil"), ("BRICS", "2023-08-24", "Johannesburg", "South Africa"),
    ("BRICS", "2024-10-23", "Kazan", "Russia"), ("Shanghai Cooperation Organisation", "2025-09-01", "Tianjin", "China"),
    ("European Union", "2005-06-17", "Brussels", "Belgium"), ("European Union", "2010-05-08", "Brussels", "Belgium"),
    ("European Union", "2015-06-26", "Brussels", "Belgium"), ("European Union", "2020-07-21", "Brussels", "Belgium"),
    ("European Union", "2022-03-11", "Versailles", "France"), ("European Union", "2023-12-15", "Brussels", "Belgium"),
    ("Arab League", "2012-03-29", "Baghdad", "Iraq"), ("Arab League", "2023-05-19", "Jeddah", "Saudi Arabia"),
    ("Organization of American States", "2009-06-03", "San Pedro Sula", "Honduras"),
    ("Pacific Islands Forum", "2019-08-15", "Funafuti", "Tuvalu"), ("Pacific Islands Forum", "2023-11-09", "Rarotonga", "Cook Islands"),
    ("Commonwealth", "2007-11-23", "Kampala", "Uganda"), ("Commonwealth", "2018-04-19", "London", "Britain"),
]

SUMMIT_MEMBERS = {
    "Group of 20": ["United States", "China", "Russia", "France", "Germany", "Britain", "India", "Japan", "Brazil", "South Africa",
                    "Turkey", "Indonesia", "Saudi Arabia", "Argentina", "Mexico", "Australia", "Canada", "South Korea"],
    "NATO": ["United States", "France", "Germany", "Britain", "Turkey", "Canada", "Hungary"],
    "African Union": ["Nigeria", "Kenya", "Egypt", "South Africa", "Ethiopia", "Sudan", "Democratic Republic of Congo", "Zimbabwe"],
    "ASEAN": ["Indonesia", "Philippines", "United States", "China", "Japan", "India", "Australia", "South Korea"],
    "BRICS": ["Brazil", "Russia", "India", "China", "South Africa", "Egypt", "Ethiopia", "Iran"],
    "Shanghai Cooperation Organisation": ["China", "Russia", "India", "Pakistan", "Iran", "Belarus", "Turkey"],
    "European Union": ["France", "Germany", "Hungary"],
    "Arab League": ["Egypt", "Saudi Arabia", "Iraq", "Qatar", "Syria", "Yemen"],
    "Organization of American States": ["United States", "Mexico", "Brazil", "Canada", "Colombia", "Venezuela", "Argentina"],
    "Pacific Islands Forum": ["Australia", "Papua New Guinea", "Fiji", "Solomon Islands"],
    "Commonwealth": ["Britain", "India", "Nigeria", "Kenya", "South Africa", "Australia", "Canada", "Pakistan"],
}

SUM_TITLES = ["{org} leaders gather in {city}", "{org} summit ends with pledge on {topic}",
              "Divisions over {topic} overshadow {org} summit", "{org} summit: leaders clash over {topic2}"]

SUM_LEAD = [
    "Leaders of {org_the} gathered in {city} {onday} for a summit expected to be dominated by {topic}, with host {host} urging unity.",
    "{org} leaders ended a {ndays} summit in {city} {onday} with a joint declaration on {topic}, papering over deep divisions on {topic2}.",
    "A summit of {org_the} opened in {city} {onday} amid disagreement over {topic}, diplomats said.",
]

SUM_EVENTS = [
    "{p1} and {p2} met on the sidelines of the summit for about an hour, officials said.",
    "{p1} called on fellow leaders to “stand together” on {topic}.",
    "The final communique called for restraint and a negotiated solution to the conflict in {hotspot}.",
    "{p2} skipped the summit and sent a deputy instead, a decision seen as a snub by the hosts.",
    "Leaders agreed to increase funding for {fund} and to meet again next year.",
    "{p2} criticised what were described as “double standards” in the way Western governments treat conflicts.",
    "Diplomats haggled into the early hours over the wording of the final statement.",
    "Several thousand protesters marched near the summit venue, and police detained {k} people.",
    "The bloc agreed to admit a new member, expanding its reach.",
    "{p1} held a separate meeting with {p2} to discuss {topic2}.",
    "The summit declaration condemned attacks on civilians but did not name any country.",
]

SUM_BG = [
    "Security was tight, with some {big} police officers deployed around the venue.",
    "The summit venue is a conference centre on the edge of {city}.",
    "Delegations began arriving on {day} evening, and traffic in the city centre was heavily restricted.",
    "The bloc's members account for a large share of global output.",
    "The host country spent heavily on preparations, including new roads and hotels.",
    "Leaders posed for the traditional family photo before the opening session.",
]


def art_summit(i):
    org, ds, city, hc = pick(SUMMITS)
    date = d(ds) + dt.timedelta(days=R.choice([0, 1]))
    ctx = base_ctx(date, d(ds))
    tps = [t for t, a, b in TOPICS if d(a) <= date <= d(b)]
    t1, t2 = R.sample(tps, 2)
    members = SUMMIT_MEMBERS.get(org, SUMMIT_MEMBERS["Group of 20"])
    big = [k for k in members if leader(C[k]["lk"], date)]
    if len(big) < 2:
        big = ["France", "Germany"]
    ctx["org_the"] = org if org in ("NATO", "ASEAN", "BRICS") else "the " + org
    p1, p2 = R.sample(big, 2)
    hot = [x for x, a in HOTSPOTS if date >= d(a)] or ["the region"]
    hcn = hc if hc in C else None
    host = head_of(hcn, date)[0] if hcn else "the host government"
    ctx.update(org=org, city=city, topic=t1, topic2=t2, p1=head_of(p1, date)[0], p2=head_of(p2, date)[0],
               hotspot=pick(hot), host=host, ndays=pick(["two-day", "one-day"]),
               fund=pick(["climate adaptation", "vaccine production", "food security", "infrastructure", "peacekeeping missions"]))
    title = fill(pick(SUM_TITLES), ctx)
    lead = [fill(pick(SUM_LEAD), ctx)]
    cc = hcn or pick(big)
    sents = assemble(lead, SUM_EVENTS, SUM_BG, cc, date, ctx, R.randint(5, 13), complex_ev=False)
    return date, title, sents, cc, city


# --------------------------------------------------------------------------
# 5. Sanctions and expulsions
# --------------------------------------------------------------------------
SANC_TARGETS = [
    ("Iran", "2006-12-23", "2026-03-31", "its nuclear programme", ["the Revolutionary Guards", "oil exporters", "shipping companies", "banks"]),
    ("North Korea", "2006-10-14", "2026-03-31", "its nuclear and ballistic missile tests", ["trading companies", "senior officials", "shipping firms"]),
    ("Russia", "2014-03-17", "2026-03-31", "its actions in Ukraine", ["banks", "energy companies", "oligarchs", "defence firms", "senior officials"]),
    ("Syria", "2011-04-29", "2024-12-08", "the violent crackdown on protesters", ["senior security officials", "state-owned banks", "members of the ruling family"]),
    ("Belarus", "2020-10-02", "2026-03-31", "the crackdown following the disputed election", ["senior officials", "state-owned potash producers", "judges"]),
    ("Belarus", "2006-04-10", "2008-10-13", "rigging of the presidential election", ["senior officials"]),
    ("Myanmar", "2003-07-28", "2012-04-23", "the detention of Aung San Suu Kyi", ["junta members", "gem and timber exporters"]),
    ("Myanmar", "2021-02-11", "2026-03-31", "the military coup", ["generals", "military-owned conglomerates", "jet fuel suppliers"]),
    ("Venezuela", "2015-03-09", "2025-12-31", "human rights abuses and the erosion of democracy", ["senior officials", "the state oil company", "judges"]),
    ("Zimbabwe", "2003-03-07", "2012-12-31", "political violence and abuses", ["President Robert Mugabe's allies", "state-owned companies"]),
    ("Sudan", "2004-07-30", "2017-10-06", "atrocities in Darfur", ["government officials", "militia leaders", "state-owned companies"]),
    ("Sudan", "2023-06-01", "2026-03-31", "the war between the army and the RSF", ["RSF commanders", "companies linked to the warring parties"]),
]
IMPOSERS = [("the United States", "the Treasury Department", "United States"), ("the European Union", "EU foreign ministers", None),
            ("Britain", "the Foreign Office", "Britain"), ("Canada", "the foreign ministry", "Canada"), ("Japan", "the government", "Japan"),
            ("Australia", "the foreign ministry", "Australia"), ("the U.N. Security Council", "the 15-member council", None)]

SANC_TITLES = ["{imp_c} imposes new sanctions on {tn}", "{tn} vows response to {imp_s} sanctions",
               "New sanctions target {tn}'s {what}", "{imp_c} tightens sanctions on {tn} over {reason}"]
SANC_LEAD = [
    "{imp_c} imposed new sanctions on {tn} {onday}, targeting {what} over {reason}, {body} said.",
    "{body_c} announced {onday} a fresh round of sanctions against {tn}'s {what}, citing {reason}.",
    "{tn_c} vowed {onday} to retaliate after {imp} slapped sanctions on {n} individuals and entities over {reason}.",
]
SANC_EVENTS = [
    "The measures freeze any assets the targets hold in {imp_s} jurisdictions and bar citizens and companies from doing business with them.",
    "{tcap} condemned the sanctions as illegal and said they would only harm ordinary people.",
    "{tn_c}'s foreign ministry summoned the {imp_adj} ambassador to protest against the measures.",
    "A foreign ministry spokesman in {tcap} said the country would respond “in a proportionate manner.”",
    "{tn_c} announced counter-sanctions, banning entry to {k} {imp_adj} officials and lawmakers.",
    "The sanctions also impose a travel ban on {k} senior officials.",
    "Officials said further measures were being prepared if {tn} did not change course.",
    "{tn_c} has repeatedly denied wrongdoing and says the accusations are politically motivated.",
    "The decision was coordinated with allies, officials said.",
    "Rights groups welcomed the move but said sanctions alone would not end the abuses.",
    "{tn_c} said it would challenge the measures in court.",
]
SANC_BG = [
    "The latest measures bring to more than {big} the number of individuals and entities under sanctions.",
    "Previous rounds of sanctions have done little to change the government's behaviour, analysts say.",
    "Economists estimate the sanctions have cut the country's export revenue by about a third.",
    "The {cur} fell {pct} percent after the announcement.",
    "The sanctions list runs to dozens of pages.",
    "Exemptions were made for food and medicine shipments.",
]


def art_sanctions(i):
    t, a, b, reason, whats = pick(SANC_TARGETS)
    date = rdate(a, b)
    imp, body, impc = pick(IMPOSERS)
    if "Security Council" in imp and t in ("Russia", "Syria", "Myanmar", "Venezuela", "Belarus", "Zimbabwe"):
        imp, body, impc = IMPOSERS[0]
    ctx = base_ctx(date, date - dt.timedelta(days=R.choice([0, 1])))
    ctx.update(imp=imp, imp_c=imp[0].upper() + imp[1:], body=body, body_c=body[0].upper() + body[1:], reason=reason,
               what=pick(whats), tn=cname(t), tn_c=cname(t, True), tcap=cap_of(t, date),
               imp_s={"the United States": "U.S.", "the European Union": "EU", "the U.N. Security Council": "U.N."}.get(imp, C.get(impc, {}).get("adj", "")),
               imp_adj={"the United States": "U.S.", "the European Union": "EU", "the U.N. Security Council": "Western"}.get(imp, C.get(impc, {}).get("adj", "")))
    title = fill(pick(SANC_TITLES), ctx)
    lead = [fill(pick(SANC_LEAD), ctx)]
    sents = assemble(lead, SANC_EVENTS, SANC_BG, t, date, ctx, R.randint(5, 12))
    return date, title, sents, t, ctx["tcap"]


EXPULSIONS = [
    ("Britain", "Russia", "2007-07-16", "2007-07-20", "Moscow's refusal to extradite a suspect in the poisoning of a former spy"),
    ("Britain", "Russia", "2018-03-14", "2018-03-20", "the nerve agent attack on a former Russian spy in Salisbury"),
    ("United States", "Russia", "2016-12-29", "2017-01-05", "alleged interference in the presidential election"),
    ("United States", "Russia", "2021-04-15", "2021-04-30", "alleged cyber attacks and election meddling"),
    ("Germany", "Russia", "2022-04-04", "2022-04-15", "alleged atrocities by Russian troops in Ukraine"),
    ("Poland", "Russia", "2022-03-23", "2022-03-30", "alleged espionage"),
    ("Czech Republic", "Russia", "2021-04-17", "2021-04-25", "alleged involvement in a 2014 explosion at an arms depot"),
    ("Canada", "India", "2023-09-18", "2023-10-20", "the killing of a Sikh separatist leader near Vancouver"),
    ("Turkey", "Israel", "2011-09-02", "2011-09-10", "Israel's refusal to apologise for a deadly raid on a Gaza-bound aid flotilla"),
    ("Saudi Arabia", "Iran", "2016-01-03", "2016-01-06", "attacks on its embassy in Tehran"),
    ("Venezuela", "United States", "2013-03-05", "2013-03-12", "alleged plotting with the opposition"),
    ("Ecuador", "Mexico", "2024-04-05", "2024-04-12", "a police raid on the Mexican embassy in Quito"),
    ("Niger", "France", "2023-08-25", "2023-09-25", "France's refusal to recognise the military government"),
    ("Russia", "Moldova", "2023-07-26", "2023-08-05", "alleged hostile activities"),
    ("Australia", "Iran", "2025-08-26", "2025-09-05", "alleged involvement in antisemitic attacks"),
    ("Algeria", "France", "2025-04-14", "2025-05-20", "the arrest of an Algerian consular official in France"),
    ("China", "Lithuania", "2021-08-10", "2021-11-30", "Lithuania allowing Taiwan to open a representative office"),
    ("Ethiopia", "Ireland", "2021-12-01", "2021-12-10", "Ireland's stance on the Tigray conflict"),
]
EXP_TITLES = ["{an} expels {n_dip} {badj} diplomats over {rshort}", "{bn} vows retaliation after {an} expulsions",
              "Diplomatic row deepens as {an} orders {badj} envoys out", "{an} recalls ambassador, expels {badj} diplomats"]
EXP_LEAD = [
    "{an_c} ordered {n_dip} {badj} diplomats to leave the country within {hours} {onday}, citing {reason}, in a sharp escalation of tensions with {bcap}.",
    "{an_c} said {onday} it was expelling {n_dip} diplomats from {bn}'s embassy in {acap} over {reason}, and {bcap} promised a swift response.",
    "{bn_c} summoned {an}'s ambassador {onday} after {acap} expelled {n_dip} of its diplomats over {reason}.",
]
EXP_EVENTS = [
    "The foreign ministry in {acap} said the diplomats had engaged in “activities incompatible with their diplomatic status.”",
    "{bcap} denied the accusations and said it would respond in kind.",
    "{bn_c} retaliated by expelling the same number of {aadj} diplomats, its foreign ministry said in a statement.",
    "{an_c} also recalled its ambassador from {bcap} for consultations.",
    "Allies expressed solidarity with {an}, and several said they were reviewing their own diplomatic ties with {bn}.",
    "The expelled diplomats and their families left on a chartered flight on {day}.",
    "{bn_c}'s ambassador was handed a formal note of protest at the foreign ministry.",
    "{an_c} suspended a series of planned high-level visits.",
    "The foreign minister said the door remained open to dialogue “on the basis of mutual respect.”",
]
EXP_BG = [
    "Relations between the two countries have been strained for years.",
    "The embassy employs around {k}0 people, including local staff.",
    "It is the largest expulsion of diplomats between the two countries in decades.",
    "Trade between the two countries has continued despite the political tensions.",
    "The embassy building was closed to the public on {day}.",
]


def art_expulsion(i):
    a, b, s, e, reason = pick(EXPULSIONS)
    for x in (a, b):
        if x not in C:
            country(x, {"Czech Republic": "Czech", "Ecuador": "Ecuadorean", "Moldova": "Moldovan", "Lithuania": "Lithuanian", "Ireland": "Irish"}[x],
                    {"Czech Republic": "Prague", "Ecuador": "Quito", "Moldova": "Chisinau", "Lithuania": "Vilnius", "Ireland": "Dublin"}[x],
                    [{"Czech Republic": "Brno", "Ecuador": "Guayaquil", "Moldova": "Balti", "Lithuania": "Kaunas", "Ireland": "Cork"}[x]],
                    None, "eu" if x != "Ecuador" else "la", "", "euro" if x in ("Lithuania", "Ireland") else "")
    date = rdate(s, e)
    ctx = base_ctx(date, date - dt.timedelta(days=R.choice([0, 1])))
    ctx.update(an=cname(a), an_c=cname(a, True), bn=cname(b), bn_c=cname(b, True), acap=cap_of(a, date), bcap=cap_of(b, date),
               badj=C[b]["adj"], aadj=C[a]["adj"], reason=reason, n_dip=num(R.choice([1, 2, 3, 4, 5, 10, 12, 15, 20, 23, 35])),
               rshort=pick(["spying claims", "row", "security concerns", "diplomatic dispute"]))
    title = fill(pick(EXP_TITLES), ctx)
    lead = [fill(pick(EXP_LEAD), ctx)]
    sents = assemble(lead, EXP_EVENTS, EXP_BG, a, date, ctx, R.randint(5, 11))
    return date, title, sents, a, ctx["acap"]


# --------------------------------------------------------------------------
# 6. Aid and refugees
# --------------------------------------------------------------------------
DISASTERS = [
    ("Indonesia", "2004-12-28", "2005-02-15", "the tsunami", "Banda Aceh"), ("Sri Lanka", "2004-12-28", "2005-02-15", "the tsunami", "Trincomalee"),
    ("Pakistan", "2005-10-09", "2005-12-15", "the earthquake in Kashmir", "Muzaffarabad"), ("Myanmar", "2008-05-04", "2008-06-15", "Cyclone Nargis", "the Irrawaddy delta"),
    ("Haiti", "2010-01-13", "2010-03-15", "the earthquake", "Port-au-Prince"), ("Pakistan", "2010-08-01", "2010-09-30", "the floods", "Sindh province"),
    ("Somalia", "2011-07-20", "2011-10-31", "the famine", "southern Somalia"), ("Philippines", "2013-11-09", "2013-12-20", "Typhoon Haiyan", "Tacloban"),
    ("Nepal", "2015-04-26", "2015-06-01", "the earthquake", "the Kathmandu valley"), ("Mozambique", "2019-03-16", "2019-04-20", "Cyclone Idai", "Beira"),
    ("Pakistan", "2022-08-26", "2022-10-15", "the floods", "Sindh province"), ("Turkey", "2023-02-07", "2023-03-10", "the earthquake", "Hatay province"),
    ("Syria", "2023-02-07", "2023-03-10", "the earthquake", "Aleppo province"), ("Libya", "2023-09-12", "2023-10-10", "the floods", "Derna"),
    ("Afghanistan", "2023-10-08", "2023-11-15", "the earthquakes", "Herat province"), ("Myanmar", "2025-03-29", "2025-04-30", "the earthquake", "Mandalay"),
    ("Yemen", "2017-05-15", "2017-09-30", "the cholera outbreak", "Hodeidah"), ("Sudan", "2024-06-01", "2025-12-31", "famine conditions", "North Darfur"),
    ("Israel", "2024-01-01", "2025-10-31", "the humanitarian crisis in Gaza", "the Gaza Strip"), ("Ethiopia", "2016-01-15", "2016-06-30", "the drought", "the Afar region"),
    ("Bangladesh", "2007-11-17", "2007-12-20", "Cyclone Sidr", "the southern coast"), ("Haiti", "2021-08-15", "2021-09-20", "the earthquake", "the southwest"),
]
DONORS = ["the United States", "the European Union", "Britain", "Japan", "China", "Saudi Arabia", "Germany", "the World Bank",
          "the United Arab Emirates", "Australia", "Canada", "Turkey", "Qatar", "India"]
AGENCIES = ["the World Food Programme", "UNICEF", "the U.N. refugee agency UNHCR", "the International Committee of the Red Cross",
            "Doctors Without Borders (MSF)", "the World Health Organization", "the U.N. humanitarian office OCHA", "the International Organization for Migration"]

AID_TITLES = ["{donor_c} pledges ${amount} million in aid after {dis}", "Aid trickles into {place} as needs mount",
              "U.N. appeals for funds for {cn}", "Donors pledge help for {cn} after {dis}"]
AID_LEAD = [
    "{donor_c} pledged ${amount} million in emergency aid to {cn} {onday} to help survivors of {dis}, as relief agencies struggled to reach {place}.",
    "The United Nations appealed {onday} for {bn}00 million dollars to help millions of people affected by {dis} in {cn}.",
    "Aid convoys began reaching {place} {onday}, days after {dis} left hundreds of thousands of people in need of food, water and shelter, {agency} said.",
    "{agency_c} warned {onday} that it would run out of food supplies in {place} within weeks unless donors stepped up funding.",
]
AID_EVENTS = [
    "{donor2_c} said it would send a military transport plane loaded with tents, blankets and medical supplies.",
    "{agency_c} said it had delivered food to some {big} people so far.",
    "Local officials complained that aid was being distributed too slowly and unevenly.",
    "Authorities in {capn} accepted offers of help from {k} countries, the foreign ministry said.",
    "Trucks carrying aid were held up for days at checkpoints, aid workers said.",
    "{unsg} said he was “heartbroken” and urged donors to act quickly.",
    "Rescue teams from {donor2} joined the search for survivors.",
    "The government declared a state of emergency in the worst-hit districts.",
    "Aid groups accused authorities of restricting access to some areas.",
    "{donor2_c} announced an additional ${amount2} million in assistance on {day}.",
    "Helicopters dropped food parcels to villages cut off by landslides.",
    "The World Bank said it would redirect existing loans to fund reconstruction.",
]
AID_BG = [
    "An estimated {mil} million people need humanitarian assistance, according to U.N. figures.",
    "Many roads and bridges in the area were destroyed, and some villages can only be reached by helicopter.",
    "Aid agencies say the appeal is less than a third funded.",
    "Children under five are most at risk of malnutrition, doctors say.",
    "Rain and cold have added to the misery of families sleeping in the open.",
    "Prices of basic goods have soared in local markets.",
    "Clean water is scarce, raising fears of outbreaks of cholera and other diseases.",
]


def art_aid(i):
    c, a, b, dis, place = pick(DISASTERS)
    date = rdate(a, b)
    ctx = base_ctx(date, date)
    d1, d2 = R.sample(DONORS, 2)
    ag = pick(AGENCIES)
    if c == "Israel":
        cnm = "the Palestinian territories"
    else:
        cnm = cname(c)
    ctx.update(donor=d1, donor_c=d1[0].upper() + d1[1:], donor2=d2, donor2_c=d2[0].upper() + d2[1:], dis=dis, place=place,
               cn=cnm, agency=ag, agency_c=ag[0].upper() + ag[1:], amount=R.choice([5, 10, 20, 25, 50, 100, 150, 300]),
               amount2=R.choice([3, 8, 12, 40, 75]))
    ctx["capn"] = cap_of(c, date) if c != "Israel" else "Jerusalem"
    title = fill(pick(AID_TITLES), ctx)
    lead = [fill(pick(AID_LEAD), ctx)]
    cc = c if c != "Israel" else "Egypt"
    sents = assemble(lead, AID_EVENTS, AID_BG, cc, date, ctx, R.randint(5, 13), complex_ev=False)
    return date, title, sents, cc, place


REFUGEES = [
    ("Syria", "Turkey", "2012-06-01", "2016-03-31", "the fighting in northern Syria", "the border crossing at Kilis"),
    ("Syria", "Lebanon", "2012-06-01", "2015-12-31", "the war", "the Bekaa Valley"),
    ("Syria", "Jordan", "2012-06-01", "2015-12-31", "the war", "the Zaatari camp"),
    ("Ukraine", "Poland", "2022-02-25", "2022-06-30", "the Russian invasion", "the border crossing at Medyka"),
    ("Ukraine", "Moldova", "2022-02-25", "2022-05-31", "the Russian invasion", "the Palanca crossing"),
    ("Myanmar", "Bangladesh", "2017-08-26", "2018-03-31", "a military crackdown in Rakhine state", "camps near Cox's Bazar"),
    ("South Sudan", "Uganda", "2016-07-15", "2018-06-30", "the civil war", "the Bidi Bidi settlement"),
    ("Sudan", "Chad", "2023-05-01", "2025-12-31", "the war between the army and the RSF", "the border town of Adre"),
    ("Sudan", "Chad", "2004-02-01", "2007-12-31", "militia attacks in Darfur", "camps in eastern Chad"),
    ("Venezuela", "Colombia", "2017-06-01", "2020-03-15", "economic collapse", "the Simon Bolivar bridge near Cucuta"),
    ("Afghanistan", "Pakistan", "2021-08-16", "2022-03-31", "the Taliban takeover", "the Torkham crossing"),
    ("Somalia", "Kenya", "2011-06-01", "2011-12-31", "drought and conflict", "the Dadaab camps"),
    ("Democratic Republic of Congo", "Uganda", "2022-04-01", "2025-06-30", "fighting in North Kivu", "the Nyakabande transit centre"),
    ("Ethiopia", "Sudan", "2020-11-10", "2021-03-31", "the conflict in Tigray", "the Um Rakuba camp"),
    ("Libya", "Tunisia", "2011-02-25", "2011-06-30", "the uprising against Gaddafi", "the Ras Jdir crossing"),
    ("Libya", "Italy", "2014-05-01", "2023-09-30", "conflict and poverty", "the island of Lampedusa"),
    ("Armenia", "Armenia", "2023-09-25", "2023-10-05", "Azerbaijan's offensive in Nagorno-Karabakh", "the town of Goris"),
    ("Lebanon", "Syria", "2024-09-25", "2024-11-26", "Israeli air strikes", "the Masnaa crossing"),
]
REF_TITLES = ["Thousands flee {orig} into {dest}", "Refugee numbers swell at {spot}",
              "U.N. warns of strain as refugees pour into {dest}", "{dest} struggles to cope with influx from {orig}"]
REF_LEAD = [
    "More than {big} people have crossed from {orig} into {dest} in the past week, fleeing {cause}, the U.N. refugee agency said {onday}.",
    "Thousands of exhausted families, many of them women and children, streamed into {dest} {onday} through {spot}, fleeing {cause}.",
    "{dest_c} said {onday} it was struggling to cope with the arrival of tens of thousands of people fleeing {cause} in {orig}.",
]
REF_EVENTS = [
    "Border guards opened additional crossing points to ease congestion, officials said.",
    "Authorities in {dest} appealed for international help to shelter the new arrivals.",
    "Some refugees said they had walked for {k} days, carrying children and a few belongings.",
    "The U.N. refugee agency urged neighbouring countries to keep their borders open.",
    "Police in {dest} turned back several hundred people who lacked documents, aid workers said.",
    "“We left everything behind. We only took the children,” said one woman, who declined to give her name.",
    "Aid groups set up tents, field kitchens and medical posts near the border.",
    "The government in {dest} said it would register all arrivals and move them to camps away from the border.",
    "{dest_c}'s interior minister said the country had reached the limit of its capacity.",
    "Volunteers handed out water, bread and blankets to people waiting in line.",
    "The European Union announced {k} million euros in humanitarian funding for host communities.",
]
REF_BG = [
    "The queue at the crossing stretched for several kilometres.",
    "Night-time temperatures have fallen close to freezing, and many arrivals lacked warm clothing.",
    "Camps in the area were already operating well beyond capacity before the latest influx.",
    "Most of the new arrivals are women, children and elderly people.",
    "The total number of refugees in the country now exceeds {mil} million, according to UNHCR figures.",
    "Local residents have opened their homes to some families.",
]


def art_refugees(i):
    o, de, a, b, cause, spot = pick(REFUGEES)
    date = rdate(a, b)
    ctx = base_ctx(date, date)
    ctx.update(orig=cname(o), dest=cname(de) if de in C else de, dest_c=(cname(de, True) if de in C else de), cause=cause, spot=spot)
    if o == de:
        ctx["orig"] = "Nagorno-Karabakh"
    title = fill(pick(REF_TITLES), ctx)
    lead = [fill(pick(REF_LEAD), ctx)]
    cc = de if de in C else o
    sents = assemble(lead, REF_EVENTS, REF_BG, cc, date, ctx, R.randint(5, 12), complex_ev=False)
    return date, title, sents, cc, None


# --------------------------------------------------------------------------
# 7. Terrorism
# --------------------------------------------------------------------------
TERROR = [
    ("Iraq", "2004-01-01", "2019-12-31", ["Baghdad", "Kirkuk", "Hilla", "Karbala", "Baquba"], ["al Qaeda in Iraq", "Islamic State"]),
    ("Afghanistan", "2008-01-01", "2026-03-31", ["Kabul", "Jalalabad", "Kandahar", "Kunduz"], ["the Taliban", "Islamic State Khorasan"]),
    ("Pakistan", "2007-07-01", "2026-03-31", ["Peshawar", "Quetta", "Lahore", "Karachi", "Islamabad"], ["the Pakistani Taliban", "Baloch separatists", "Islamic State"]),
    ("Nigeria", "2011-06-01", "2026-03-31", ["Maiduguri", "Kano", "Abuja", "Damaturu"], ["Boko Haram"]),
    ("Somalia", "2008-01-01", "2026-03-31", ["Mogadishu", "Baidoa", "Beledweyne"], ["al-Shabaab"]),
    ("India", "2005-10-29", "2011-09-07", ["Mumbai", "New Delhi", "Jaipur", "Hyderabad"], ["Lashkar-e-Taiba", "the Indian Mujahideen"]),
    ("Russia", "2004-02-06", "2017-04-03", ["Moscow", "Volgograd", "St. Petersburg", "Nalchik"], ["Chechen separatists", "Islamist militants from the North Caucasus"]),
    ("Turkey", "2015-07-20", "2017-01-01", ["Istanbul", "Ankara", "Gaziantep", "Suruc"], ["Islamic State", "Kurdish militants"]),
    ("Egypt", "2005-07-23", "2018-12-31", ["Sharm el-Sheikh", "Cairo", "al-Arish", "Alexandria"], ["Islamic State's Sinai branch", "Islamist militants"]),
    ("Indonesia", "2003-08-05", "2018-05-14", ["Jakarta", "Bali", "Surabaya"], ["Jemaah Islamiyah", "Islamic State sympathisers"]),
    ("Kenya", "2013-09-21", "2019-01-16", ["Nairobi", "Garissa", "Mandera", "Lamu"], ["al-Shabaab"]),
    ("Burkina Faso", "2016-01-15", "2026-03-31", ["Ouagadougou", "Djibo", "Barsalogho", "Kaya"], ["an al Qaeda-linked group", "Islamic State in the Sahel"]),
    ("France", "2015-01-07", "2020-10-29", ["Paris", "Nice", "Marseille"], ["Islamic State"]),
    ("Britain", "2005-07-07", "2017-06-03", ["London", "Manchester", "Glasgow"], ["Islamist militants", "Islamic State"]),
    ("Spain", "2004-03-11", "2017-08-17", ["Madrid", "Barcelona"], ["al Qaeda-inspired militants", "Basque separatists ETA"]),
    ("Yemen", "2009-01-01", "2016-12-31", ["Aden", "Sanaa", "Mukalla"], ["al Qaeda in the Arabian Peninsula", "Islamic State"]),
    ("Syria", "2012-01-01", "2025-06-30", ["Damascus", "Homs", "Manbij", "Qamishli"], ["Islamic State", "jihadist militants"]),
    ("Philippines", "2003-01-01", "2023-12-31", ["Davao", "Jolo", "Zamboanga", "Marawi"], ["Abu Sayyaf", "Islamic State-linked militants"]),
    ("Sri Lanka", "2019-04-21", "2019-05-10", ["Colombo", "Negombo", "Batticaloa"], ["a local Islamist group"]),
    ("Mali", "2015-11-20", "2026-03-31", ["Bamako", "Gao", "Timbuktu"], ["an al Qaeda affiliate", "Islamic State in the Sahel"]),
]
TER_TARGETS = ["a crowded market", "a mosque during Friday prayers", "a police station", "a bus station", "a hotel popular with foreigners",
               "a wedding party", "a checkpoint", "a funeral", "a university", "a shopping centre", "a church", "a government office",
               "a restaurant", "a military convoy", "a train station", "a concert hall"]
TER_TITLES = ["{n_c} killed in {how} in {city}", "Blast rips through {target_s} in {city}",
              "{group_c} claims {city} attack", "{city} attack: death toll rises to {n}", "Gunmen storm {target_s} in {city}"]
TER_LEAD = [
    "A suicide bomber blew himself up at {target} in {city} {lateday}, killing at least {n} people and wounding {m}, {src} said.",
    "At least {n} people were killed when a car bomb exploded near {target} in {city} {onday}, {src} said.",
    "Gunmen stormed {target} in {city} {lateday}, opening fire on people inside and killing at least {n}, {src} said.",
    "A bomb hidden in a motorcycle exploded outside {target} in {city} {onday}, killing {n} people, according to {src}.",
    "Twin explosions tore through {target} in {city} {onday}, killing {n} people in one of the deadliest attacks in months, {src} said.",
]
TER_EVENTS = [
    "{group_c} claimed responsibility for the attack in a statement posted on social media.",
    "No group immediately claimed responsibility, but suspicion fell on {group}.",
    "Police said they had arrested {k} suspects in raids across the city.",
    "Security forces cordoned off the area and searched for a possible second bomber.",
    "{head_c} condemned the “cowardly attack” and ordered an investigation.",
    "The blast shattered windows and set several cars ablaze, witnesses said.",
    "Security forces killed {k} attackers after a siege that lasted several hours.",
    "{unsg} condemned the attack and called for those responsible to be brought to justice.",
    "Authorities declared {k} days of national mourning.",
    "Officials said the death toll could rise because several of the wounded were in critical condition.",
    "The attackers were dressed in police uniforms, a security official said.",
    "Police defused a second device found in a bag nearby.",
    "Leaders from around the world sent messages of condolence.",
    "The government raised the security alert level and deployed troops to protect public buildings.",
    "Hours later, police shot dead a suspect who opened fire at a checkpoint on the edge of the city.",
]
TER_BG = [
    "Hospitals in {city} appealed for blood donations.",
    "Relatives gathered outside the main hospital searching for news of loved ones.",
    "The area is usually crowded at that time of day.",
    "It was the {nth} major attack in the city this year.",
    "Security in the city had been tightened ahead of a religious holiday.",
    "Images shared on social media showed thick black smoke rising over the area.",
    "Shops in the area remained closed on {day}.",
]


def art_terror(i):
    c, a, b, cities, groups = pick(TERROR)
    date = rdate(a, b)
    ctx = base_ctx(date, date - dt.timedelta(days=R.choice([0, 0, 1])))
    g = pick(groups)
    t = pick(TER_TARGETS)
    ctx.update(city=pick(cities), group=g, group_c=g[0].upper() + g[1:], target=t, target_s=t.split(" ", 1)[1].split(" during")[0],
               src=pick(["police", "officials", "a hospital official", "the interior ministry", "security sources", "emergency services"]),
               how=pick(["bombing", "suicide attack", "car bomb blast", "gun attack"]), nth=pick(["second", "third", "fourth", "fifth"]))
    ctx["n_c"] = ctx["n"][0].upper() + ctx["n"][1:]
    ctx["head_c"] = head_of(c, date)[0]
    title = fill(pick(TER_TITLES), ctx)
    lead = [fill(pick(TER_LEAD), ctx)]
    sents = assemble(lead, TER_EVENTS, TER_BG, c, date, ctx, R.randint(5, 13))
    return date, title, sents, c, ctx["city"]


# --------------------------------------------------------------------------
# 8. Coups
# --------------------------------------------------------------------------
COUPS = [
    ("Mauritania", "2005-08-03", "President Maaouiya Ould Taya", "a group of army officers", "the African Union"),
    ("Thailand", "2006-09-19", "Prime Minister Thaksin Shinawatra", "army chief Gen. Sonthi Boonyaratglin", "the United States"),
    ("Fiji", "2006-12-05", "Prime Minister Laisenia Qarase", "military commander Commodore Frank Bainimarama", "the Pacific Islands Forum"),
    ("Mauritania", "2008-08-06", "President Sidi Ould Cheikh Abdallahi", "Gen. Mohamed Ould Abdel Aziz", "the African Union"),
    ("Guinea", "2008-12-23", "the civilian government", "Capt. Moussa Dadis Camara", "the African Union"),
    ("Madagascar", "2009-03-17", "President Marc Ravalomanana", "opposition leader Andry Rajoelina and army officers", "the Southern African Development Community"),
    ("Honduras", "2009-06-28", "President Manuel Zelaya", "the army", "the Organization of American States"),
    ("Niger", "2010-02-18", "President Mamadou Tandja", "a junta led by Maj. Salou Djibo", "the Economic Community of West African States"),
    ("Mali", "2012-03-22", "President Amadou Toumani Toure", "Capt. Amadou Sanogo", "the Economic Community of West African States"),
    ("Guinea-Bissau", "2012-04-12", "the interim government", "military officers", "the Economic Community of West African States"),
    ("Egypt", "2013-07-03", "President Mohamed Morsi", "army chief Gen. Abdel Fattah al-Sisi", "the African Union"),
    ("Thailand", "2014-05-22", "the caretaker government", "army chief Gen. Prayuth Chan-ocha", "the United States"),
    ("Zimbabwe", "2017-11-15", "President Robert Mugabe", "the military", "the Southern African Development Community"),
    ("Mali", "2020-08-18", "President Ibrahim Boubacar Keita", "a group of colonels led by Col. Assimi Goita", "the Economic Community of West African States"),
    ("Myanmar", "2021-02-01", "State Counsellor Aung San Suu Kyi", "armed forces chief Senior Gen. Min Aung Hlaing", "the United Nations"),
    ("Guinea", "2021-09-05", "President Alpha Conde", "special forces commander Col. Mamady Doumbouya", "the Economic Community of West African States"),
    ("Sudan", "2021-10-25", "Prime Minister Abdalla Hamdok", "Gen. Abdel Fattah al-Burhan", "the African Union"),
    ("Burkina Faso", "2022-01-24", "President Roch Marc Christian Kabore", "Lt. Col. Paul-Henri Sandaogo Damiba", "the Economic Community of West African States"),
    ("Burkina Faso", "2022-09-30", "Lt. Col. Paul-Henri Sandaogo Damiba", "Capt. Ibrahim Traore", "the Economic Community of West African States"),
    ("Niger", "2023-07-26", "President Mohamed Bazoum", "presidential guard commander Gen. Abdourahamane Tiani", "the Economic Community of West African States"),
    ("Gabon", "2023-08-30", "President Ali Bongo Ondimba", "Gen. Brice Oligui Nguema", "the African Union"),
    ("Madagascar", "2025-10-14", "President Andry Rajoelina", "Col. Michael Randrianirina", "the African Union"),
    ("Guinea-Bissau", "2025-11-26", "President Umaro Sissoco Embalo", "a group of army officers", "the Economic Community of West African States"),
]
COUP_TITLES = ["Soldiers seize power in {cn}", "{cn} military ousts {oust_s}", "Coup in {cn}: what we know",
               "{org_s} condemns {cn} coup", "{cn} junta imposes curfew, closes borders"]
COUP_LEAD = [
    "Soldiers in {cn} seized power {lateday}, detaining {ousted} and announcing on state television that the government had been dissolved.",
    "{plotter_c} declared {onday} that the military had taken control of {cn}, suspending the constitution and closing the country's borders.",
    "{cn}'s armed forces ousted {ousted} {onday}, hours after gunfire erupted near the presidential palace in {capn}, witnesses said.",
]
COUP_EVENTS = [
    "A spokesman for the officers read a statement on state television announcing a nationwide curfew.",
    "{org_c} condemned the takeover and demanded the immediate restoration of constitutional order.",
    "{org_c} suspended {cn} from its decision-making bodies.",
    "Soldiers took up positions at key intersections and outside the state broadcaster.",
    "{unsg} called for the release of {ousted}.",
    "Washington said it was reviewing its assistance to {cn}.",
    "Hundreds of people took to the streets of {capn} to celebrate the takeover, honking horns and waving flags.",
    "Supporters of the ousted government were dispersed by soldiers firing into the air.",
    "The officers promised to hand power back to civilians after a transition, without giving a timetable.",
    "Flights in and out of {capn} were suspended and the borders were closed until further notice.",
    "Internet access was cut across much of the country, a monitoring group said.",
    "Several ministers were arrested and taken to a military camp, a source close to the government said.",
    "The junta named a transitional council and said elections would be held “in due course.”",
    "{formcol} threatened sanctions unless the military restored the elected government.",
]
COUP_BG = [
    "Although the capital was calm on {day}, long queues formed outside petrol stations and banks as residents stocked up on essentials.",
    "{cn} has experienced several coups since independence.",
    "The country, one of the poorest in the world, has struggled with insecurity and economic hardship.",
    "The whereabouts of several senior officials were not immediately known.",
    "Streets in {capn} were largely deserted on {day} morning.",
    "Banks and markets remained closed.",
    "State radio broadcast military music throughout the day.",
]


def art_coup(i):
    c, ds, ousted, plotter, org = pick(COUPS)
    ev = d(ds)
    date = ev + dt.timedelta(days=R.choice([0, 0, 1, 2, 3]))
    ctx = base_ctx(date, ev)
    ctx.update(cn=cname(c, True), capn=cap_of(c, date), ousted=ousted, oust_s=ousted.split(" ")[-1] if ousted[0].isupper() else "government",
               plotter_c=plotter[0].upper() + plotter[1:], org=org, org_c=org[0].upper() + org[1:],
               org_s={"the African Union": "AU", "the Economic Community of West African States": "ECOWAS", "the United Nations": "U.N.",
                      "the Organization of American States": "OAS", "the Southern African Development Community": "SADC",
                      "the Pacific Islands Forum": "Pacific forum", "the United States": "U.S."}[org],
               formcol=pick(["The regional bloc", "Western donors", "The European Union", "Neighbouring countries"]))
    title = fill(pick(COUP_TITLES), ctx)
    lead = [fill(pick(COUP_LEAD), ctx)]
    sents = assemble(lead, COUP_EVENTS, COUP_BG, c, date, ctx, R.randint(5, 13))
    return date, title, sents, c, ctx["capn"]


# --------------------------------------------------------------------------
# 9. Trade disputes
# --------------------------------------------------------------------------
TRADE = [
    ("United States", "China", "2018-03-22", "2019-12-13", ["steel and aluminium", "industrial machinery", "electronics", "furniture"], ["soybeans", "pork", "cars", "aircraft parts"]),
    ("United States", "China", "2025-02-01", "2025-11-10", ["electronics", "solar panels", "consumer goods", "steel"], ["farm products", "rare earth minerals", "energy"]),
    ("United States", "Canada", "2025-02-01", "2025-12-31", ["steel", "aluminium", "lumber", "cars"], ["whiskey", "orange juice", "appliances"]),
    ("United States", "Mexico", "2025-02-01", "2025-12-31", ["cars", "steel", "tomatoes"], ["pork", "grain", "chemicals"]),
    ("European Union", "China", "2024-06-12", "2025-06-30", ["electric vehicles", "solar panels", "steel"], ["brandy", "pork", "dairy products"]),
    ("Japan", "South Korea", "2019-07-01", "2019-11-22", ["chemicals used to make semiconductors", "industrial materials"], ["Japanese beer", "travel"]),
    ("China", "Australia", "2020-05-11", "2021-12-31", ["barley", "wine", "coal", "beef"], ["Chinese-made goods"]),
    ("Russia", "Georgia", "2006-03-27", "2006-12-31", ["wine", "mineral water"], ["Russian goods"]),
    ("Russia", "Ukraine", "2008-12-31", "2009-01-20", ["natural gas"], ["transit fees"]),
    ("China", "Japan", "2010-09-20", "2010-11-30", ["rare earth minerals"], ["Japanese electronics"]),
    ("United States", "European Union", "2018-06-01", "2018-07-25", ["steel", "aluminium"], ["bourbon", "motorcycles", "jeans"]),
]
TRADE_TITLES = ["{a_c} slaps tariffs on {b_adj} {goods}", "{b_c} retaliates against {a_adj} tariffs",
                "Trade row escalates between {a} and {b}", "{b_c} to challenge {a_adj} tariffs at WTO", "Markets slide as {a_adj}-{b_adj} trade spat deepens"]
TRADE_LEAD = [
    "{a_c} announced tariffs of {tar} percent on about {bn} billion dollars' worth of {b_adj} {goods} {onday}, escalating a trade dispute that has rattled financial markets.",
    "{b_c} hit back {onday} with duties on {rgoods} from {a}, days after {acap} imposed tariffs on {b_adj} {goods}.",
    "{b_c} said {onday} it would file a complaint with the World Trade Organization over {a}'s restrictions on imports of {goods}, calling them a violation of global trade rules.",
]
TRADE_EVENTS = [
    "{bcap} accused {acap} of “economic bullying” and said it would defend its interests.",
    "{acap} said the measures were a response to unfair trade practices and subsidies.",
    "Negotiators from the two sides are due to meet next month, officials said.",
    "{b_c}'s commerce ministry said it would impose retaliatory tariffs on {rgoods}.",
    "Business groups on both sides urged the governments to return to the negotiating table.",
    "{a_c} said it was open to talks but would not back down on its core demands.",
    "The two sides agreed to a 90-day truce to allow further negotiations.",
    "{b_c} summoned the {a_adj} ambassador to lodge a formal protest.",
    "Farmers' organisations warned that the retaliatory tariffs would hit exporters hard.",
]
TRADE_BG = [
    "Bilateral trade between the two amounted to roughly {bn}0 billion dollars last year.",
    "Stock markets in Asia and Europe fell on the news, and the dollar weakened.",
    "Economists warn that a prolonged trade war could shave a percentage point off global growth.",
    "Shipping rates on key routes have risen sharply in recent weeks.",
    "The tariffs take effect at midnight on {day}.",
    "Several companies have already begun shifting production to other countries.",
]


def art_trade(i):
    a, b, s, e, goods, rgoods = pick(TRADE)
    if "European Union" not in C:
        country("European Union", "EU", "Brussels", ["Brussels", "Strasbourg"], None, "eu", "450 million", "euro", the=True)
    date = rdate(s, e)
    ctx = base_ctx(date, date - dt.timedelta(days=R.choice([0, 1])))
    ctx.update(a=cname(a), a_c=cname(a, True), b=cname(b), b_c=cname(b, True), a_adj=C[a]["adj"], b_adj=C[b]["adj"],
               acap=cap_of(a, date), bcap=cap_of(b, date), goods=pick(goods), rgoods=pick(rgoods), tar=R.choice([10, 15, 20, 25, 30, 34, 50, 100]))
    title = fill(pick(TRADE_TITLES), ctx)
    lead = [fill(pick(TRADE_LEAD), ctx)]
    cc = b if b != "European Union" else a
    sents = assemble(lead, TRADE_EVENTS, TRADE_BG, cc, date, ctx, R.randint(5, 12))
    return date, title, sents, cc, ctx["bcap"] if b != "European Union" else ctx["acap"]


# --------------------------------------------------------------------------
# 10. Courts
# --------------------------------------------------------------------------
COURT_CASES = [
    ("ICJ", "2024-01-11", "2024-05-24", "South Africa", "Israel", "genocide in Gaza"),
    ("ICJ", "2019-12-10", "2020-01-23", "Gambia", "Myanmar", "genocide against the Rohingya"),
    ("ICJ", "2022-03-07", "2024-02-02", "Ukraine", "Russia", "genocide allegations used to justify the invasion"),
    ("ICJ", "2006-02-27", "2007-02-26", "Bosnia", "Serbia", "genocide during the 1992-95 war"),
    ("ICJ", "2008-09-08", "2011-04-01", "Georgia", "Russia", "ethnic discrimination in breakaway regions"),
    ("ICC", "2009-03-04", "2010-07-12", None, "Sudan", "war crimes in Darfur"),
    ("ICC", "2011-06-27", "2011-10-20", None, "Libya", "crimes against humanity during the uprising"),
    ("ICC", "2023-03-17", "2024-12-31", None, "Russia", "the unlawful deportation of children from Ukraine"),
    ("ICC", "2012-03-14", "2012-07-10", None, "Democratic Republic of Congo", "recruiting child soldiers"),
    ("ICC", "2021-09-15", "2025-03-31", None, "Philippines", "killings during the anti-drug campaign"),
]
NAT_COURTS = [
    ("Russia", "2014-12-30", "2024-02-16", "extremism and fraud"), ("Belarus", "2021-01-01", "2025-12-31", "organising mass unrest"),
    ("Egypt", "2013-09-01", "2019-06-17", "espionage and inciting violence"), ("Iran", "2009-08-01", "2024-12-31", "acting against national security"),
    ("Turkey", "2016-08-01", "2025-12-31", "membership of a terrorist organisation"), ("Pakistan", "2023-08-05", "2025-12-31", "leaking state secrets"),
    ("Myanmar", "2021-12-06", "2022-12-30", "incitement and corruption"), ("Venezuela", "2014-02-20", "2025-12-31", "inciting violence"),
    ("Brazil", "2017-07-12", "2025-09-11", "corruption"), ("Cambodia", "2017-09-03", "2023-03-03", "treason"),
    ("Hong Kong", "2021-03-01", "2025-12-31", "subversion under the national security law"), ("Tunisia", "2023-02-15", "2025-12-31", "conspiracy against state security"),
    ("Zimbabwe", "2003-06-01", "2008-12-31", "treason"), ("Thailand", "2015-01-01", "2024-12-31", "insulting the monarchy"),
    ("Uganda", "2006-01-01", "2025-12-31", "treason"), ("Georgia", "2024-12-01", "2025-12-31", "organising group violence"),
]
COURT_TITLES = ["{court_s} hears case against {resp}", "Court jails {cn} opposition figure for {yrs} years",
                "{court_s} orders {resp} to {order}", "Verdict in {cn} trial condemned by rights groups", "Judges issue warrant in {resp} case"]
ICJ_LEAD = [
    "The International Court of Justice opened hearings in The Hague {onday} in a case brought by {app} accusing {resp} of {charge}.",
    "The International Court of Justice ordered {resp} {onday} to take all measures within its power to prevent {charge}, in a ruling on a case brought by {app}.",
    "Lawyers for {resp} told the International Court of Justice {onday} that accusations of {charge} brought by {app} were baseless.",
]
ICC_LEAD = [
    "Judges at the International Criminal Court issued an arrest warrant {onday} for a senior {radj} official over {charge}, the court said.",
    "The International Criminal Court's prosecutor said {onday} he had asked judges to issue arrest warrants over {charge} in {resp}.",
    "{resp_c} rejected {onday} the International Criminal Court's jurisdiction after judges opened proceedings over {charge}.",
]
NAT_LEAD = [
    "A court in {capn} sentenced a prominent opposition politician to {yrs} years in prison {onday} on charges of {charge}, a verdict his supporters called politically motivated.",
    "{cn}'s Supreme Court upheld {onday} the conviction of {k} activists for {charge}, rejecting their appeal.",
    "Prosecutors in {capn} charged {k} journalists and activists with {charge} {onday}, their lawyers said.",
    "A court in {capn} acquitted a former minister of {charge} {onday}, ending a trial that had lasted more than two years.",
]
COURT_EVENTS = [
    "Lawyers for the defendants said they would appeal.",
    "{rights_c} called the verdict “a travesty of justice.”",
    "The European Union and Washington called for the release of those convicted.",
    "Dozens of supporters gathered outside the courthouse, where police detained several people.",
    "The defendant, who appeared in a glass cage, denied all charges.",
    "The government said the courts were independent and rejected foreign criticism as interference.",
    "The court's rulings are binding, but it has no means of enforcing them.",
    "{respn_c}'s foreign ministry said it did not recognise the court's decision.",
    "{appn_c} welcomed the ruling as “a victory for international law.”",
    "Diplomats from several Western embassies attended the hearing as observers.",
    "Judges are expected to rule on the merits of the case in the coming months.",
    "The prosecutor said the evidence showed a systematic pattern of abuses.",
]
COURT_BG = [
    "The hearing lasted about {k} hours.",
    "The trial was held behind closed doors, and journalists were barred from the courtroom.",
    "Cases at the court can take years to reach a final judgment.",
    "The courtroom was packed with diplomats, journalists and relatives.",
    "The court was established in the {decade} to settle disputes between states.",
    "Opposition figures have faced a series of prosecutions in recent years.",
]


def art_court(i):
    r = R.random()
    ctx = None
    if r < 0.45:
        kind, a, b, app, resp, charge = pick(COURT_CASES)
        date = rdate(a, b)
        ctx = base_ctx(date, date)
        for x in (app, resp):
            if x and x not in C:
                country(x, {"Gambia": "Gambian", "Bosnia": "Bosnian"}[x], {"Gambia": "Banjul", "Bosnia": "Sarajevo"}[x],
                        [{"Gambia": "Serekunda", "Bosnia": "Mostar"}[x]], None, "af" if x == "Gambia" else "eu", "", "")
        ctx.update(app=cname(app) if app else "the prosecutor", resp=cname(resp), resp_c=cname(resp, True), charge=charge,
                   radj=C[resp]["adj"], court_s=kind, appn_c=cname(app, True) if app else "The prosecutor's office",
                   respn_c=cname(resp, True), order=pick(["prevent abuses", "halt operations", "preserve evidence"]),
                   cn=cname(resp, True), yrs=num(R.randint(3, 20)))
        lead = [fill(pick(ICJ_LEAD if kind == "ICJ" else ICC_LEAD), ctx)]
        c = resp
        place = "The Hague"
    else:
        c, a, b, charge = pick(NAT_COURTS)
        date = rdate(a, b)
        ctx = base_ctx(date, date)
        ctx.update(capn=cap_of(c, date), cn=cname(c, True), charge=charge, yrs=num(R.choice([3, 5, 7, 9, 11, 14, 19])),
                   court_s=cname(c, True) + " court", resp="opposition leader", order="release detainees",
                   appn_c="Defence lawyers", respn_c="The government", decade="1940s")
        lead = [fill(pick(NAT_LEAD), ctx)]
        place = ctx["capn"]
    ctx.setdefault("decade", "1940s")
    rr = pick(RIGHTS)
    ctx["rights_c"] = rr[0].upper() + rr[1:]
    title = fill(pick(COURT_TITLES), ctx)
    evs = COURT_EVENTS if place == "The Hague" else [e for e in COURT_EVENTS if "{appn_c}" not in e and "binding" not in e and "{respn_c}" not in e]
    bgs = COURT_BG if place == "The Hague" else [e for e in COURT_BG if "{decade}" not in e and "Cases at the court" not in e]
    sents = assemble(lead, evs, bgs, c, date, ctx, R.randint(5, 12))
    return date, title, sents, c, place


# --------------------------------------------------------------------------
# Longer hand-written sentences usable in any article (variety of shape)
# --------------------------------------------------------------------------
COMPLEX_EV = [
    "Speaking to reporters in {capn} after a cabinet meeting that ran late into the evening, the foreign minister said the government “will not be intimidated,” adding that all options remained on the table.",
    "The statement — issued shortly after midnight and read out on state television by a uniformed spokesman — gave no details about casualties.",
    "According to a senior diplomat who spoke on condition of anonymity because he was not authorised to brief the media, the proposal was rejected within hours.",
    "Asked whether the government would reconsider, a spokeswoman said only that “the decision has been taken.”",
    "The opposition, which boycotted the last parliamentary session, said in a statement that it would “use every lawful means” to resist what it called an assault on democracy.",
    "A day earlier, the interior minister had warned that anyone who took part in “unauthorised gatherings” would be prosecuted.",
    "Two senior officials, who asked not to be named, said the president had been briefed overnight and had ordered the army to remain on alert.",
    "Western diplomats in {capn} were summoned to the foreign ministry on {day} and told that “interference in internal affairs will not be tolerated,” one of them said.",
    "In a rare public rebuke, the ambassador said the government’s response had been “neither proportionate nor wise.”",
    "The minister, who flew to the region on {day}, promised that those responsible would be “found and punished” — a pledge residents greeted with scepticism.",
    "Officials said a joint investigation had been launched, although they gave no indication of when its findings would be published.",
    "Since {apdate}, when the last round of talks broke down, both sides have accused each other of preparing for a new escalation.",
]

COMPLEX_BG = [
    "Analysts said the move was unlikely to change the balance of power in the short term, although it could complicate efforts to attract foreign investment.",
    "In a country where half the population is under 25, jobs remain the dominant concern — and the one that successive governments have struggled to address.",
    "Much of the infrastructure, built decades ago and poorly maintained since, is in urgent need of repair, the World Bank said in a report last year.",
    "“It’s not about politics for most people,” said a university lecturer in {capn}. “It’s about whether they can afford to feed their families.”",
    "The government, which came to power promising to tackle corruption, has faced mounting criticism over the slow pace of reform.",
    "Officials have long argued that the country’s problems stem from outside pressure rather than domestic policy — a view many economists dispute.",
    "The region, which produces much of the country’s wheat and sunflower oil, has been hit by two years of drought.",
    "Diplomats say privately that patience is wearing thin, even if public statements remain cautious.",
    "Historians note that similar crises in the past were resolved only after lengthy mediation by neighbouring states.",
    "Per capita income is about ${income} a year, according to the International Monetary Fund.",
    "The government has said it expects the economy to grow by {pct} percent this year, a forecast the IMF considers optimistic.",
    "Unemployment is officially put at {pct2} percent, although independent estimates are considerably higher.",
]


# --------------------------------------------------------------------------
# Layout: wire paragraphs and PDF-like extraction
# --------------------------------------------------------------------------
def paragraphs(sents):
    out, i = [], 0
    while i < len(sents):
        k = R.choice([1, 1, 1, 2, 2, 3])
        out.append(" ".join(sents[i:i + k]))
        i += k
    return out


VOWELS = set("aeiouy")


def split_word(w, room):
    """Split an alphabetic word for end-of-line hyphenation; None if impossible."""
    core = w.rstrip(".,;:”’)")
    if len(core) < 8 or not core.isalpha():
        return None
    low = core.lower()
    rng = [p for p in range(3, len(core) - 2) if p + 1 <= room]
    cands = [p for p in rng if low[p - 2] in VOWELS and low[p - 1] not in VOWELS and low[p] not in VOWELS
             and low[p - 1:p + 1] not in ("ch", "sh", "th", "ph", "ck", "gh", "wh")]
    if not cands:
        cands = [p for p in rng if low[p - 1] in VOWELS and low[p] not in VOWELS]
    if not cands:
        return None
    p = max(cands)
    return w[:p] + "-", w[p:]


def pdf_wrap(par, width, indent, hyph_rate):
    words = par.split()
    lines, cur = [], indent
    for w in words:
        sep = "" if cur.strip() == "" else " "
        if len(cur) + len(sep) + len(w) <= width:
            cur += sep + w
            continue
        room = width - len(cur) - len(sep)
        sp = split_word(w, room) if R.random() < hyph_rate else None
        if sp:
            lines.append(cur + sep + sp[0])
            cur = sp[1]
        else:
            lines.append(cur)
            cur = w
    if cur.strip():
        lines.append(cur)
    return lines


def pdf_layout(sents):
    width = R.randint(66, 74)
    indent = pick(["", "  ", "    ", "     ", "\t"])
    hyph = R.uniform(0.3, 0.7)
    pars = paragraphs(sents)
    blocks = [pdf_wrap(p, width, indent, hyph) for p in pars]
    # occasional page break: blank line inside a paragraph (inside a sentence)
    if R.random() < 0.6:
        cand = [i for i, b in enumerate(blocks) if len(b) >= 2]
        if cand:
            bi = pick(cand)
            li = R.randint(1, len(blocks[bi]) - 1)
            blocks[bi] = blocks[bi][:li] + [""] + (["{}".format(R.randint(2, 9)), ""] if R.random() < 0.3 else []) + blocks[bi][li:]
    return "\n\n".join("\n".join(b) for b in blocks)


def dateline(city, date):
    return "{}, {} {} —".format(city.upper(), MONTHS_AP[date.month - 1], date.day)


GENERATORS = [
    (art_conflict, 88), (art_protest, 52), (art_election, 38), (art_visit, 30), (lambda i: art_visit(i, sign=True), 12),
    (art_negotiation, 26), (art_summit, 18), (art_sanctions, 24), (art_expulsion, 12), (art_aid, 20),
    (art_refugees, 18), (art_terror, 32), (art_coup, 16), (art_trade, 16), (art_court, 22),
]


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "wire.jsonl")
    plan = []
    for g, w in GENERATORS:
        plan += [g] * w
    plan = plan[:N_ARTICLES]
    while len(plan) < N_ARTICLES:
        plan.append(art_conflict)
    R.shuffle(plan)
    arts = []
    for i, g in enumerate(plan):
        date, title, sents, c, place = g(i)
        arts.append((date, title, sents, c, place))
    arts.sort(key=lambda a: (a[0], a[1]))
    pdf_idx = set(R.sample(range(N_ARTICLES), N_PDF))
    with open(out_path, "w", encoding="utf-8") as f:
        for i, (date, title, sents, c, place) in enumerate(arts):
            sents = list(sents)
            if R.random() < 0.5:
                city = place if (place and " " not in place.strip() and place[0].isupper()) else cap_of(c, date)
                sents[0] = dateline(city, date) + " " + sents[0]
            if i in pdf_idx:
                text = pdf_layout(sents)
            else:
                style = R.random()
                pars = paragraphs(sents)
                if style < 0.6:
                    text = "\n\n".join(pars)
                elif style < 0.8:
                    text = "\n".join(pars)
                else:
                    text = " ".join(sents)
            r = R.random()
            if r < 0.35:
                text = text.replace("'", "’")
                title = title.replace("'", "’")
            elif r < 0.5:
                text = text.replace("“", '"').replace("”", '"').replace("’", "'")
            rec = {"id": "w{:04d}".format(i + 1), "date": date.isoformat(), "source": "casus-bench", "title": title, "text": text}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
