/* plx-amounts.c: figures with their currency, scale and unit, as one token
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-tokens-private.h"

/* Pass 4 of tokenising (see plx-tokens.c) merges a figure with its
 * currency, scale and unit into one NUMBER token with a canonical
 * form: "$2.5 billion" -> "2500000000 usd", "50 per cent" -> "50%". */

/* A figure as decimal digits and a power of ten, so that "2.5 billion"
 * is exactly 25e8 however long it gets. */
#define DECIMAL_DIGITS 40
#define DECIMAL_MAX_EXPONENT 30

typedef struct
{
  char digits[DECIMAL_DIGITS];
  int  n;
  int  exponent;
} Decimal;

/* "1,500.5"; in German, French and Spanish "1.500,5". */
static gboolean
decimal_parse (Decimal    *d,
               const char *s,
               gsize       length,
               gboolean    comma_decimal)
{
  gunichar point = comma_decimal ? ',' : '.';
  gunichar group = comma_decimal ? '.' : ',';
  gboolean seen_point = FALSE;

  d->n = d->exponent = 0;
  for (const char *p = s; p < s + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int value = g_unichar_digit_value (c);

      if (value >= 0)
        {
          if (d->n == DECIMAL_DIGITS)
            return FALSE;
          if (d->n > 0 || value > 0)
            d->digits[d->n++] = (char) ('0' + value);
          d->exponent -= seen_point;
        }
      else if (c == point && !seen_point)
        seen_point = TRUE;
      else if ((c != group && c != ' ' && !is_group_space (c)) || seen_point)
        return FALSE;
    }

  return TRUE;
}

static void
decimal_from_integer (Decimal *d,
                      guint64  value)
{
  char buffer[32];

  g_snprintf (buffer, sizeof buffer, "%" G_GUINT64_FORMAT, value);
  decimal_parse (d, buffer, strlen (buffer), FALSE);
}

/* "2500000000", "2.5", "0.05": no exponent, no leading or trailing
 * zeros. */
static char *
decimal_format (const Decimal *d)
{
  GString *out = g_string_new (NULL);
  int n = d->n;
  int exponent = d->exponent;
  int integer_digits;

  while (n > 0 && exponent < 0 && d->digits[n - 1] == '0')
    n--, exponent++;
  if (n == 0)
    {
      g_string_free (out, TRUE);
      return g_strdup ("0");
    }

  integer_digits = n + exponent;
  if (integer_digits <= 0)
    {
      g_string_append (out, "0.");
      for (int i = integer_digits; i < 0; i++)
        g_string_append_c (out, '0');
      g_string_append_len (out, d->digits, n);
    }
  else if (exponent >= 0)
    {
      g_string_append_len (out, d->digits, n);
      for (int i = 0; i < exponent; i++)
        g_string_append_c (out, '0');
    }
  else
    {
      g_string_append_len (out, d->digits, integer_digits);
      g_string_append_c (out, '.');
      g_string_append_len (out, d->digits + integer_digits, n - integer_digits);
    }

  return g_string_free (out, FALSE);
}

/**
 * _plx_tokens_figure_norm:
 * @s: the figure of an ordinal, in digits (the "13" of "13th")
 * @length: its length in bytes
 *
 * Returns: (transfer full) (nullable): the figure's canonical form, as
 *   an amount's ("013" -> "13"), or %NULL if @s does not parse
 */
char *
_plx_tokens_figure_norm (const char *s,
                         gsize       length)
{
  Decimal figure;

  if (!decimal_parse (&figure, s, length, FALSE))
    return NULL;

  return decimal_format (&figure);
}

typedef struct
{
  const char *form;
  const char *value;
} Form;

/* Forms are normalised (Devanagari nukta letters decomposed, as NFKC
 * leaves them). Multi-word forms come before their last word. */
static const Form currency_before[] = {
  { "$", "usd" }, { "us$", "usd" }, { "a$", "aud" }, { "c$", "cad" },
  { "hk$", "hkd" }, { "s$", "sgd" }, { "nz$", "nzd" },
  { "€", "eur" }, { "£", "gbp" }, { "₹", "inr" }, { "¥", "jpy" },
  { "rs", "inr" }, { "inr", "inr" }, { "usd", "usd" }, { "eur", "eur" },
  { "gbp", "gbp" },
};

