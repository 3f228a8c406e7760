"""HTML renderings of the generated corpora, made from the GENERATOR's own line roles and chrome
classes (never from tanqiya's decisions): every page of a corpus becomes html/NNN_<hash>.html,
scored by the same gold file as its text dump (gold/NNN_<hash>.json).

A page's lines carry their role (title, para, caption, credit, chrome) and, for chrome lines
added with a class (singles: _common.ch/bl; multisite: page.chrome(..., cls=…)), that class.
The renderer cuts the page into zones (head: before the first gold line; article: from the
first gold line to the last; tail: after it), groups chrome lines into blocks (one class, no
blank line between them), names each block's kind from its class (navigation, branding,
breadcrumb, meta, share, tags, related, read-also, comments, footer, notice, widget) and lays
the page out in one of several MARKUP families real sites use (WordPress themes, Blogger,
Drupal, Joomla, semantic HTML5, hand-made tables and div soup, a Bootstrap CMS), with
per-site variants (where the headline is and in which element, a logo or section <h1>, menus
as lists or as a row of links, <title> with or without the site's name, og:title, JSON-LD,
captions as <figure> or as a WordPress caption div). Everything is chosen from a hash of the
site's id: deterministic, and the same site always gets the same template.

The text of every gold line is printed whole in one block element, so the gold of the text
dump is the gold of its rendering. Article texts are the corpus's own; no real page's text.
"""
import hashlib
import html
import json
import re

# ---------------------------------------------------------------- chrome classes → kinds

# (kind, class-name words): the first rule with a word the class contains wins. Classes are
# the generator's (Tests/Corpora/sources/*); unknown or missing classes are "widget".
KIND_RULES = [
    ("title-line", ("title-suffix-line", "breadcrumb-with-title")),
    ("brand", ("site-header", "tagline", "site-name", "masthead")),
    ("breadcrumb", ("breadcrumb",)),
    ("nav", ("menu", "tabs", "topbar", "gov-network", "skip-link", "login", "language-switch",
             "accessibility", "location-bar", "alert-bar", "date-switcher", "links", "nav")),
    ("share", ("share", "copy-link", "print-controls", "social", "whatsapp", "telegram", "google-news")),
    ("tags", ("tags", "labels", "hashtag")),
    ("readalso", ("read-also-line", "read-also-summary", "read-also")),
    ("teasers", ("summaries", "video-teasers")),
    ("related", ("related", "most-read", "latest", "popular", "archive", "recent-posts", "more-link",
                 "prev-next", "events", "programs", "feed", "load-more", "back-link", "top-link",
                 "read-also-box", "next-issue", "next-episode", "ticker", "others")),
    ("comments", ("comment", "answer-form", "condolence-form", "readers", "thanks-line")),
    ("footer", ("footer", "rights", "license")),
    ("notice", ("cookie", "newsletter", "app", "notification", "cta", "pitch", "browser-notice",
                "privacy-notice", "disclaimer", "promo", "subscribe")),
    ("meta", ("byline", "date", "time-line", "category", "reading-time", "counter", "reviewer",
              "edited-by", "issue-number", "release-number", "label", "series-line", "fatwa-number",
              "post-number", "author", "first-published", "signature", "recipe-meta", "photo-credit",
              "video-duration", "answer-count", "member-info", "rating", "auto-update", "qa-labels")),
]


def kind_of(cls):
    if not cls:
        return "widget"
    for kind, words in KIND_RULES:
        if any(w in cls for w in words):
            return kind
    return "widget"


# ---------------------------------------------------------------- markup families

