/* plx-html-check.c: a strict check of the HTML report's shape
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-html-check.h"

/* Stricter than a browser, and than what the report needs to display:
 * what plx_export_html() writes, and nothing a corpus could smuggle in.
 *
 *  - the document is UTF-8 and starts with <!DOCTYPE html>;
 *  - every tag is one the report uses, every attribute one it writes,
 *    each value in double quotes; elements nest and all close (<meta>
 *    is the only void element);
 *  - text and attribute values hold no '<', '>' or '"', and every '&'
 *    starts a character reference, so no text from the corpus can open
 *    a tag or leave an attribute;
 *  - nothing loads from elsewhere: links point inside the document, and
 *    no URL appears in a style attribute or in the style sheet.
 *
 * The test of the export and its fuzz target both use it. */

static const char * const elements[] = {
  "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p",
  "span", "ins", "del", "mark", "ul", "ol", "li", "a", "b", "div", "time", "q",
  "table", "thead", "tbody", "tr", "th", "td",
};

static const char * const attributes[] = {
  "charset", "http-equiv", "content", "class", "id", "title", "href", "style",
  "colspan", "datetime",
};

typedef struct
{
  const char *html;
  const char *p;
  const char *end;
  GPtrArray  *open;
  char       *problem;
} Checker;

static gboolean G_GNUC_PRINTF (2, 3)
fail (Checker    *checker,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (checker->problem == NULL)
    checker->problem = g_strdup_printf ("byte %" G_GSIZE_FORMAT ": %s",
                                        (gsize) (checker->p - checker->html), message);
  return FALSE;
}

static gboolean
in_list (const char * const *list,
         gsize               n,
         const char         *name)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (list[i], name))
      return TRUE;

  return FALSE;
}

/* A character reference: &amp; &lt; &gt; &quot; &apos; &#39; &#x1F; */
static gboolean
skip_reference (Checker *checker)
{
  static const char * const named[] = { "&amp;", "&lt;", "&gt;", "&quot;", "&apos;" };
  const char *p = checker->p + 1;

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    if (strncmp (checker->p, named[i], strlen (named[i])) == 0)
      {
        checker->p += strlen (named[i]);
        return TRUE;
      }

  if (*p == '#')
    {
      gboolean hex = p[1] == 'x' || p[1] == 'X';
      const char *digits = p + (hex ? 2 : 1);
      const char *q = digits;

      while (q < checker->end && (hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q)))
        q++;
      if (q > digits && q - digits <= 8 && q < checker->end && *q == ';')
        {
          checker->p = q + 1;
          return TRUE;
        }
    }

  return fail (checker, "a bare '&' (not a character reference)");
}

/* Text up to the next tag, or a quoted attribute value up to its quote. */
static gboolean
skip_text (Checker *checker,
           char     stop)
{
  while (checker->p < checker->end && *checker->p != stop)
    {
      switch (*checker->p)
        {
        case '&':
          if (!skip_reference (checker))
            return FALSE;
          continue;
        case '<':
          return fail (checker, "a '<' inside an attribute value");
        case '>':
          return fail (checker, "an unescaped '>'");
        case '"':
          return fail (checker, "an unescaped '\"' in text");
        default:
          checker->p++;
        }
    }

  return TRUE;
}

static gboolean
is_remote (const char *value)
{
  g_autofree char *lower = g_ascii_strdown (value, -1);

  return strstr (lower, "//") != NULL || strstr (lower, "url(") != NULL ||
         strstr (lower, "@import") != NULL || strstr (lower, "javascript:") != NULL ||
         strstr (lower, "data:") != NULL;
}