static const Form unit_after[] = {
  { "%", "%" }, { "\u066A", "%" }, { "percent", "%" }, { "per cent", "%" },
  { "pour cent", "%" }, { "por ciento", "%" }, { "prozent", "%" },
  { "\u092A\u094D\u0930\u0924\u093F\u0936\u0924", "%" },           /* प्रतिशत */
  { "\u092B\u093C\u0940\u0938\u0926\u0940", "%" },                 /* फ़ीसदी */
  { "\u092B\u0940\u0938\u0926\u0940", "%" },                       /* फीसदी */
  { "us dollars", "usd" }, { "us dollar", "usd" }, { "us-dollar", "usd" },
  { "dollars", "usd" }, { "dollar", "usd" }, { "dólares", "usd" },
  { "dólar", "usd" }, { "usd", "usd" }, { "$", "usd" },
  { "\u0921\u0949\u0932\u0930", "usd" },                           /* डॉलर */
  { "euros", "eur" }, { "euro", "eur" }, { "eur", "eur" }, { "€", "eur" },
  /* "2,5 milliards d'euros", "2.500 millones de euros" */
  { "d'euros", "eur" }, { "de euros", "eur" }, { "de dollars", "usd" },
  { "de dólares", "usd" }, { "de roupies", "inr" }, { "de rupias", "inr" },
  { "\u092F\u0942\u0930\u094B", "eur" },                           /* यूरो */
  { "pounds sterling", "gbp" }, { "pounds", "gbp" }, { "pound", "gbp" },
  { "sterling", "gbp" }, { "gbp", "gbp" }, { "£", "gbp" },
  { "rupees", "inr" }, { "rupee", "inr" }, { "inr", "inr" }, { "roupies", "inr" },
  { "rupien", "inr" }, { "rupias", "inr" },
  { "\u0930\u0941\u092A\u092F\u0947", "inr" },                     /* रुपये */
  { "\u0930\u0941\u092A\u090F", "inr" },                           /* रुपए */
  { "yen", "jpy" }, { "jpy", "jpy" }, { "yuan", "cny" }, { "cny", "cny" },
};

typedef struct
{
  const char *form;
  int         exponent;
  const char *language;      /* NULL: every language */
} Scale;

/* The same word is not always the same scale: "billion" is 10^9 in
 * English and 10^12 in French ("un billion" is a million million), as
 * "billón" is in Spanish. Abbreviations may take a full stop ("2,5 Mrd.
 * Euro"). Forms are normalised. */
static const Scale scale_words[] = {
  { "thousand", 3, "en" }, { "lakh", 5, NULL }, { "lakhs", 5, NULL },
  { "million", 6, NULL }, { "mn", 6, NULL }, { "crore", 7, NULL }, { "crores", 7, NULL },
  { "billion", 9, "en" }, { "bn", 9, NULL }, { "trillion", 12, "en" }, { "tn", 12, NULL },
  { "\u0932\u093E\u0916", 5, NULL },                               /* लाख */
  { "\u0915\u0930\u094B\u0921\u093C", 7, NULL },                 /* करोड़ */
  { "\u0939\u091C\u093C\u093E\u0930", 3, "hi" },                 /* हज़ार */
  { "\u0939\u091C\u093E\u0930", 3, "hi" },                       /* हजार */
  { "\u0905\u0930\u092C", 9, "hi" },                               /* अरब */
  { "\u0916\u0930\u092C", 11, "hi" },                              /* खरब */
  { "\u092E\u093F\u0932\u093F\u092F\u0928", 6, "hi" },           /* मिलियन */
  { "\u092C\u093F\u0932\u093F\u092F\u0928", 9, "hi" },           /* बिलियन */
  { "tausend", 3, "de" }, { "millionen", 6, "de" }, { "mio", 6, "de" },
  { "milliarde", 9, "de" }, { "milliarden", 9, "de" }, { "mrd", 9, "de" },
  { "billionen", 12, "de" }, { "billion", 12, "de" },
  { "mille", 3, "fr" }, { "millions", 6, "fr" }, { "milliard", 9, "fr" },
  { "milliards", 9, "fr" }, { "md", 9, "fr" }, { "mds", 9, "fr" },
  { "billion", 12, "fr" }, { "billions", 12, "fr" },
  { "mil", 3, "es" }, { "millón", 6, "es" }, { "millones", 6, "es" },
  { "mil millones", 9, "es" }, { "billón", 12, "es" }, { "billones", 12, "es" },
};