# Each family names its wrappers' classes the way such sites print them (researched in public
# templates: WordPress themes' single.php, tagDiv Newspaper, JNews, Blogger's layouts, Drupal's
# node templates, Joomla's com_content article view). Only class names: no real text.
FAMILIES = {
    "wp-classic": dict(
        body='class="post-template-default single single-post"',
        header='<header id="masthead" class="site-header">', header_end="</header>",
        logo='<div class="site-branding"><p class="site-title"><a href="/" rel="home">{}</a></p></div>',
        logo_h1='<div class="site-branding"><h1 class="site-title"><a href="/" rel="home">{}</a></h1></div>',
        nav='<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{}</ul></nav>',
        main='<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">',
        main_end="</main></div>",
        article='<article class="post type-post status-publish format-standard hentry">', article_end="</article>",
        head='<header class="entry-header">', head_end="</header>",
        meta='<div class="entry-meta">{}</div>',
        content='<div class="entry-content">', content_end="</div>",
        tags='<footer class="entry-footer"><span class="tags-links">{}</span></footer>',
        share='<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">{}</h3><div class="sd-content"><ul>{}</ul></div></div></div>',
        related='<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{}</em></h3><div class="jp-relatedposts-items">{}</div></div>',
        comments='<div id="comments" class="comments-area"><h2 class="comments-title">{}</h2><ol class="comment-list">{}</ol></div>',
        respond='<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{}</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">{}</form></div>',
        aside='<aside id="secondary" class="widget-area">{}</aside></div>',
        widget='<section class="widget {cls}"><h2 class="widget-title">{head}</h2>{body}</section>',
        footer='<footer id="colophon" class="site-footer"><div class="site-info">{}</div></footer>',
        caption="wp-caption"),
    "wp-newspaper": dict(
        body='class="post-template-default single single-post td-standard-pack"',
        header='<div class="td-header-wrap td-header-style-1"><div class="td-header-menu-wrap-full">', header_end="</div></div>",
        logo='<div class="td-logo-wrap"><a class="td-main-logo" href="/"><span class="td-logo-text">{}</span></a></div>',
        logo_h1='<div class="td-header-sp-logo"><h1 class="td-logo"><a class="td-main-logo" href="/">{}</a></h1></div>',
        nav='<div id="td-header-menu" role="navigation"><div class="menu-td-demo-header-menu-container"><ul id="menu-td-demo-header-menu-1" class="sf-menu">{}</ul></div></div>',
        main='<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">',
        main_end="</div></div>",
        article='<article class="post type-post td-post-template-default">', article_end="</article>",
        head='<div class="td-post-header"><header class="td-post-title">', head_end="</header></div>",
        meta='<div class="td-module-meta-info">{}</div>',
        content='<div class="td-post-content tagdiv-type">', content_end="</div>",
        tags='<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix">{}</ul></div>',
        share='<div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><span class="td-social-but-text">{}</span>{}</div></div>',
        related='<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">{}</a></h4><div class="td_block_inner">{}</div></div>',
        comments='<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>{}</span></h4></div><ol class="comment-list">{}</ol></div>',
        respond='<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{}</h3><form id="commentform" class="comment-form">{}</form></div>',
        aside='<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">{}</div></div></div></div></div>',
        widget='<div class="td_block_wrap td_block_widget {cls}"><div class="td-block-title-wrap"><h4 class="block-title"><span>{head}</span></h4></div>{body}</div>',
        footer='<div class="td-footer-wrapper td-container-wrap"><div class="td-container">{}</div></div><div class="td-sub-footer-container"><div class="td-sub-footer-copy"></div></div>',
        caption="figure"),
    "wp-jnews": dict(
        body='class="post-template-default single single-post jnews"',
        header='<div class="jeg_header_wrapper"><div class="jeg_header normal"><div class="jeg_midbar jeg_container">', header_end="</div></div></div>",
        logo='<div class="jeg_nav_item jeg_logo jeg_desktop_logo"><div class="site-title"><a href="/">{}</a></div></div>',
        logo_h1='<div class="jeg_nav_item jeg_logo"><h1 class="site-title"><a href="/">{}</a></h1></div>',
        nav='<div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu">{}</ul></div></div>',
        main='<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="row"><div class="jeg_main_content col-md-8">',
        main_end="</div>",
        article='<div class="jeg_inner_content">', article_end="</div>",
        head='<div class="entry-header">', head_end="</div>",
        meta='<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">{}</div></div>',
        content='<div class="entry-content no-share"><div class="content-inner">', content_end="</div></div>",
        tags='<div class="jeg_post_tags"><span>الوسوم</span>{}</div>',
        share='<div class="jeg_share_bottom_container"><div class="jeg_share_button share-bottom clearfix"><div class="jeg_sharelist">{}{}</div></div></div>',
        related='<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>{}</span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{}</div></div></div></div></div>',
        comments='<div class="jnews_comment_container"><div id="comments" class="comment-wrapper section"><h3 class="comments-title">{}</h3><ol class="commentlist">{}</ol></div></div>',
        respond='<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{}</h3><form id="commentform" class="comment-form">{}</form></div>',
        aside='<div class="jeg_sidebar jeg_sticky_sidebar col-md-4">{}</div></div></div></div></div></div>',
        widget='<div class="widget widget_jnews_module_block {cls}"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>{head}</span></h3></div><div class="jeg_block_container">{body}</div></div>',
        footer='<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_wrapper"><div class="jeg_footer_secondary">{}</div></div></div></div>',
        caption="wp-caption"),
    "blogger": dict(
        body='class="variant-indie item-view version-1-3-3"',
        header='<div class="header-outer"><div class="region-inner header-inner"><div class="header section" id="header"><div class="widget Header" id="Header1">', header_end="</div></div></div></div>",
        logo='<div id="header-inner"><div class="titlewrapper"><p class="title"><a href="/">{}</a></p></div></div>',
        logo_h1='<div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">{}</a></h1></div></div>',
        nav='<div class="tabs-outer"><div class="tabs section" id="crosscol"><div class="widget PageList" id="PageList1"><div class="widget-content"><ul>{}</ul></div></div></div></div>',
        main='<div class="main-outer"><div class="main-inner"><div class="columns fauxcolumns"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">',
        main_end="</div></div></div></div>",
        article='<div class="date-outer"><div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">', article_end="</div></div></div></div>",
        head="", head_end="",
        meta='<div class="post-header"><div class="post-header-line-1">{}</div></div>',
        content='<div class="post-body entry-content" itemprop="description articleBody">', content_end='<div style="clear: both;"></div></div>',
        tags='<div class="post-footer"><div class="post-footer-line post-footer-line-2"><span class="post-labels">{}</span></div></div>',
        share='<div class="post-share-buttons goog-inline-block"><span class="share-label">{}</span>{}</div>',
        related='<div class="related-posts"><h4>{}</h4><ul class="related-list">{}</ul></div>',
        comments='<div class="comments" id="comments"><h4>{}</h4><div class="comments-content"><div class="comment-thread"><ol>{}</ol></div></div></div>',
        respond='<div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">{}</h4><div class="comment-form-body">{}</div></div>',
        aside='<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">{}</div></aside></div></div></div></div></div>',
        widget='<div class="widget {cls}"><h2>{head}</h2><div class="widget-content">{body}</div></div>',
        footer='<div class="footer-outer"><div class="footer-inner"><div class="foot section" id="footer-1"><div class="widget Attribution"><div class="widget-content">{}</div></div></div></div></div>',
        caption="table", brs=True),
    "drupal": dict(
        body='class="path-node page-node-type-article"',
        header='<header role="banner"><div class="region region-header">', header_end="</div></header>",
        logo='<div id="block-sitebranding" class="block block-system block-system-branding-block"><div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">{}</a></div></div></div>',
        logo_h1='<div id="block-sitebranding" class="block block-system-branding-block"><h1 class="site-branding__name"><a href="/" rel="home">{}</a></h1></div>',
        nav='<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation" class="block block-menu navigation menu--main"><ul class="clearfix menu">{}</ul></nav></div>',
        main='<div class="layout-container"><main role="main"><div class="layout-content"><div class="region region-content">',
        main_end="</div></div></main>",
        article='<article role="article" class="node node--type-article node--view-mode-full">', article_end="</article>",
        head='<div class="block block-core block-page-title-block">', head_end="</div>",
        meta='<div class="node__meta"><span class="field field--name-uid field--type-entity-reference">{}</span></div>',
        content='<div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">', content_end="</div></div>",
        tags='<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__items">{}</div></div>',
        share='<div class="block block-addtoany"><span class="a2a_kit a2a_kit_size_32">{}{}</span></div>',
        related='<div class="views-element-container block block-views"><h2 class="block-title">{}</h2><div class="view view-related-content"><div class="view-content">{}</div></div></div>',
        comments='<section class="field field--name-comment field--type-comment"><h2 class="title comment-form__title">{}</h2>{}</section>',
        respond='<form class="comment-comment-form comment-form" accept-charset="UTF-8"><h2>{}</h2>{}</form>',
        aside='<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">{}</div></aside></div>',
        widget='<div class="block block-views {cls}"><h2 class="block-title">{head}</h2><div class="content">{body}</div></div>',
        footer='<footer class="site-footer"><div class="layout-container"><div class="region region-footer-fifth">{}</div></div></footer>',
        caption="figure"),
    "joomla": dict(
        body='class="site com_content view-article layout-blog no-task"',
        header='<header class="header container-header full-width">', header_end="</header>",
        logo='<div class="navbar-brand"><a class="brand-logo" href="/"><span title="site">{}</span></a></div>',
        logo_h1='<div class="navbar-brand"><h1><a class="brand-logo" href="/">{}</a></h1></div>',
        nav='<div class="grid-child container-nav"><ul class="mod-menu mod-list nav">{}</ul></div>',
        main='<div class="site-grid"><div class="grid-child container-component"><main>',
        main_end="</main></div>",
        article='<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">', article_end="</div>",
        head='<div class="page-header">', head_end="</div>",
        meta='<dl class="article-info text-muted"><dt class="article-info-term">تفاصيل</dt>{}</dl>',
        content='<div itemprop="articleBody" class="com-content-article__body">', content_end="</div>",
        tags='<ul class="tags list-inline">{}</ul>',
        share='<div class="social-share"><span>{}</span>{}</div>',
        related='<div class="moduletable"><h3>{}</h3><ul class="mod-relateditems relateditems mod-list">{}</ul></div>',
        comments='<div class="jcomments"><h4>{}</h4><div id="comments-list" class="comments-list">{}</div></div>',
        respond='<div id="comments-form"><h4>{}</h4><form id="comments-form-fields">{}</form></div>',
        aside='<div class="grid-child container-sidebar-right">{}</div></div>',
        widget='<div class="sidebar-right card {cls}"><h3 class="card-header">{head}</h3><div class="card-body">{body}</div></div>',
        footer='<footer class="container-footer footer full-width"><div class="grid-child">{}</div></footer>',
        caption="figure"),
    "html5": dict(
        body='class="article-page"',
        header='<header class="site-header">', header_end="</header>",
        logo='<a class="logo" href="/">{}</a>',
        logo_h1='<h1 class="logo"><a href="/">{}</a></h1>',
        nav='<nav class="main-nav" aria-label="القائمة الرئيسية"><ul>{}</ul></nav>',
        main='<main id="main-content">', main_end="</main>",
        article='<article class="story" itemscope itemtype="https://schema.org/NewsArticle">', article_end="</article>",
        head='<header class="story-header">', head_end="</header>",
        meta='<p class="story-meta">{}</p>',
        content='<section class="story-body" itemprop="articleBody">', content_end="</section>",
        tags='<footer class="story-footer"><ul class="story-tags">{}</ul></footer>',
        share='<div class="share-bar" role="group"><span>{}</span>{}</div>',
        related='<section class="related" aria-labelledby="related-h"><h2 id="related-h">{}</h2><ul>{}</ul></section>',
        comments='<section class="comments" id="comments"><h2>{}</h2><ol>{}</ol></section>',
        respond='<section class="comment-form"><h2>{}</h2><form>{}</form></section>',
        aside='<aside class="sidebar">{}</aside>',
        widget='<section class="box {cls}"><h3>{head}</h3>{body}</section>',
        footer='<footer class="site-footer">{}</footer>',
        caption="figure"),
    "tables": dict(
        body='bgcolor="#FFFFFF" topmargin="0"',
        header='<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="top">', header_end="</td></tr></table>",
        logo='<font size="5" color="#003366"><b>{}</b></font>',
        logo_h1='<h1 class="logo"><font color="#003366">{}</font></h1>',
        nav='<table class="menu" width="100%"><tr>{}</tr></table>',
        main='<table width="100%" border="0"><tr><td width="75%" valign="top" class="main">', main_end="</td>",
        article='<table width="100%" class="news"><tr><td>', article_end="</td></tr></table>",
        head="", head_end="",
        meta='<div class="date"><font size="2" color="#666666">{}</font></div>',
        content='<div class="text">', content_end="</div>",
        tags='<div class="keywords">{}</div>',
        share='<div class="share"><b>{}</b>{}</div>',
        related='<table class="related" width="100%"><tr><td class="head"><b>{}</b></td></tr>{}</table>',
        comments='<table class="comments" width="100%"><tr><td class="head"><b>{}</b></td></tr>{}</table>',
        respond='<form method="post" action="comment.php"><table><tr><td><b>{}</b></td></tr>{}</table></form>',
        aside='<td width="25%" valign="top" class="left">{}</td></tr></table>',
        widget='<table class="box {cls}" width="100%"><tr><td class="head"><b>{head}</b></td></tr><tr><td>{body}</td></tr></table>',
        footer='<table width="100%" class="footer"><tr><td align="center">{}</td></tr></table>',
        caption="div", brs=True),
    "divsoup": dict(
        body='class="inner"',
        header='<div id="top"><div class="wrap">', header_end="</div></div>",
        logo='<div id="logo"><a href="/">{}</a></div>',
        logo_h1='<div id="logo"><h1><a href="/">{}</a></h1></div>',
        nav='<div id="menu"><div class="wrap">{}</div></div>',
        main='<div id="page"><div class="wrap"><div class="right-col">', main_end="</div>",
        article='<div class="news-details">', article_end="</div>",
        head='<div class="news-head">', head_end="</div>",
        meta='<div class="news-info">{}</div>',
        content='<div class="news-text" id="NewsStory">', content_end="</div>",
        tags='<div class="news-tags">{}</div>',
        share='<div class="addthis_toolbox"><div>{}</div>{}</div>',
        related='<div class="more-news"><div class="box-head">{}</div><div class="box-body">{}</div></div>',
        comments='<div class="comments-box"><div class="box-head">{}</div><div class="box-body">{}</div></div>',
        respond='<div class="add-comment"><div class="box-head">{}</div><form>{}</form></div>',
        aside='<div class="left-col">{}</div></div></div>',
        widget='<div class="block {cls}"><div class="block-head">{head}</div><div class="block-body">{body}</div></div>',
        footer='<div id="footer"><div class="wrap">{}</div></div>',
        caption="div"),
    "bootstrap": dict(
        body='class="rtl"',
        header='<header class="navbar navbar-expand-lg"><div class="container">', header_end="</div></header>",
        logo='<a class="navbar-brand" href="/">{}</a>',
        logo_h1='<h1 class="navbar-brand m-0"><a href="/">{}</a></h1>',
        nav='<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav">{}</ul></div>',
        main='<div class="container mt-3"><div class="row"><div class="col-lg-8">', main_end="</div>",
        article='<div class="article-details">', article_end="</div>",
        head='<div class="article-header">', head_end="</div>",
        meta='<div class="article-meta d-flex">{}</div>',
        content='<div class="article-body">', content_end="</div>",
        tags='<div class="article-tags">{}</div>',
        share='<div class="share-buttons"><span class="label">{}</span>{}</div>',
        related='<div class="related-news card"><div class="card-header">{}</div><div class="card-body"><div class="row">{}</div></div></div>',
        comments='<div class="comments card" id="comments"><div class="card-header">{}</div><div class="card-body">{}</div></div>',
        respond='<div class="comment-form card"><div class="card-header">{}</div><form class="card-body">{}</form></div>',
        aside='<div class="col-lg-4"><div class="sidebar">{}</div></div></div></div>',
        widget='<div class="card mb-3 {cls}"><div class="card-header">{head}</div><div class="card-body">{body}</div></div>',
        footer='<footer class="footer bg-dark text-white"><div class="container">{}</div></footer>',
        caption="figure"),
}
FAMILY_NAMES = sorted(FAMILIES)