static gboolean
check_attribute (Checker    *checker,
                 const char *element)
{
  const char *name_start = checker->p;
  const char *value_start;
  g_autofree char *name = NULL;
  g_autofree char *value = NULL;

  while (checker->p < checker->end && (g_ascii_isalnum (*checker->p) || *checker->p == '-'))
    checker->p++;
  name = g_strndup (name_start, checker->p - name_start);
  if (!in_list (attributes, G_N_ELEMENTS (attributes), name))
    return fail (checker, "unexpected attribute '%s' on <%s>", name, element);
  if (checker->end - checker->p < 2 || checker->p[0] != '=' || checker->p[1] != '"')
    return fail (checker, "attribute '%s' without a double-quoted value", name);

  checker->p += 2;
  value_start = checker->p;
  if (!skip_text (checker, '"'))
    return FALSE;
  if (checker->p >= checker->end)
    return fail (checker, "attribute '%s' never closes", name);
  value = g_strndup (value_start, checker->p - value_start);
  checker->p++;

  if (g_str_equal (name, "href") && value[0] != '#')
    return fail (checker, "a link out of the document: '%s'", value);
  /* Of the attributes allowed, only these two could load anything; a
   * title may well quote a URL from the text. */
  if ((g_str_equal (name, "href") || g_str_equal (name, "style")) && is_remote (value))
    return fail (checker, "a remote resource in '%s': '%s'", name, value);

  return TRUE;
}

/* The style sheet is raw text up to </style>: no markup, no URL. */
static gboolean
skip_style (Checker *checker)
{
  const char *close = g_strstr_len (checker->p, checker->end - checker->p, "</style>");
  g_autofree char *sheet = NULL;

  if (close == NULL)
    return fail (checker, "<style> never closes");
  sheet = g_strndup (checker->p, close - checker->p);
  if (strchr (sheet, '<') != NULL)
    return fail (checker, "markup inside <style>");
  if (is_remote (sheet))
    return fail (checker, "a remote resource in the style sheet");
  checker->p = close;

  return TRUE;
}

static gboolean
check_tag (Checker *checker)
{
  gboolean closing = checker->p[1] == '/';
  const char *name_start = checker->p + (closing ? 2 : 1);
  g_autofree char *name = NULL;

  checker->p = name_start;
  while (checker->p < checker->end && g_ascii_isalnum (*checker->p))
    checker->p++;
  name = g_strndup (name_start, checker->p - name_start);
  if (!in_list (elements, G_N_ELEMENTS (elements), name))
    return fail (checker, "unexpected element <%s>", name);

  while (!closing && checker->p < checker->end && *checker->p == ' ')
    {
      checker->p++;
      if (!check_attribute (checker, name))
        return FALSE;
    }
  if (checker->p >= checker->end || *checker->p != '>')
    return fail (checker, "malformed tag <%s%s>", closing ? "/" : "", name);
  checker->p++;

  if (closing)
    {
      const char *expected = checker->open->len > 0
        ? g_ptr_array_index (checker->open, checker->open->len - 1) : NULL;

      if (g_strcmp0 (expected, name) != 0)
        return fail (checker, "</%s> closes <%s>", name, expected != NULL ? expected : "nothing");
      g_ptr_array_remove_index (checker->open, checker->open->len - 1);
    }
  else if (!g_str_equal (name, "meta"))
    {
      g_ptr_array_add (checker->open, g_steal_pointer (&name));
      if (g_str_equal (g_ptr_array_index (checker->open, checker->open->len - 1), "style"))
        return skip_style (checker);
    }

  return TRUE;
}

/**
 * plx_html_check:
 * @html: a report written by plx_export_html()
 * @length: its length in bytes
 * @problem: (out) (optional): what is wrong, and where
 *
 * Returns: whether @html passes the checks described above
 */
gboolean
plx_html_check (const char  *html,
                gsize        length,
                char       **problem)
{
  static const char doctype[] = "<!DOCTYPE html>\n";
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (g_free);
  Checker checker = { html, html, html + length, open, NULL };
  gboolean ok;

  if (!g_utf8_validate (html, length, NULL))
    ok = fail (&checker, "not valid UTF-8");
  else if (memchr (html, '\0', length) != NULL)
    ok = fail (&checker, "a NUL byte");
  else if (length < strlen (doctype) || strncmp (html, doctype, strlen (doctype)) != 0)
    ok = fail (&checker, "no <!DOCTYPE html>");
  else
    {
      ok = TRUE;
      checker.p += strlen (doctype);
      while (ok && checker.p < checker.end)
        {
          if (*checker.p == '<')
            ok = check_tag (&checker);
          else
            ok = skip_text (&checker, '<');
        }
      if (ok && open->len > 0)
        ok = fail (&checker, "<%s> never closes", (char *) g_ptr_array_index (open, open->len - 1));
    }

  if (problem != NULL)
    *problem = g_steal_pointer (&checker.problem);
  g_free (checker.problem);

  return ok;
}