/* Attached to a figure, "€3m"; m, k and b only count with a currency. */
static const Scale scale_suffixes[] = {
  { "k", 3 }, { "m", 6 }, { "mn", 6 }, { "cr", 7 }, { "b", 9 },
  { "bn", 9 }, { "tn", 12 }, { "trn", 12 },
};

typedef struct
{
  const char *word;
  guint64     value;
} NumberWord;

static const NumberWord number_words[] = {
  { "zero", 0 }, { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 },
  { "five", 5 }, { "six", 6 }, { "seven", 7 }, { "eight", 8 }, { "nine", 9 },
  { "ten", 10 }, { "eleven", 11 }, { "twelve", 12 }, { "thirteen", 13 },
  { "fourteen", 14 }, { "fifteen", 15 }, { "sixteen", 16 },
  { "seventeen", 17 }, { "eighteen", 18 }, { "nineteen", 19 },
  { "twenty", 20 }, { "thirty", 30 }, { "forty", 40 }, { "fifty", 50 },
  { "sixty", 60 }, { "seventy", 70 }, { "eighty", 80 }, { "ninety", 90 },
  { "hundred", 100 }, { "thousand", 1000 }, { "lakh", 100000 },
  { "million", 1000000 }, { "crore", 10000000 },
  { "billion", G_GUINT64_CONSTANT (1000000000) },
  { "trillion", G_GUINT64_CONSTANT (1000000000000) },
};

typedef struct
{
  Decimal     figure;
  const char *currency;      /* "usd", or NULL */
  gboolean    percent;
  gboolean    needs_currency;
  guint       next;          /* the first lexeme after the amount */
} Amount;

/* How many lexemes from @i spell @form ("per cent" is two), or 0. */
static guint
match_form (const Tokenizer *tz,
            guint            i,
            const char      *form)
{
  guint n = 0;

  while (*form != '\0')
    {
      const Lexeme *lx = lexeme_at (tz, i + n);
      const char *space;
      gsize length;

      /* Most lexemes differ from the form in their first byte: tested
       * first, as this runs for every form at most lexemes. */
      if (lx == NULL || lx->norm[0] != form[0])
        return 0;
      space = strchr (form, ' ');
      length = space != NULL ? (gsize) (space - form) : strlen (form);
      if (strncmp (lx->norm, form, length) != 0 || lx->norm[length] != '\0')
        return 0;
      n++;
      form += space != NULL ? length + 1 : length;
    }

  return n;
}

/* The longest of @forms at lexeme @i: its value, and the lexemes it
 * takes in @n. */
static const char *
match_forms (const Tokenizer *tz,
             guint            i,
             const Form      *forms,
             gsize            n_forms,
             guint           *n)
{
  const char *value = NULL;

  *n = 0;
  for (gsize f = 0; f < n_forms; f++)
    {
      guint m = match_form (tz, i, forms[f].form);

      if (m > *n)
        {
          *n = m;
          value = forms[f].value;
        }
    }

  return value;
}

/* "$", "Rs", "Rs.", "US$", "USD" before a figure. Returns the lexeme
 * after it. */
static guint
parse_currency_before (const Tokenizer *tz,
                       guint            i,
                       Amount          *amount)
{
  const Lexeme *lx = lexeme_at (tz, i);
  const Lexeme *dollar = lexeme_at (tz, i + 1);
  guint n;

  if (lx->kind == LEX_WORD && lexeme_is (dollar, "$") && dollar->start == lx->end)
    {
      g_autofree char *form = g_strconcat (lx->norm, "$", NULL);

      for (gsize f = 0; f < G_N_ELEMENTS (currency_before); f++)
        if (strcmp (form, currency_before[f].form) == 0)
          {
            amount->currency = currency_before[f].value;
            return i + 2;
          }
    }

  amount->currency = match_forms (tz, i, currency_before, G_N_ELEMENTS (currency_before), &n);
  if (amount->currency != NULL && lexeme_is (lexeme_at (tz, i + n), ".")
      && strcmp (lx->norm, "rs") == 0)
    n++;

  return i + n;
}