# Where the headline is printed (the text's first title line), by site.
HEADLINES = {
    "h1": '<h1 class="{cls}">{}</h1>',
    "h1-itemprop": '<h1 class="{cls}" itemprop="headline">{}</h1>',
    "h2": '<h2 class="title {cls}">{}</h2>',
    "div": '<div class="{cls} news-title">{}</div>',
    "h3": '<h3 class="post-title {cls}">{}</h3>',
}
HEADLINE_CLASS = {"wp-classic": "entry-title", "wp-newspaper": "entry-title", "wp-jnews": "jeg_post_title",
                  "blogger": "post-title entry-title", "drupal": "page-title", "joomla": "item-title",
                  "html5": "story-title", "tables": "title", "divsoup": "title", "bootstrap": "article-title"}

TITLE_FORMATS = ("title | site", "title - site", "site - title", "title", "site", "none")


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def _h(*parts):
    return int(hashlib.sha1(":".join(parts).encode()).hexdigest()[:8], 16)


class Style:
    """A site's markup choices, all from a hash of its id."""

    def __init__(self, site_id):
        self.family = FAMILY_NAMES[_h("family", site_id) % len(FAMILY_NAMES)]
        f = FAMILIES[self.family]
        self.f = f
        h = _h("variant", site_id)
        # headline: WordPress, Drupal and Joomla themes print it in an h1 (Joomla's default: an h2
        # itemprop=headline); Blogger's item page an h3; hand-made sites often a div or an h2.
        by_family = {"blogger": ["h3", "h3", "h1"], "joomla": ["h2", "h1-itemprop"],
                     "tables": ["div", "h2", "h1"], "divsoup": ["div", "h1", "h2"],
                     "bootstrap": ["h1", "h1", "h2"], "html5": ["h1-itemprop", "h1"]}
        choices = by_family.get(self.family, ["h1", "h1", "h1-itemprop"])
        self.headline = choices[h % len(choices)]
        h //= 7
        self.logo_h1 = (h % 3 == 0) or self.family == "blogger"   # a logo h1 holding the site's name
        h //= 3
        self.section_h1 = (h % 5 == 0) and not self.headline.startswith("h1")  # the section's name in an h1
        h //= 5
        self.menu_as_row = h % 3 == 0            # a row of links instead of a list
        h //= 3
        self.title_format = TITLE_FORMATS[h % len(TITLE_FORMATS)]
        h //= len(TITLE_FORMATS)
        self.og = h % 2 == 0
        h //= 2
        self.jsonld = h % 3 == 0
        h //= 3
        self.lang = h % 4 != 0                   # <html lang="ar" dir="rtl"> (one in four: neither)
        h //= 4
        self.caption = f["caption"] if h % 2 else ("figure" if f["caption"] != "figure" else "wp-caption")
        h //= 2
        self.brs = f.get("brs", False) and h % 2 == 0   # paragraphs as text between <br><br>

    def describe(self):
        return (f"{self.family} headline={self.headline}{' logo-h1' if self.logo_h1 else ''}"
                f"{' section-h1' if self.section_h1 else ''}{' menu-row' if self.menu_as_row else ''}"
                f" title-tag={self.title_format.replace(' ', '')}{' og' if self.og else ''}"
                f"{' json-ld' if self.jsonld else ''}{'' if self.lang else ' no-lang'}"
                f" caption={self.caption}{' br-paragraphs' if self.brs else ''}")