static gboolean
lookup_number_word (const char *word,
                    gsize       length,
                    guint64    *value)
{
  for (gsize w = 0; w < G_N_ELEMENTS (number_words); w++)
    if (number_words[w].word[0] == word[0]
        && strncmp (number_words[w].word, word, length) == 0
        && number_words[w].word[length] == '\0')
      {
        *value = number_words[w].value;
        return TRUE;
      }

  return FALSE;
}

/* Adds one number word ("twenty", "million") to a running sum. */
static void
add_number_word (guint64  value,
                 guint64 *total,
                 guint64 *current)
{
  if (value == 100)
    *current = MAX (*current, 1) * 100;
  else if (value >= 1000)
    {
      *total += MAX (*current, 1) * value;
      *current = 0;
    }
  else
    *current += value;
}

/* Adds a word such as "twenty-five" to a running sum; FALSE if it is
 * not a number word. */
static gboolean
number_word_value (const char *word,
                   guint64    *total,
                   guint64    *current)
{
  guint64 values[2];
  const char *hyphen = strchr (word, '-');

  if (hyphen == NULL)
    {
      if (!lookup_number_word (word, strlen (word), &values[0]))
        return FALSE;
      add_number_word (values[0], total, current);
      return TRUE;
    }
  if (strchr (hyphen + 1, '-') != NULL
      || !lookup_number_word (word, (gsize) (hyphen - word), &values[0])
      || !lookup_number_word (hyphen + 1, strlen (hyphen + 1), &values[1]))
    return FALSE;
  add_number_word (values[0], total, current);
  add_number_word (values[1], total, current);

  return TRUE;
}

/* "fifty", "twenty-five", "two million": English number words. */
static gboolean
parse_number_words (const Tokenizer *tz,
                    guint            i,
                    Amount          *amount)
{
  guint64 total = 0;
  guint64 current = 0;
  guint j = i;
  const Lexeme *lx;

  while ((lx = lexeme_at (tz, j)) != NULL && lx->kind == LEX_WORD
         && total < G_GUINT64_CONSTANT (1000000000000000)
         && number_word_value (lx->norm, &total, &current))
    j++;
  if (j == i)
    return FALSE;

  decimal_from_integer (&amount->figure, total + current);
  amount->next = j;

  return TRUE;
}

static gboolean
apply_scale (Decimal *figure,
             int      exponent)
{
  if (figure->exponent + exponent > DECIMAL_MAX_EXPONENT)
    return FALSE;
  figure->exponent += exponent;

  return TRUE;
}

static gboolean
parse_scaled_figure (const Tokenizer *tz,
                     const Lexeme    *lx,
                     Amount          *amount)
{
  const char *suffix = tz->text + lx->figure_end;
  gsize length = lx->end - lx->figure_end;

  if (!decimal_parse (&amount->figure, tz->text + lx->start,
                      lx->figure_end - lx->start, tz->comma_decimal))
    return FALSE;
  for (gsize s = 0; s < G_N_ELEMENTS (scale_suffixes); s++)
    if (strlen (scale_suffixes[s].form) == length
        && g_ascii_strncasecmp (suffix, scale_suffixes[s].form, length) == 0)
      {
        /* "3m" alone may be three metres. */
        amount->needs_currency = length == 1;
        return apply_scale (&amount->figure, scale_suffixes[s].exponent);
      }

  return FALSE;
}

/* The longest scale word of the text's language at lexeme @i ("mil
 * millones" before "mil"); it takes @n lexemes. */
static const Scale *
match_scale (const Tokenizer *tz,
             guint            i,
             guint           *n)
{
  const Scale *best = NULL;

  *n = 0;
  for (gsize s = 0; s < G_N_ELEMENTS (scale_words); s++)
    {
      guint m;

      if (scale_words[s].language != NULL && g_strcmp0 (scale_words[s].language, tz->language) != 0)
        continue;
      m = match_form (tz, i, scale_words[s].form);
      if (m > *n)
        {
          *n = m;
          best = &scale_words[s];
        }
    }

  return best;
}

/* The figure at lexeme @i, with a scale word after it ("2.5 billion"). */
static gboolean
parse_figure (const Tokenizer *tz,
              guint            i,
              Amount          *amount)
{
  const Lexeme *lx = lexeme_at (tz, i);
  const Scale *scale;
  guint n;

  if (lx == NULL)
    return FALSE;
  if (lx->kind == LEX_SCALED)
    {
      amount->next = i + 1;
      return parse_scaled_figure (tz, lx, amount);
    }
  if (lx->kind == LEX_WORD && g_strcmp0 (tz->language, "en") == 0)
    return parse_number_words (tz, i, amount);
  if (lx->kind != LEX_DIGITS
      || !decimal_parse (&amount->figure, lx->norm, strlen (lx->norm), tz->comma_decimal))
    return FALSE;

  amount->next = i + 1;
  scale = match_scale (tz, amount->next, &n);
  if (scale != NULL && apply_scale (&amount->figure, scale->exponent))
    {
      amount->next += n;
      lx = lexeme_at (tz, amount->next);
      /* "2,5 Mrd. Euro": the full stop of an abbreviated scale */
      if (lexeme_is (lx, ".") && lx->start == lexeme_at (tz, amount->next - 1)->end
          && strlen (scale->form) <= 3 && match_forms (tz, amount->next + 1, unit_after,
                                                        G_N_ELEMENTS (unit_after), &n) != NULL)
        amount->next++;
    }

  return TRUE;
}

static void
parse_unit_after (const Tokenizer *tz,
                  Amount          *amount)
{
  guint n;
  const char *unit = match_forms (tz, amount->next, unit_after, G_N_ELEMENTS (unit_after), &n);

  if (unit == NULL)
    return;
  if (strcmp (unit, "%") == 0)
    amount->percent = TRUE;
  else if (amount->currency == NULL)
    amount->currency = unit;
  else
    return;
  amount->next += n;
}

/* An amount starting at lexeme @i: [currency] figure [scale] [unit]. */
static gboolean
parse_amount (const Tokenizer *tz,
              guint            i,
              Amount          *amount)
{
  guint j = parse_currency_before (tz, i, amount);

  if (!parse_figure (tz, j, amount))
    return FALSE;
  if (amount->currency == NULL)
    parse_unit_after (tz, amount);

  return amount->currency != NULL || !amount->needs_currency;
}

static char *
amount_norm (const Amount *amount)
{
  g_autofree char *figure = decimal_format (&amount->figure);

  if (amount->percent)
    return g_strconcat (figure, "%", NULL);
  if (amount->currency != NULL)
    return g_strconcat (figure, " ", amount->currency, NULL);

  return g_steal_pointer (&figure);
}

/* Most lexemes cannot start an amount: only figures, number words,
 * currency signs and codes can. A cheap test keeps the parsing off
 * ordinary words. */
static gboolean
may_start_amount (const Tokenizer *tz,
                  const Lexeme    *lx)
{
  guint64 value;

  switch (lx->kind)
    {
    case LEX_DIGITS:
    case LEX_SCALED:
      return TRUE;
    case LEX_PUNCT:
      return lx->norm[0] == '$' || (guchar) lx->norm[0] >= 0x80;
    case LEX_WORD:
      return strlen (lx->norm) <= 3
             || (g_strcmp0 (tz->language, "en") == 0
                 && lookup_number_word (lx->norm, strcspn (lx->norm, "-"), &value));
    case LEX_NUMERIC:
    case LEX_ORDINAL:
    case LEX_ACRONYM:
    default:
      return FALSE;
    }
}

/**
 * _plx_tokens_parse_amount:
 * @tz: the tokenizer, lexed and normalised
 * @i: a lexeme
 * @next: (out): the first lexeme after the amount
 *
 * The amount that starts at lexeme @i ("$2.5 billion", "50 per cent",
 * "fifty percent"), if one does.
 *
 * Returns: (transfer full) (nullable): its canonical form
 *   ("2500000000 usd", "50%"), or %NULL
 */
char *
_plx_tokens_parse_amount (const Tokenizer *tz,
                          guint            i,
                          guint           *next)
{
  Amount amount = { { { 0 }, 0, 0 }, NULL, FALSE, FALSE, 0 };

  if (!may_start_amount (tz, lexeme_at (tz, i)) || !parse_amount (tz, i, &amount))
    return NULL;

  *next = amount.next;

  return amount_norm (&amount);
}