# ---------------------------------------------------------------- page → zones and blocks

class Block:
    def __init__(self, kind, cls, lines):
        self.kind, self.cls, self.lines = kind, cls, lines


def zones(page):
    """(head blocks, article items, tail blocks). Article items are ("gold", role, text) or
    ("chrome", Block); chrome blocks are runs of lines of one class with no blank between."""
    lines = page.lines
    gold_at = [i for i, l in enumerate(lines) if l[1] != "chrome"]
    first, last = gold_at[0], gold_at[-1]

    def blocks(rows):
        out, cur = [], None
        for text, role, value in rows:
            if not text.strip():
                if cur is not None and cur.cls is None:
                    cur = None          # without a class, a blank line ends the block
                continue
            cls = value if isinstance(value, str) else None
            if cur is None or cur.cls != cls:
                cur = Block(kind_of(cls), cls, [])
                out.append(cur)
            cur.lines.append(text.strip())
        return out

    head = blocks(lines[:first])
    items, run = [], []
    for text, role, value in lines[first:last + 1]:
        if role == "chrome":
            run.append((text, role, value))
            continue
        if run:
            items += [("chrome", b) for b in blocks(run)]
            run = []
        if text.strip():
            items.append(("gold", role, text.strip()))
    tail = blocks(lines[last + 1:])
    return head, items, tail


# ---------------------------------------------------------------- rendering pieces

SEPARATORS = re.compile(r"\s+(?:\||•|·|/|-|–)\s+")


def links(items, tag="li", cls=None):
    c = f' class="{cls}"' if cls else ""
    if tag == "li":
        return "".join(f'<li{c}><a href="#">{esc(t)}</a></li>' for t in items)
    if tag == "td":
        return "".join(f'<td{c}><a href="#">{esc(t)}</a></td>' for t in items)
    return " ".join(f'<a href="#"{c}>{esc(t)}</a>' for t in items)


def split_row(line):
    """A one-line menu row's entries (its separators are the row's look, not its items)."""
    parts = [p for p in SEPARATORS.split(line) if p.strip()]
    return parts if len(parts) > 1 else [line]


def nav_html(st, block):
    items = block.lines
    if block.cls and "one-line" in block.cls or len(items) == 1:
        items = split_row(items[0]) if len(items) == 1 else items
    if st.family == "tables":
        return st.f["nav"].format(links(items, "td"))
    if st.menu_as_row:
        return f'<div class="menu-row">{links(items, "a")}</div>'
    return st.f["nav"].format(links(items))


def plain_lines(lines, tag="p", cls=None):
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<{tag}{c}>{esc(t)}</{tag}>" for t in lines)


def has_header(block):
    """A list block's first line is its header when the block has more lines and it is short."""
    return len(block.lines) > 1 and len(block.lines[0]) <= 40


def list_html(st, block, teaser_pairs=False):
    lines = block.lines[:]
    head = lines.pop(0) if has_header(block) else ""
    if teaser_pairs and len(lines) % 2 == 0:
        pairs = [(lines[i], lines[i + 1]) for i in range(0, len(lines), 2)]
    else:
        pairs = [(l, None) for l in lines]
    fam = st.family
    rows = []
    for headline, summary in pairs:
        s = f'<p class="excerpt">{esc(summary)}</p>' if summary else ""
        if fam == "wp-newspaper":
            rows.append(f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="item-details"><h3 class="entry-title td-module-title"><a href="#" rel="bookmark">{esc(headline)}</a></h3>{s}</div></div></div>')
        elif fam == "wp-jnews":
            rows.append(f'<article class="jeg_post jeg_pl_md_box"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="#">{esc(headline)}</a></h3>{s}</div></article>')
        elif fam == "wp-classic":
            rows.append(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="#">{esc(headline)}</a></h4>{s}</div>')
        elif fam == "drupal":
            rows.append(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="#">{esc(headline)}</a></span></div>{s}</div>')
        elif fam == "bootstrap":
            rows.append(f'<div class="col-md-6"><div class="news-card"><h5 class="card-title"><a href="#">{esc(headline)}</a></h5>{s}</div></div>')
        elif fam == "tables":
            rows.append(f'<tr><td><a href="#">{esc(headline)}</a>{s}</td></tr>')
        elif fam == "divsoup":
            rows.append(f'<div class="item"><a href="#">{esc(headline)}</a>{s}</div>')
        else:
            rows.append(f'<li><a href="#">{esc(headline)}</a>{s}</li>')
    return head, "".join(rows)


def meta_html(st, blocks):
    parts = []
    for b in blocks:
        for line in b.lines:
            c = b.cls or "meta"
            if "date" in c or "time" in c:
                parts.append(f'<span class="posted-on"><time class="entry-date published">{esc(line)}</time></span>')
            elif "byline" in c or "author" in c:
                parts.append(f'<span class="byline"><span class="author vcard"><a class="url fn n" href="#">{esc(line)}</a></span></span>')
            elif "category" in c:
                parts.append(f'<span class="cat-links"><a href="#" rel="category tag">{esc(line)}</a></span>')
            elif st.family == "joomla":
                parts.append(f'<dd class="{attr(c)}">{esc(line)}</dd>')
            else:
                parts.append(f'<div class="{attr(c)}">{esc(line)}</div>')
    if st.family == "joomla":
        parts = [p if p.startswith("<dd") else f"<dd>{p}</dd>" for p in parts]
    return st.f["meta"].format("".join(parts))


def share_html(st, block):
    lines = block.lines
    head = lines[0] if len(lines) > 1 else ""
    rest = lines[1:] if len(lines) > 1 else lines
    if st.family == "wp-classic":
        return st.f["share"].format(esc(head), links(rest))
    return st.f["share"].format(esc(head), links(rest, "a"))


def tags_html(st, block):
    lines = block.lines
    if len(lines) == 1:
        return f'<div class="tags-line">{esc(lines[0])}</div>' if st.family in ("tables", "divsoup") else st.f["tags"].format(f'<a href="#" rel="tag">{esc(lines[0])}</a>')
    head, rest = lines[0], lines[1:]
    inner = f'<span class="tags-title">{esc(head)}</span>' + (links(rest) if "<ul" in st.f["tags"] else links(rest, "a"))
    return st.f["tags"].format(inner)


def comments_html(st, block):
    lines = block.lines
    is_form = block.cls and ("form" in block.cls)
    head = lines[0] if len(lines) > 1 else ""
    rest = lines[1:] if len(lines) > 1 else lines
    if is_form:
        fields = "".join(f'<p class="comment-form-field"><label>{esc(t)}</label> <input type="text" name="f{i}"></p>' if len(t) < 40
                         else f'<p class="comment-notes">{esc(t)}</p>' for i, t in enumerate(rest))
        return st.f["respond"].format(esc(head), fields + '<p class="form-submit"><input name="submit" type="submit" class="submit" value="إرسال"></p>')
    items = "".join(f'<li class="comment"><article class="comment-body"><div class="comment-content"><p>{esc(t)}</p></div></article></li>' for t in rest)
    if st.family in ("tables",):
        items = "".join(f"<tr><td>{esc(t)}</td></tr>" for t in rest)
    elif st.family in ("joomla", "divsoup", "bootstrap"):
        items = "".join(f'<div class="comment-item"><div class="comment-text">{esc(t)}</div></div>' for t in rest)
    return st.f["comments"].format(esc(head), items)


def notice_html(st, block):
    lines = block.lines
    cls = block.cls or "notice"
    inner = "".join(f'<p>{esc(t)}</p>' if len(t) >= 30 else f'<a class="btn" href="#">{esc(t)}</a>' for t in lines)
    if "cookie" in cls:
        return f'<div id="cookie-notice" class="cookie-notice-container" role="dialog">{inner}</div>'
    if "newsletter" in cls or "subscribe" in cls:
        return f'<div class="newsletter-box"><form class="newsletter-form">{inner}<input type="email" name="email"></form></div>'
    return f'<div class="{attr(cls)}-box alert">{inner}</div>'


def widget_html(st, block):
    lines = block.lines
    head = lines[0] if has_header(block) else ""
    rest = lines[1:] if head else lines
    body = "".join(f'<div class="row-item">{esc(t)}</div>' for t in rest)
    return st.f["widget"].format(cls=attr(block.cls or "widget"), head=esc(head), body=body)


def looks_like_teasers(block):
    """Headline, summary, headline, summary…: every second line a longer sentence ending with
    a full stop (a related list whose items carry a one-sentence summary)."""
    lines = block.lines[1:] if has_header(block) else block.lines
    if len(lines) < 2 or len(lines) % 2:
        return False
    return all(len(lines[i + 1]) > len(lines[i]) and lines[i + 1].rstrip().endswith((".", "…"))
               for i in range(0, len(lines), 2))


def related_html(st, block, where="tail"):
    head, rows = list_html(st, block, teaser_pairs=block.kind == "teasers" or looks_like_teasers(block))
    if where == "aside":
        if st.family in ("wp-classic", "html5", "joomla", "blogger"):
            rows = rows if rows.startswith("<li") else rows
            body = f"<ul>{rows}</ul>" if rows.startswith("<li") else rows
        else:
            body = rows
        return st.f["widget"].format(cls=attr(block.cls or "related"), head=esc(head), body=body)
    if st.family in ("html5", "joomla", "blogger") and not rows.startswith("<li"):
        rows = rows
    return st.f["related"].format(esc(head), rows)


def readalso_html(st, block, inline):
    """A read-also spot inside the article's text: a line with its label in <strong> and the
    headline as a link (WordPress's inline «اقرأ أيضاً»), or a boxed block."""
    out = []
    lines = block.lines
    if inline and len(lines) == 1:
        line = lines[0]
        m = re.match(r"^(.{2,25}?[:»>]+)\s*(.+)$", line)
        if m:
            return f'<p><strong>{esc(m.group(1))}</strong> <a href="#">{esc(m.group(2))}</a></p>'
        return f'<p><a href="#">{esc(line)}</a></p>'
    head = lines[0] if len(lines) > 1 else ""
    for t in (lines[1:] if head else lines):
        out.append(f'<a href="#" class="read-also-link">{esc(t)}</a>')
    return f'<div class="read-also-box"><span class="read-also-title">{esc(head)}</span>{"".join(out)}</div>'


def footer_html(st, blocks):
    parts = []
    for b in blocks:
        if len(b.lines) == 1 and b.cls and "one-line" in b.cls:
            parts.append(f'<div class="footer-links">{links(split_row(b.lines[0]), "a")}</div>')
        elif len(b.lines) > 1 and all(len(t) < 40 for t in b.lines[:-1]):
            parts.append(f'<ul class="footer-menu">{links(b.lines[:-1])}</ul><p class="copyright">{esc(b.lines[-1])}</p>')
        else:
            parts.append(plain_lines(b.lines, "p", "footer-text"))
    return st.f["footer"].format("".join(parts))


def caption_html(st, text):
    if st.caption == "wp-caption":
        return (f'<div class="wp-caption aligncenter" style="width: 710px"><img class="size-full" '
                f'src="/wp-content/uploads/photo.jpg" alt="" width="700" height="420">'
                f'<p class="wp-caption-text">{esc(text)}</p></div>')
    if st.caption == "table":
        return (f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container">'
                f'<tbody><tr><td style="text-align: center;"><a href="#"><img border="0" src="/img/p.jpg"></a></td></tr>'
                f'<tr><td class="tr-caption" style="text-align: center;">{esc(text)}</td></tr></tbody></table>')
    if st.caption == "div":
        return f'<div class="photo"><img src="/images/news/p.jpg"><div class="photo-caption">{esc(text)}</div></div>'
    return f'<figure class="wp-block-image size-large"><img src="/img/photo.jpg" alt=""><figcaption>{esc(text)}</figcaption></figure>'


# ---------------------------------------------------------------- the page

def head_html(st, page, url, site_name, title, title_line, art):
    out = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">']
    fmt = st.title_format
    if title_line:                     # the page's own «title - site» line is its <title>
        out.append(f"<title>{esc(title_line)}</title>")
    elif fmt != "none" and title:
        t = (fmt.replace("title", "\0").replace("site", site_name).replace("\0", title)
             if fmt != "site" else site_name)
        out.append(f"<title>{esc(t)}</title>")
    elif fmt != "none" or not title:
        out.append(f"<title>{esc(site_name)}</title>")
    out.append(f'<link rel="canonical" href="{attr(url)}">')
    if st.og:
        out.append(f'<meta property="og:site_name" content="{attr(site_name)}">')
        out.append('<meta property="og:type" content="article">')
        if title:
            out.append(f'<meta property="og:title" content="{attr(title)}">')
        out.append(f'<meta property="og:url" content="{attr(url)}">')
    if st.jsonld and title:
        d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
             "mainEntityOfPage": {"@type": "WebPage", "@id": url},
             "publisher": {"@type": "Organization", "name": site_name}}
        if art.date:
            d["datePublished"] = art.date.strftime("%Y-%m-%dT%H:%M:00+03:00")
        out.append('<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>")
    out.append('<link rel="stylesheet" href="/assets/style.css">')
    return "\n".join(out)


def render(page, url, site, art):
    """The page as an HTML document (str), and its Style's description for the manifest."""
    st = Style(site["id"])
    f = st.f
    head, items, tail = zones(page)
    site_name = site.get("name", "")
    gold_titles = [t for kind, *rest in items if kind == "gold" for role, t in [rest] if role == "title"]
    title = gold_titles[0] if gold_titles else ""
    headings = {v for k, v in art.blocks if k == "heading"}
    list_items = {i for k, v in art.blocks if k == "list" for i in v}

    title_line = None
    top, nav_parts, pre_article, aside, after, footer = [], [], [], [], [], []
    # head zone: branding and navigation at the top; meta and breadcrumbs that come after the
    # last of them belong to the article's header.
    last_top = max([i for i, b in enumerate(head) if b.kind in ("brand", "nav", "notice", "widget", "related", "teasers", "share")], default=-1)
    logo_done = False
    for i, b in enumerate(head):
        if b.kind == "title-line":
            title_line = title_line or b.lines[0]
            continue
        if b.kind == "brand" or (not logo_done and i == 0 and b.kind == "widget" and site_name and b.lines[0] == site_name):
            tpl = f["logo_h1"] if st.logo_h1 else f["logo"]
            top.append(tpl.format(esc(b.lines[0])))
            if len(b.lines) > 1:
                top.append(plain_lines(b.lines[1:], "div", "site-description"))
            logo_done = True
        elif b.kind == "nav":
            nav_parts.append(nav_html(st, b))
        elif i > last_top and b.kind in ("meta", "breadcrumb"):
            pre_article.append(b)
        elif b.kind == "breadcrumb":
            nav_parts.append(f'<div class="breadcrumbs" typeof="BreadcrumbList">{esc(b.lines[0])}</div>')
        elif b.kind in ("related", "teasers"):
            top.append(related_html(st, b, "aside") if len(b.lines) > 2 else f'<div class="ticker">{plain_lines(b.lines, "span")}</div>')
        elif b.kind == "notice":
            top.append(notice_html(st, b))
        elif b.kind == "share":
            top.append(f'<div class="social-top">{links(b.lines, "a")}</div>')
        else:
            top.append(widget_html(st, b))
    if not logo_done and site_name:
        tpl = f["logo_h1"] if st.logo_h1 else f["logo"]
        top.insert(0, tpl.format(esc(site_name)))

    # article zone
    header_html, content = [], []
    seen_title = False
    in_header = True
    meta_run = []

    def flush_meta(target):
        if meta_run:
            target.append(meta_html(st, meta_run))
            meta_run.clear()

    for b in pre_article:
        if b.kind == "breadcrumb":
            header_html.append(f'<div class="breadcrumb">{links(split_row(b.lines[0]), "a")}</div>' if len(b.lines) == 1
                               else f'<div class="breadcrumb">{links(b.lines, "a")}</div>')
        elif st.section_h1 and b.cls and "category" in b.cls and len(b.lines) == 1:
            header_html.append(f'<h1 class="section-title">{esc(b.lines[0])}</h1>')
        else:
            meta_run.append(b)
    flush_meta(header_html)
    list_open = False
    br_run = []

    def close_list():
        nonlocal list_open
        if list_open:
            content.append("</ul>")
            list_open = False

    def flush_brs():
        if br_run:
            content.append('<div dir="rtl">' + "<br><br>".join(esc(t) for t in br_run) + "</div>")
            br_run.clear()

    for item in items:
        if item[0] == "chrome":
            b = item[1]
            close_list()
            flush_brs()
            if in_header and b.kind in ("meta", "breadcrumb"):
                meta_run.append(b)
                continue
            target = header_html if in_header else content
            flush_meta(target)
            if b.kind == "meta":
                content.append(plain_lines(b.lines, "div", attr(b.cls or "meta")))
            elif b.kind == "readalso":
                content.append(readalso_html(st, b, inline=True))
            elif b.kind in ("related", "teasers"):
                content.append(readalso_html(st, b, inline=False))
            elif b.kind == "share":
                content.append(share_html(st, b))
            elif b.kind == "tags":
                content.append(tags_html(st, b))
            elif b.kind == "notice":
                content.append(notice_html(st, b))
            elif b.kind == "comments":
                content.append(comments_html(st, b))
            elif b.kind == "nav":
                content.append(nav_html(st, b))
            elif b.kind == "title-line":
                title_line = title_line or b.lines[0]
            else:
                content.append(widget_html(st, b) if len(b.lines) > 1 else f'<div class="{attr(b.cls or "box")}">{esc(b.lines[0])}</div>')
            continue
        _, role, text = item
        if role == "title":
            if not seen_title:
                seen_title = True
                tpl = HEADLINES[st.headline]
                header_html.append(tpl.replace("{cls}", HEADLINE_CLASS[st.family]).format(esc(text)))
                continue
            close_list()
            flush_brs()
            content.append(f'<h2 class="sub-title">{esc(text)}</h2>')
            continue
        if in_header:
            in_header = False
            flush_meta(header_html)
        if role == "caption":
            close_list()
            flush_brs()
            content.append(caption_html(st, text))
        elif role == "credit":
            close_list()
            flush_brs()
            content.append(f'<p class="source">{esc(text)}</p>')
        elif text in headings:
            close_list()
            flush_brs()
            content.append(f"<h3>{esc(text)}</h3>" if st.family in ("wp-newspaper", "blogger") else f"<h2>{esc(text)}</h2>")
        elif text in list_items:
            flush_brs()
            if not list_open:
                content.append("<ul>")
                list_open = True
            content.append(f"<li>{esc(text)}</li>")
        else:
            close_list()
            if st.brs:
                br_run.append(text)
            else:
                content.append(f"<p>{esc(text)}</p>")
    close_list()
    flush_brs()
    flush_meta(content)

    # tail zone: tags, share and in-article boxes under the text, related after the article,
    # comments, sidebar widgets, the footer.
    article_foot, comments, footer_blocks = [], [], []
    # what follows the text before the first list, comment or footer block (a disclaimer, an
    # editor's note, a byline, a view counter) is printed inside the article's wrapper
    near = True
    for b in tail:
        if b.kind in ("related", "teasers", "comments", "footer", "nav"):
            near = False
        if near and b.kind in ("notice", "widget"):
            article_foot.append(notice_html(st, b) if b.kind == "notice" else
                                plain_lines(b.lines, "p", attr(b.cls or "note")))
            continue
        if b.kind == "tags":
            article_foot.append(tags_html(st, b))
        elif b.kind == "share":
            article_foot.append(share_html(st, b))
        elif b.kind == "meta":
            article_foot.append(plain_lines(b.lines, "div", attr(b.cls or "meta")))
        elif b.kind == "readalso":
            article_foot.append(readalso_html(st, b, inline=len(b.lines) == 1))
        elif b.kind in ("related", "teasers"):
            big = b.cls and any(w in b.cls for w in ("most-read", "latest", "popular", "archive", "recent"))
            (aside if big else after).append(related_html(st, b, "aside" if big else "tail"))
        elif b.kind == "comments":
            comments.append(comments_html(st, b))
        elif b.kind == "footer":
            footer_blocks.append(b)
        elif b.kind == "notice":
            aside.append(notice_html(st, b))
        elif b.kind == "nav":
            after.append(nav_html(st, b))
        elif b.kind == "title-line":
            pass
        else:
            aside.append(widget_html(st, b))

    body = []
    body.append(f["header"])
    body += top
    body += nav_parts
    body.append(f["header_end"])
    body.append(f["main"])
    body.append(f["article"])
    if f["head"]:
        body.append(f["head"] + "".join(header_html) + f["head_end"])
    else:
        body += header_html
    body.append(f["content"] + "\n".join(content) + f["content_end"])
    body += article_foot
    body.append(f["article_end"])
    body += after
    body += comments
    body.append(f["main_end"])
    body.append(f["aside"].format("".join(aside)))
    body.append(footer_html(st, footer_blocks))
    lang = ' lang="ar" dir="rtl"' if st.lang else ""
    doc = (f"<!DOCTYPE html>\n<html{lang}>\n<head>\n{head_html(st, page, url, site_name, title, title_line, art)}\n</head>\n"
           f"<body {f['body']}>\n" + "\n".join(x for x in body if x) + "\n</body>\n</html>\n")
    return doc, st.describe()
